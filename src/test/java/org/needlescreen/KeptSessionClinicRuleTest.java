package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * Through the public API: the default rules plus a clinic's rule that starts with {@code exists}
 * (allowed by the rule contract). The same client screened twice in a row must get the same result.
 */
class KeptSessionClinicRuleTest {

    @TempDir
    Path dir;

    @Test
    void theSameClientScreenedTwiceGetsTheSameResult() throws Exception {
        Files.createDirectories(dir.resolve("clinic"));
        Files.writeString(dir.resolve("clinic/hair.drl"), "package clinic;\n\nimport org.needlescreen.model.*;\n\n"
                + "rule \"Hair loss\"\n"
                + "    @ruleId(\"CLINIC-HAIR-LOSS\")\n"
                + "    @decision(\"REFER\")\n"
                + "    @summary(\"Hair loss: see a dermatologist first.\")\n"
                + "    @sources(\"Clinic\")\n"
                + "when\n"
                + "    exists Concern( this == Concern.HAIR_LOSS )\n"
                + "then\n"
                + "    finding(\"Hair loss: see a dermatologist first.\");\n"
                + "end\n");
        Screener screener = Screener.builder().clock(Screens.CLOCK).addRules(dir).build();
        Treatment scalp = Treatment.builder().setting(Setting.PROFESSIONAL).device(Device.PEN).needleDepthMm(1.0)
                .area(Area.SCALP).concerns(Concern.HAIR_LOSS).build();
        var profile = Screens.clean().treatment(scalp).build();
        ScreeningResult first = screener.screen(profile);
        assertEquals(Decision.REFER, first.decision(), first.toString());
        ScreeningResult second = screener.screen(profile);
        assertEquals(first.decision(), second.decision(), "same profile, screened right after itself");
        assertEquals(first.findings(), second.findings());
    }
}
