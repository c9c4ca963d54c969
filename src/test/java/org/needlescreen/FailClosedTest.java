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
                "if (true) { throw new IllegalStateException(\"boom\"); }")));
        assertEquals("THROWS", e.ruleId());
        assertTrue(e.getMessage().contains("THROWS") && e.getMessage().contains("boom"), e.getMessage());
        assertTrue(!e.getMessage().contains("C-SECRET"));
    }

    @Test
    void typeMismatchThatOnlyFailsAtRunTime() {
        ScreeningException e = fails(screener(rule("Mismatch", "MISMATCH", "CAUTION",
                "ClientProfile( age < \"abc\" )", "$s.finding(\"never\");")));
        assertTrue(e.getMessage().startsWith("Screening failed"), e.getMessage());
    }

    @Test
    void ruleThatFiresWithoutReporting() {
        ScreeningException e = fails(screener(rule("Silent", "SILENT", "NOT_SUITABLE", "ClientProfile()", "")));
        assertEquals("SILENT", e.ruleId());
        assertTrue(e.getMessage().contains("reported nothing"), e.getMessage());
    }

    @Test
    void ruleThatReportsTheWrongKind() {
        ScreeningException e = fails(screener(rule("Wrong", "WRONG", "CAUTION", "ClientProfile()", "$s.ask();")));
        assertTrue(e.getMessage().contains("must call finding()"), e.getMessage());
    }

    @Test
    void findingWithoutAMessage() {
        ScreeningException e = fails(screener(rule("Blank", "BLANK", "CAUTION", "ClientProfile()", "$s.finding(\" \");")));
        assertTrue(e.getMessage().contains("without a message"), e.getMessage());
    }

    @Test
    void ruleThatLoopsForever() {
        ScreeningException e = fails(screener(rule("Loop", "LOOP", "CAUTION", "$p : ClientProfile()",
                "$s.finding(\"again\"); update($p);")));
        assertEquals("LOOP", e.ruleId());
        assertTrue(e.getMessage().contains("re-firing"), e.getMessage());
    }

    @Test
    void aFailedScreeningLeavesNothingBehindForTheNext() {
        // Sessions are pooled: after a rule throws or loops, the next screenings must start clean.
        Screener s = screener(rule("Mild", "MILD", "CAUTION", "ClientProfile( acne == AcneSeverity.MILD )",
                "$s.finding(\"mild\");")
                + rule("Throws", "THROWS", "CAUTION", "ClientProfile( acne == AcneSeverity.SEVERE )",
                "if (true) { throw new IllegalStateException(\"boom\"); }")
                + rule("Loop", "LOOP", "CAUTION", "$p : ClientProfile( acne == AcneSeverity.MODERATE )",
                "$s.finding(\"again\"); update($p);"));
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
        ScreeningException e = fails(screener(rule("Fine", "FINE", "CAUTION", "ClientProfile()", "$s.finding(\"fine\");")
                + rule("Throws", "THROWS", "CAUTION", "ClientProfile( acne != null )",
                "if (true) { throw new IllegalArgumentException(\"bad\"); }")));
        assertEquals("THROWS", e.ruleId());
    }
}
