package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.RuleDirs.rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading fails, listing every problem with file and line, when a rule set is not sound. */
class RuleLoadingTest {

    @TempDir
    Path dir;

    static final String OK = rule("Fine", "FINE", "CAUTION", "ClientProfile( acne == AcneSeverity.MILD )",
            "finding(\"fine\");");

    List<RuleProblem> problems() {
        RulesLoadException e = assertThrows(RulesLoadException.class, () -> Screener.builder().rulesFrom(dir).build());
        assertTrue(e.getMessage().contains(e.problems().get(0).toString()), e.getMessage());
        return e.problems();
    }

    RuleProblem onlyProblem() {
        List<RuleProblem> p = problems();
        assertEquals(1, p.size(), p::toString);
        return p.get(0);
    }

    @Test
    void aSoundDirectoryLoads() {
        RuleDirs.write(dir, "ok.drl", OK);
        Screener s = Screener.builder().rulesFrom(dir).build();
        assertEquals(1, s.ruleSet().ruleCount());
        assertEquals(dir.getFileName().toString(), s.ruleSet().name());
        assertEquals("unversioned", s.ruleSet().version());
        assertEquals("custom/ok.drl", s.rules().get(0).file());
        assertEquals(6, s.rules().get(0).line());
    }

    @Test
    void missingRuleId() {
        RuleDirs.write(dir, "r.drl", OK + rule("No id", "X", "CAUTION", "ClientProfile()", "finding(\"x\");")
                .replace("    @ruleId(\"X\")\n", ""));
        RuleProblem p = onlyProblem();
        assertEquals("custom/r.drl", p.file());
        assertEquals(17, p.line());
        assertEquals("No id", p.rule());
        assertTrue(p.message().contains("missing @ruleId"), p.message());
        assertTrue(p.toString().startsWith("custom/r.drl:17: missing @ruleId"), p.toString());
    }

    @Test
    void duplicateRuleIdAcrossFiles() {
        RuleDirs.write(dir, "a.drl", OK);
        RuleDirs.write(dir, "b.drl", rule("Other", "FINE", "REFER", "ClientProfile()", "finding(\"x\");"));
        RuleProblem p = onlyProblem();
        assertTrue(p.message().contains("duplicate @ruleId(\"FINE\")"), p.message());
        assertTrue(p.message().contains("also used by rule \"Fine\" at custom/a.drl:6"), p.message());
    }

    @Test
    void unknownDecision() {
        RuleDirs.write(dir, "r.drl", rule("Bad", "BAD", "Caution", "ClientProfile()", "finding(\"x\");"));
        assertTrue(onlyProblem().message().contains("unknown @decision(\"Caution\")"));
    }

    @Test
    void noSources() {
        RuleDirs.write(dir, "r.drl", rule("Bad", "BAD", "CAUTION", "ClientProfile()", "finding(\"x\");")
                .replace("@sources(\"test\")", "@sources(\" \")"));
        assertTrue(onlyProblem().message().contains("missing @sources"));
    }

    @Test
    void unknownMetadataKeyCatchesTypos() {
        RuleDirs.write(dir, "r.drl", rule("Typo", "TYPO", "CAUTION", "ClientProfile()", "finding(\"x\");")
                .replace("@sources(", "@source("));
        assertTrue(onlyProblem().message().contains("unknown metadata @source"));
    }

    @Test
    void unquotedMetadataValue() {
        RuleDirs.write(dir, "r.drl", rule("Unquoted", "UNQ", "CAUTION", "ClientProfile()", "finding(\"x\");")
                .replace("@ruleId(\"UNQ\")", "@ruleId(1234)"));
        RuleProblem p = onlyProblem();
        assertTrue(p.message().contains("metadata values are quoted strings"), p.message());
        assertEquals(7, p.line());
    }

    @Test
    void syntaxErrorCarriesFileAndLine() {
        RuleDirs.write(dir, "r.drl", OK + "rule \"Broken\"\n    @ruleId(\"BROKEN\")\nwhen\n    ClientProfile( age < )\nthen\nend\n");
        List<RuleProblem> p = problems();
        assertTrue(p.stream().allMatch(x -> x.file().equals("custom/r.drl") && x.line() > 0), p::toString);
    }

    @Test
    void unknownTypeIsReported() {
        RuleDirs.write(dir, "r.drl", rule("Spectre", "GHOST", "CAUTION", "Ghost()", "finding(\"x\");"));
        List<RuleProblem> p = problems();
        assertTrue(p.stream().anyMatch(x -> x.message().contains("Ghost")), p::toString);
        assertTrue(p.stream().allMatch(x -> x.file().equals("custom/r.drl") && x.line() > 0), p::toString);
    }

