package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Device;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;
import org.slf4j.LoggerFactory;

/**
 * No client data in logs at any level. The test binding (slf4j-simple) logs org.needlescreen at
 * TRACE to stderr (src/test/resources/simplelogger.properties); this captures stderr while
 * screening and looks for the profile's values. Drools' own loggers are not the library's: at
 * DEBUG and TRACE they can print values derived from facts, so docs/privacy.md requires them above
 * DEBUG in production, and they are left out of the capture here.
 */
class LoggingTest {

    /** One log record of slf4j-simple: {@code [thread] LEVEL logger - message}, and any stack trace lines. */
    static final Pattern RECORD = Pattern.compile("^\\[[^\\]]*\\] (TRACE|DEBUG|INFO|WARN|ERROR) (\\S+) - ");

    @TempDir
    Path dir;

    /** The records of org.needlescreen loggers only, with their continuation lines. */
    static List<String> ownRecords(String log) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : log.split("\n")) {
            Matcher m = RECORD.matcher(line);
            if (m.find()) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = m.group(2).startsWith("org.needlescreen.") ? new StringBuilder(line) : null;
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    @Test
    void debugLogNamesRulesButNoProfileValues() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Screens.screen(clean().clientRef("C-SECRET-4711").age(47).acne(AcneSeverity.MILD)
                    .isotretinoin(Isotretinoin.stopped(TODAY.minusDays(33)))
                    .recentProcedure(ProcedureType.FILLER, TODAY.minusDays(9))
                    .treatment(Treatment.builder().setting(Setting.HOME).device(Device.ROLLER).needleDepthMm(0.77)
                            .area(Area.SCALP).build()).build());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("ACNE-MILD"), "fired rule ids are logged at DEBUG: " + log);
        for (String secret : new String[] {"C-SECRET-4711", "47", "0.77", "SCALP", "MILD ", "2026-"}) {
            assertFalse(log.contains(secret), "log leaks '" + secret + "': " + log);
        }
    }

    @Test
    void ownLoggersAtTracePrintNoProfileValue() throws Exception {
        for (Class<?> c : List.of(org.needlescreen.internal.Engine.class, ScreenerRef.class,
                org.needlescreen.internal.RuleCompiler.class)) {
            assertTrue(LoggerFactory.getLogger(c).isTraceEnabled(), c + " logs at TRACE in this test");
        }
        ClientProfile profile = PrivacyTest.distinctiveProfile();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        try {
            // A screening, a screening that fails in a rule quoting the profile, the CLI on a valid
            // and an invalid line, and reloads that fail and succeed while watching.
            Screens.screen(profile);
            RuleDirs.write(dir.resolve("leaky"), "leaky.drl", RuleDirs.rule("Leaky", "LEAKY", "CAUTION",
                    "ClientProfile( $ref : clientRef )", "finding(\"x\" + Integer.parseInt($ref));"));
            Screener leaky = Screener.builder().rulesFrom(dir.resolve("leaky")).build();
            assertThrows(ScreeningException.class, () -> leaky.screen(profile));
            String line = ProfileJson.write(profile);
            String lines = line + "\n" + line.replace("\"age\":77", "\"age\":177") + "\n";
            org.needlescreen.cli.Main.run(new String[] {"batch"}, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), capture);

            Path rules = dir.resolve("watched");
            RuleDirs.write(rules, "r.drl", ScreenerRefTest.mildIs("CAUTION"));
            BlockingQueue<ScreenerRef.ReloadEvent> events = new LinkedBlockingQueue<>();
            try (ScreenerRef ref = ScreenerRef.of(Screener.builder().rulesFrom(rules).clock(Screens.CLOCK))) {
                ref.screen(profile);
                ref.watch(Duration.ofMillis(100), events::add);
                RuleDirs.write(rules, "r.drl", ScreenerRefTest.mildIs("NOT-A-DECISION"));
                assertNotNull(events.poll(30, TimeUnit.SECONDS), "a failed reload is reported");
                RuleDirs.write(rules, "r.drl", ScreenerRefTest.mildIs("REFER"));
                assertNotNull(events.poll(30, TimeUnit.SECONDS), "a reload is reported");
                ref.screen(profile);
            }
        } finally {
            System.setErr(original);
        }
        List<String> records = ownRecords(captured.toString(StandardCharsets.UTF_8));
        String log = String.join("\n", records);
        assertTrue(log.contains("DEBUG org.needlescreen.internal.Engine"), "the capture holds the engine's log: " + log);
        assertTrue(log.contains("Rules reload failed") && log.contains("Rules reloaded"), log);
        for (Pattern secret : PrivacyTest.SECRETS) {
            assertFalse(secret.matcher(log).find(), "the library's log shows /" + secret + "/:\n" + log);
        }
    }
}
