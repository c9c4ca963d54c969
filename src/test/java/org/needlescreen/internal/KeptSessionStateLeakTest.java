package org.needlescreen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.needlescreen.Decision;
import org.needlescreen.Policy;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Isotretinoin;

/**
 * A screening's result must depend only on the profile screened. Rules whose conditions start
 * with {@code not}, {@code exists}, {@code forall} or {@code eval} (all allowed by the rule
 * contract) are joined by Drools to the session's InitialFact, which the kept session never
 * deletes: their match survives from one screening to the next, so the rule does not fire again
 * (fail open), while a fresh (or reset) session fires it every time.
 */
class KeptSessionStateLeakTest {

    static final Policy POLICY = Policy.defaults();
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    static final String HEADER = "package clinic;\n\nimport org.needlescreen.model.*;\n\n";

    static CompiledRules compile(String drl) {
        // The checked compile: these rules keep the rule contract.
        return RuleCompiler.compile("leak", "1", List.of(new RuleFile("clinic/leak.drl", HEADER + drl)), POLICY);
    }

    static ClientProfile onIsotretinoin(int age) {
        return ClientProfile.builder().screenedOn(DAY).age(age).isotretinoin(Isotretinoin.current()).build();
    }

    static ClientProfile noIsotretinoinAnswer(int age) {
        return ClientProfile.builder().screenedOn(DAY).age(age).build();
    }

    @Test
    void anExistsRuleFiresForEveryMatchingClientNotOnlyTheFirst() {
        CompiledRules rules = compile("rule \"Isotretinoin now\"\n"
                + "    @ruleId(\"T-ISO-NOW\")\n"
                + "    @decision(\"NOT_SUITABLE\")\n"
                + "    @summary(\"Taking isotretinoin now.\")\n"
                + "    @sources(\"KeptSessionStateLeakTest\")\n"
                + "when\n"
                + "    exists Isotretinoin( status == IsotretinoinStatus.CURRENT )\n"
                + "then\n"
                + "    finding(\"Taking isotretinoin: do not microneedle.\");\n"
                + "end\n");
        assertEquals(Decision.NOT_SUITABLE, Engine.screen(rules, POLICY, onIsotretinoin(30)).decision(),
                "first client on isotretinoin");
        assertEquals(Decision.NOT_SUITABLE, Engine.screen(rules, POLICY, onIsotretinoin(40)).decision(),
                "second client on isotretinoin, screened right after the first");
    }

    @Test
    void aNotRuleAsksEveryClientWithoutTheAnswerNotOnlyTheFirst() {
        CompiledRules rules = compile("rule \"Isotretinoin not answered\"\n"
                + "    @ruleId(\"T-ASK-ISO\")\n"
                + "    @asks(\"isotretinoin.status\")\n"
                + "    @required(\"true\")\n"
                + "    @question(\"Have you ever taken isotretinoin?\")\n"
                + "    @summary(\"Isotretinoin unknown.\")\n"
                + "    @sources(\"KeptSessionStateLeakTest\")\n"
                + "when\n"
                + "    not Isotretinoin( )\n"
                + "then\n"
                + "    ask();\n"
                + "end\n");
        assertEquals(Decision.INCOMPLETE, Engine.screen(rules, POLICY, noIsotretinoinAnswer(30)).decision(),
                "first client without an isotretinoin answer");
        assertEquals(Decision.INCOMPLETE, Engine.screen(rules, POLICY, noIsotretinoinAnswer(40)).decision(),
                "second client without an isotretinoin answer, screened right after the first");
    }

    @Test
    void aForallRuleFiresForEveryMatchingClient() {
        CompiledRules rules = compile("rule \"Isotretinoin current or unanswered\"\n"
                + "    @ruleId(\"T-FORALL\")\n"
                + "    @decision(\"REFER\")\n"
                + "    @summary(\"Every isotretinoin answer is CURRENT (or there is none).\")\n"
                + "    @sources(\"KeptSessionStateLeakTest\")\n"
                + "when\n"
                + "    forall ( Isotretinoin( ) Isotretinoin( status == IsotretinoinStatus.CURRENT ) )\n"
                + "then\n"
                + "    finding(\"Refer.\");\n"
                + "end\n");
        // forall over no Isotretinoin holds: REFER for both (a fresh session says so every time).
        assertEquals(Decision.REFER, Engine.screen(rules, POLICY, noIsotretinoinAnswer(30)).decision(), "first");
        assertEquals(Decision.REFER, Engine.screen(rules, POLICY, onIsotretinoin(40)).decision(), "second");
    }

    @Test
    void anEvalOnTheScreeningDateIsEvaluatedForEveryScreening() {
        CompiledRules rules = compile("rule \"Screened in December\"\n"
                + "    @ruleId(\"T-DECEMBER\")\n"
                + "    @decision(\"CAUTION\")\n"
                + "    @summary(\"Screened in December.\")\n"
                + "    @sources(\"KeptSessionStateLeakTest\")\n"
                + "when\n"
                + "    eval( screeningDate().getMonthValue() == 12 )\n"
                + "then\n"
                + "    finding(\"December.\");\n"
                + "end\n");
        assertEquals(Decision.SUITABLE, Engine.screen(rules, POLICY,
                noIsotretinoinAnswer(30).withScreenedOn(LocalDate.of(2026, 11, 30))).decision(), "in November");
        assertEquals(Decision.CAUTION, Engine.screen(rules, POLICY,
                noIsotretinoinAnswer(30).withScreenedOn(LocalDate.of(2026, 12, 1))).decision(), "in December");
    }

    @Test
    void aRuleWithoutConditionsFiresForEveryScreening() {
        CompiledRules rules = compile("rule \"Patch test\"\n"
                + "    @ruleId(\"T-PATCH-TEST\")\n"
                + "    @decision(\"CAUTION\")\n"
                + "    @summary(\"Always: a patch test first.\")\n"
                + "    @sources(\"KeptSessionStateLeakTest\")\n"
                + "when\n"
                + "then\n"
                + "    finding(\"Do a patch test first.\");\n"
                + "end\n");
        assertEquals(Decision.CAUTION, Engine.screen(rules, POLICY, noIsotretinoinAnswer(30)).decision(), "first");
        assertEquals(Decision.CAUTION, Engine.screen(rules, POLICY, noIsotretinoinAnswer(40)).decision(), "second");
    }

    @Test
    void anOrWithANegatedBranchFiresForEveryMatchingClient() {
        CompiledRules rules = compile("rule \"Over 60 or isotretinoin unknown\"\n"
                + "    @ruleId(\"T-OR-NOT\")\n"
                + "    @decision(\"REFER\")\n"
                + "    @summary(\"Over 60, or isotretinoin unknown.\")\n"
                + "    @sources(\"KeptSessionStateLeakTest\")\n"
                + "when\n"
                + "    ( ClientProfile( age != null, age > 60 ) or not Isotretinoin( ) )\n"
                + "then\n"
                + "    finding(\"Refer.\");\n"
                + "end\n");
        assertEquals(Decision.REFER, Engine.screen(rules, POLICY, noIsotretinoinAnswer(30)).decision(), "first");
        assertEquals(Decision.REFER, Engine.screen(rules, POLICY, noIsotretinoinAnswer(40)).decision(), "second");
    }
}
