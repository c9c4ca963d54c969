package org.needlescreen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlescreen.Decision;
import org.needlescreen.Policy;
import org.needlescreen.RulesLoadException;
import org.needlescreen.ScreeningException;
import org.needlescreen.model.ClientProfile;

/**
 * The engine's runtime post-conditions fail closed on their own: rules that steer the engine are
 * compiled WITHOUT the rule contract ({@link RuleCompiler#compileUncheckedForTest}), as if the
 * load-time check had been bypassed, and screening must then throw {@link ScreeningException}
 * rather than return a result. Each test first shows that the contract does reject the rule set.
 *
 * <p>Every rule set holds the steering rule (CAUTION, salience 100, so it fires first) and a
 * NOT_SUITABLE rule on the same client that must not be lost; without the steering statement the
 * screening is NOT_SUITABLE with both findings ({@link #theRuleSetsAreSoundWithoutTheSteering}).
 */
class EnginePostConditionsTest {

    static final Policy POLICY = Policy.defaults();
    static final ClientProfile OVER_70 = ClientProfile.builder().screenedOn(LocalDate.of(2026, 11, 21)).age(75).build();

    /** The steering rule's attributes and consequence statement, then the victim's attributes. */
    static String ruleSet(String steeringAttributes, String steeringStatement, String victimAttributes) {
        return "package clinic;\n\nimport org.needlescreen.model.*;\n\n"
                + "rule \"Steering\"\n"
                + "    @ruleId(\"HOSTILE-STEERING\")\n"
                + "    @decision(\"CAUTION\")\n"
                + "    @summary(\"Reports, then steers the engine.\")\n"
                + "    @sources(\"EnginePostConditionsTest\")\n"
                + "    salience 100\n"
                + steeringAttributes
                + "when\n"
                + "    $p : ClientProfile( age != null, age > 70 )\n"
                + "then\n"
                + "    finding(\"Over 70.\");\n"
                + "    " + steeringStatement + "\n"
                + "end\n\n"
                + "rule \"Victim\"\n"
                + "    @ruleId(\"HOSTILE-VICTIM\")\n"
                + "    @decision(\"NOT_SUITABLE\")\n"
                + "    @summary(\"The finding the steering must not lose.\")\n"
                + "    @sources(\"EnginePostConditionsTest\")\n"
                + victimAttributes
                + "when\n"
                + "    ClientProfile( age != null, age > 70 )\n"
                + "then\n"
                + "    finding(\"Over 70: not here.\");\n"
                + "end\n";
    }

    static List<RuleFile> files(String drl) {
        return List.of(new RuleFile("clinic/steering.drl", drl));
    }

    /** The contract rejects the rule set; compiled without it, screening fails closed. */
    static ScreeningException failsClosedEvenUnchecked(String drl) {
        assertThrows(RulesLoadException.class, () -> RuleCompiler.compile("hostile", "1", files(drl), POLICY),
                "the contract should reject this rule set");
        CompiledRules rules = RuleCompiler.compileUncheckedForTest("hostile", "1", files(drl), POLICY);
        return assertThrows(ScreeningException.class, () -> Engine.screen(rules, POLICY, OVER_70),
                () -> "screening returned a result although a rule steered the engine:\n" + drl);
    }