    @Test
    void expressionErrorsAreLocatedInTheFile() {
        RuleDirs.write(dir, "r.drl", OK + rule("Expr", "EXPR", "CAUTION",
                "ClientProfile( age < policy().nothing() )", "finding(\"x\");"));
        List<RuleProblem> p = problems();
        assertTrue(!p.isEmpty() && p.stream().allMatch(x -> x.line() == 23 && x.rule().equals("Expr")), p::toString);
    }

    @Test
    void unknownEnumConstantIsLocated() {
        RuleDirs.write(dir, "r.drl", OK + rule("Enum", "ENUM", "CAUTION", "ClientProfile( acne == AcneSeverity.HUGE )",
                "finding(\"x\");"));
        RuleProblem p = onlyProblem();
        assertEquals(23, p.line());
        assertTrue(p.message().contains("AcneSeverity.HUGE"), p.message());
    }

    @Test
    void consequenceErrorPointsAtTheLineNotTheHeader() {
        RuleDirs.write(dir, "r.drl", OK + rule("Action", "ACTION", "CAUTION", "ClientProfile()", "finding(undefinedVar);"));
        RuleProblem p = onlyProblem();
        assertEquals(25, p.line());
        assertEquals("Action", p.rule());
        assertTrue(p.message().contains("undefinedVar"), p.message());
    }

    @Test
    void enumComparedToAStringIsRejected() {
        RuleDirs.write(dir, "r.drl", OK + rule("Str", "STR", "NOT_SUITABLE", "ClientProfile( acne == \"SEVERE\" )",
                "finding(\"x\");")
                + rule("In", "IN", "CAUTION", "Treatment( setting in (\"HOME\", \"PROFESSIONAL\") )", "finding(\"x\");"));
        List<RuleProblem> p = problems();
        assertEquals(2, p.size(), p::toString);
        assertEquals("custom/r.drl:23: acne is compared to the string \"SEVERE\", which never matches: compare enums as"
                + " enums, e.g. acne == AcneSeverity.SEVERE (import org.needlescreen.model.*) (rule \"Str\")", p.get(0).toString());
        assertTrue(p.get(1).message().contains("Setting.HOME"), p.get(1).message());
    }

    @Test
    void aCompilerCrashIsAProblemNamingTheFile() {
        // Drools 10 throws a ClassCastException when a pattern's type has the name of a rule; the rule
        // contract names the unknown fact type at its line first, and the file is never compiled.
        RuleDirs.write(dir, "a.drl", OK);
        RuleDirs.write(dir, "r.drl", rule("Ghost", "GHOST", "CAUTION", "Ghost()", "finding(\"x\");"));
        List<RuleProblem> p = problems();
        assertTrue(p.stream().allMatch(x -> x.file().equals("custom/r.drl")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.line() == 12 && x.message().contains("Ghost(...) can never match")),
                p::toString);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        RuleDirs.write(dir, "r.drl", rule("A", "A", "MAYBE", "ClientProfile()", "finding(\"x\");")
                + rule("B", "B", "CAUTION", "ClientProfile()", "finding(\"x\");").replace("@sources(\"test\")", "")
                + rule("C", "A", "CAUTION", "ClientProfile()", "finding(\"x\");"));
        List<RuleProblem> p = problems();
        assertEquals(3, p.size(), p::toString);
        assertEquals(List.of(6, 17, 28), p.stream().map(RuleProblem::line).toList());
    }

    @Test
    void zeroRules() {
        RuleDirs.writeRaw(dir, "custom/empty.drl", RuleDirs.HEADER);
        assertTrue(onlyProblem().message().contains("zero rules loaded"));
    }

