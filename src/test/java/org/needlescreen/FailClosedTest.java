package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.RuleDirs.rule;
import static org.needlescreen.Screens.clean;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.model.AcneSeverity;

/** An internal failure is an exception, never a result, and never SUITABLE. */
class FailClosedTest {

    @TempDir
    Path dir;

    Screener screener(String rules) {
        RuleDirs.write(dir, "custom.drl", rules);
        return Screener.builder().rulesFrom(dir).clock(Screens.CLOCK).build();
    }

    ScreeningException fails(Screener s) {
        return assertThrows(ScreeningException.class, () -> s.screen(clean().clientRef("C-SECRET").build()));
    }

    @Test
    void ruleThatThrows() {
        ScreeningException e = fails(screener(rule("Throws", "THROWS", "CAUTION", "ClientProfile()",
                "finding(\"x\" + Integer.parseInt(\"boom ZZSECRET123\"));")));
        assertEquals("THROWS", e.ruleId());
        assertTrue(e.getMessage().contains("THROWS") && e.getMessage().contains("NumberFormatException"),
                e.getMessage());
        // The root cause's message can quote values: it never reaches the exception's message.
        assertTrue(!e.getMessage().contains("ZZSECRET123") && !e.getMessage().contains("C-SECRET"), e.getMessage());
    }

    @Test
    void typeMismatchThatOnlyFailsAtRunTime() {
        ScreeningException e = fails(screener(rule("Mismatch", "MISMATCH", "CAUTION",
                "ClientProfile( age < \"abc\" )", "finding(\"never\");")));
        assertTrue(e.getMessage().startsWith("Screening failed"), e.getMessage());
    }

    @Test
    void ruleThatWouldFireWithoutReportingDoesNotLoad() {
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> screener(rule("Silent", "SILENT", "NOT_SUITABLE", "ClientProfile()", "")));
        assertTrue(e.getMessage().contains("reports nothing"), e.getMessage());
    }

    @Test
    void ruleThatReportsTheWrongKindDoesNotLoad() {
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> screener(rule("Wrong", "WRONG", "CAUTION", "ClientProfile()", "ask();")));
        assertTrue(e.getMessage().contains("reports with finding"), e.getMessage());
    }

    @Test
    void findingWithoutAMessage() {
        ScreeningException e = fails(screener(rule("Blank", "BLANK", "CAUTION", "ClientProfile()", "finding(\" \");")));
        assertTrue(e.getMessage().contains("without a message"), e.getMessage());
    }

    @Test
    void ruleThatWouldLoopDoesNotLoad() {
        RulesLoadException e = assertThrows(RulesLoadException.class, () -> screener(rule("Loop", "LOOP", "CAUTION",
                "$p : ClientProfile()", "finding(\"again\"); update($p);")));
        assertTrue(e.getMessage().contains("'update' is not allowed"), e.getMessage());
    }

    @Test
    void aFailedScreeningLeavesNothingBehindForTheNext() {
        // Sessions are pooled: after a rule throws in its consequence or its conditions, the next
        // screenings must start clean.
        Screener s = screener(rule("Mild", "MILD", "CAUTION", "ClientProfile( acne == AcneSeverity.MILD )",
                "finding(\"mild\");")
                + rule("Throws", "THROWS", "CAUTION", "ClientProfile( acne == AcneSeverity.SEVERE )",
                "finding(\"x\" + Integer.parseInt(\"boom\"));")
                + rule("Mismatch", "MISMATCH", "CAUTION", "ClientProfile( acne == AcneSeverity.MODERATE, age < \"abc\" )",
                "finding(\"never\");"));
        for (int round = 0; round < 20; round++) {
            assertThrows(ScreeningException.class, () -> s.screen(clean().acne(AcneSeverity.SEVERE).build()));
            assertThrows(ScreeningException.class, () -> s.screen(clean().acne(AcneSeverity.MODERATE).build()));
            ScreeningResult mild = s.screen(clean().acne(AcneSeverity.MILD).build());
            assertEquals(java.util.List.of("MILD"), mild.firedRuleIds());
            assertEquals(1, mild.findings().size());
            assertEquals(Decision.SUITABLE, s.screen(clean().acne(AcneSeverity.NONE).build()).decision());
        }
    }

    @Test
    void aWorkingRuleNextToABrokenOneStillFailsTheWholeScreening() {
        ScreeningException e = fails(screener(rule("Fine", "FINE", "CAUTION", "ClientProfile()", "finding(\"fine\");")
                + rule("Throws", "THROWS", "CAUTION", "ClientProfile( acne != null )",
                "finding(\"x\" + Integer.parseInt(\"bad\"));")));
        assertEquals("THROWS", e.ruleId());
    }
}