    /**
     * The contract rejects the rule set; compiled without it, the check on the compiled rules'
     * attributes still rejects it: steering attributes never reach a screening.
     */
    static RulesLoadException rejectedOnceCompiledEvenUnchecked(String drl) {
        assertThrows(RulesLoadException.class, () -> RuleCompiler.compile("hostile", "1", files(drl), POLICY),
                "the contract should reject this rule set");
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> RuleCompiler.compileUncheckedForTest("hostile", "1", files(drl), POLICY));
        assertTrue(e.getMessage().contains("the compiled rule carries"), e.getMessage());
        return e;
    }

    @Test
    void theRuleSetsAreSoundWithoutTheSteering() {
        String drl = ruleSet("", "// nothing else", "");
        CompiledRules rules = RuleCompiler.compile("sound", "1", files(drl), POLICY);
        Engine.Outcome outcome = Engine.screen(rules, POLICY, OVER_70);
        assertEquals(Decision.NOT_SUITABLE, outcome.decision());
        assertEquals(2, outcome.findings().size(), outcome.findings().toString());
    }

    @Test
    void theUncheckedCompileStillChecksMetadataAndCompiles() {
        String drl = ruleSet("", "drools.halt();", "").replace("    @sources(\"EnginePostConditionsTest\")\n", "");
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> RuleCompiler.compileUncheckedForTest("hostile", "1", files(drl), POLICY));
        assertTrue(e.getMessage().contains("missing @sources"), e.getMessage());
        assertTrue(e.getMessage().lines().noneMatch(l -> l.contains("'drools' is not allowed")), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "drools.halt();                                   | left on the agenda",
        "kcontext.getKieRuntime().halt();                 | left on the agenda",
        "kcontext.getKieRuntime().getAgenda().clear();    | left on the agenda",
        "delete($p);                                      | a rule deleted a fact",
        "retract($p);                                     | a rule deleted a fact",
        "insert(new Object());                            | a rule inserted a fact",
        "insert(org.needlescreen.model.Concern.HAIR_LOSS); | a rule inserted a fact",
        "update($p);                                      | a rule updated a fact",
    })
    void aConsequenceThatSteersFailsClosed(String statement, String why) {
        ScreeningException e = failsClosedEvenUnchecked(ruleSet("", statement, ""));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        if (!statement.contains("halt") && !statement.contains("clear")) {
            assertEquals("HOSTILE-STEERING", e.ruleId(), "the culprit is blamed, not the last rule that fired");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "agenda-group \"hidden\"",
        "ruleflow-group \"hidden\"",
        "enabled false",
        "date-effective \"01-Jan-2100\"",
    })
    void aVictimKeptFromFiringIsRejectedOnceCompiled(String victimAttribute) {
        rejectedOnceCompiledEvenUnchecked(ruleSet("", "// steered by the attribute", "    " + victimAttribute + "\n"));
    }

    @Test
    void aRuleThatReportsNothingFailsClosed() {
        String drl = ruleSet("", "// nothing else", "").replace("    finding(\"Over 70.\");\n", "");
        ScreeningException e = failsClosedEvenUnchecked(drl);
        assertTrue(e.getMessage().contains("fired but reported nothing"), e.getMessage());
    }

    // ---- Known gaps: each test states what the engine SHOULD do; all fail today (fail OPEN). ----

    @Test
    void deletingAndInsertingFailsClosed() {
        ScreeningException e = failsClosedEvenUnchecked(ruleSet("", "delete($p); insert(\"substitute\");", ""));
        assertTrue(e.getMessage().contains("a rule deleted a fact"), e.getMessage());
    }

    @Test
    void updatingWithNoLoopFailsClosed() {
        ScreeningException e = failsClosedEvenUnchecked(ruleSet("    no-loop true\n", "update($p);", ""));
        assertTrue(e.getMessage().contains("a rule updated a fact"), e.getMessage());
    }

    @Test
    void anActivationGroupIsRejectedOnceCompiled() {
        rejectedOnceCompiledEvenUnchecked(ruleSet("    activation-group \"one\"\n", "// steered by the attribute",
                "    activation-group \"one\"\n"));
    }

    @Test
    void clearingTheAgendaFromAConsequenceFailsClosed() {
        ScreeningException e = failsClosedEvenUnchecked(ruleSet("",
                "kcontext.getKieRuntime().getAgenda().clear();", ""));
        assertTrue(e.getMessage().contains("cancelled") || e.getMessage().contains("left on the agenda"),
                e.getMessage());
    }

    @Test
    void aTimerIsRejectedOnceCompiled() {
        rejectedOnceCompiledEvenUnchecked(ruleSet("", "// steered by the attribute", "    timer (int: 10s)\n"));
    }
}