    @Test
    void noDrlFilesAtAll() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "no rules here");
        assertTrue(onlyProblem().message().contains("no .drl files"));
    }

    @Test
    void missingDirectory() {
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> Screener.builder().rulesFrom(dir.resolve("absent")).build());
        assertTrue(e.problems().get(0).message().contains("not a readable directory"));
    }

    @Test
    void packageMustMatchFolder() {
        RuleDirs.writeRaw(dir, "elsewhere/r.drl", RuleDirs.HEADER + OK);
        RuleProblem p = onlyProblem();
        assertEquals(1, p.line());
        assertTrue(p.message().contains("does not match the file's folder 'elsewhere'"), p.message());
    }

    @Test
    void questionRuleMustNameAProfileField() {
        RuleDirs.write(dir, "q.drl", "rule \"Ask\"\n    @ruleId(\"ASK-X\")\n    @asks(\"shoeSize\")\n"
                + "    @required(\"maybe\")\n    @summary(\"x\")\n    @sources(\"test\")\nwhen\n"
                + "then\n    ask();\nend\n");
        List<RuleProblem> p = problems();
        assertTrue(p.stream().anyMatch(x -> x.message().contains("@asks(\"shoeSize\") names no profile field")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("@required(\"true\")")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("@question")), p::toString);
    }

    @Test
    void thresholdsMustNamePolicyKeys() {
        RuleDirs.write(dir, "r.drl", rule("T", "T", "CAUTION", "ClientProfile()", "finding(\"x\");")
                .replace("@sources(\"test\")", "@sources(\"test\")\n    @thresholds(\"depth.home.max\")"));
        assertTrue(onlyProblem().message().contains("unknown policy key 'depth.home.max'"));
    }

    @Test
    void addedRulesJoinTheDefaultSet() {
        RuleDirs.write(dir, "ok.drl", OK);
        Screener s = Screener.builder().addRules(dir).build();
        assertEquals(Screens.DEFAULT.ruleSet().ruleCount() + 1, s.ruleSet().ruleCount());
        assertTrue(s.ruleSet().name().startsWith("needlescreen-default+"));
    }
    @Test
    void aDuplicateOfADefaultIdIsReportedAtTheAddedRuleNamingTheDefaultOne() {
        // "custom" sorts before "needlescreen": the problem must still be the added file's, not the jar's.
        RuleDirs.write(dir, "mine.drl", rule("Mine", "ACNE-MILD", "CAUTION", "ClientProfile( age != null, age > 90 )",
                "finding(\"x\");"));
        RulesLoadException e = assertThrows(RulesLoadException.class, () -> Screener.builder().addRules(dir).build());
        assertEquals(1, e.problems().size(), e.problems()::toString);
        RuleProblem p = e.problems().get(0);
        assertEquals("custom/mine.drl", p.file());
        assertEquals(6, p.line());
        assertEquals("Mine", p.rule());
        assertTrue(p.message().startsWith("duplicate @ruleId(\"ACNE-MILD\"): also used by rule \"Mild acne\" at "
                + "needlescreen/skin/skin.drl:"), p.message());
    }

    @Test
    void anUnknownPropertyNamesTheTypesPropertiesAndTheNearestOne() {
        RuleDirs.write(dir, "r.drl", OK + rule("Tattoo", "TATTOO", "CAUTION", "ClientProfile( tattooInArea == Answer.YES )",
                "finding(\"x\");") + rule("Typo", "TYPO", "CAUTION", "Treatment( homeOrUnknwn )", "finding(\"x\");")
                + rule("Method", "METHOD", "CAUTION", "Treatment( needleDepthMm > policy().homeMaxDepth() )",
                "finding(\"x\");"));
        List<RuleProblem> p = problems();
        assertEquals(3, p.size(), p::toString);
        assertEquals(23, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("ClientProfile has no property 'tattooInArea' (in \"tattooInArea =="
                + " Answer.YES\"): did you mean 'tattooOrPermanentMakeupInArea'? The properties of ClientProfile: acne, "),
                p.get(0).message());
        assertTrue(p.get(0).message().contains(", age, ") && p.get(0).message().contains(", wartsOrMolluscumInArea"),
                p.get(0).message());
        assertTrue(p.get(1).message().startsWith("Treatment has no property 'homeOrUnknwn' (in \"homeOrUnknwn\"): "
                + "did you mean 'homeOrUnknown'? The properties of Treatment: area, concerns, dermalConcerns, device, "
                + "hasConcern(...), homeOrUnknown, needleDepthMm, setting"), p.get(1).message());
        assertTrue(p.get(2).message().startsWith("Policy has no method 'homeMaxDepth()'"), p.get(2).message());
        assertTrue(p.get(2).message().contains("did you mean 'homeMaxDepthMm()'? The methods of Policy: "),
                p.get(2).message());
        assertTrue(p.get(2).message().contains("washoutDays(...)"), p.get(2).message());
    }

    @Test
    void aCompileErrorDoesNotHideMissingMetadata() {
        RuleDirs.write(dir, "r.drl", OK + "rule \"Broken\"\nwhen\n    ClientProfile( age < )\nthen\n    finding(\"x\");\nend\n");
        List<RuleProblem> p = problems();
        assertTrue(p.stream().anyMatch(x -> x.message().contains("missing @ruleId") && x.rule().equals("Broken")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.message().contains("missing @sources")), p::toString);
        assertTrue(p.stream().anyMatch(x -> !x.message().contains("missing @")), "the compile error too: " + p);
    }
}
