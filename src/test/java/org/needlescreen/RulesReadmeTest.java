package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of rules/README.md loads beside the default rules and does what it says. */
class RulesReadmeTest {

    @TempDir
    Path dir;

    @Test
    void workedExampleLoadsAndFires() throws Exception {
        String readme = Files.readString(Path.of("rules/README.md"));
        Matcher m = Pattern.compile("## Worked example.*?```drl\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "rules/README.md lost its worked example");
        RuleDirs.writeRaw(dir, "clinic/age.drl", m.group(1));
        Screener screener = Screener.builder().addRules(dir).clock(Screens.CLOCK).build();
        ScreeningResult old = screener.screen(clean().age(75).build());
        assertEquals(Decision.REFER, old.decision());
        assertEquals("CLINIC-AGE-OVER-70", old.findings().get(0).ruleId());
        assertEquals(Decision.SUITABLE, screener.screen(clean().age(70).build()).decision());
    }
}
