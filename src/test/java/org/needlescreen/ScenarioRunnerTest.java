package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.RuleDirs.rule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.scenario.Scenario;
import org.needlescreen.scenario.ScenarioException;
import org.needlescreen.scenario.ScenarioTests;

/** The scenario runner as an embedder uses it: own rules, own scenarios, coverage enforced. */
class ScenarioRunnerTest {

    @TempDir
    Path dir;

    static final String PROFILE = "{\"screenedOn\": \"2026-11-21\", \"acne\": \"MILD\"}";

    Screener clinicRules() {
        Path rules = dir.resolve("rules");
        RuleDirs.write(rules, "clinic.drl",
                rule("Mild acne", "CLINIC-MILD", "REFER", "ClientProfile( acne == AcneSeverity.MILD )", "finding(\"see us\");")
                        + rule("Severe acne", "CLINIC-SEVERE", "NOT_SUITABLE", "ClientProfile( acne == AcneSeverity.SEVERE )",
                        "finding(\"no\");"));
        return Screener.builder().rulesFrom(rules).build();
    }

    Path scenario(String name, String profile, String expect) throws Exception {
        Path f = dir.resolve("scenarios").resolve(name + ".json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{\"description\": \"t\", \"profile\": " + profile + ", \"expect\": " + expect + "}");
        return f;
    }

    /** Runs every dynamic test; returns the failures' messages by test name. */
    static List<String> run(Stream<DynamicNode> nodes) {
        List<String> failures = new ArrayList<>();
        nodes.forEach(n -> execute(n, failures));
        return failures;
    }

    static void execute(DynamicNode node, List<String> failures) {
        if (node instanceof DynamicContainer c) {
            c.getChildren().forEach(child -> execute(child, failures));
        } else if (node instanceof DynamicTest t) {
            try {
                t.getExecutable().execute();
            } catch (Throwable e) {
                failures.add(t.getDisplayName() + ": " + e.getMessage());
            }
        }
    }

    @Test
    void passingScenariosAndFullCoverage() throws Exception {
        scenario("acne/mild", PROFILE, "{\"decision\": \"REFER\", \"fires\": [\"CLINIC-MILD\"]}");
        scenario("acne/severe", "{\"screenedOn\": \"2026-11-21\", \"acne\": \"SEVERE\"}",
                "{\"decision\": \"NOT_SUITABLE\", \"fires\": [\"CLINIC-SEVERE\"], \"doesNotFire\": [\"CLINIC-MILD\"]}");
        Screener screener = clinicRules();
        List<DynamicNode> nodes = ScenarioTests.of(screener, dir.resolve("scenarios")).toList();
        assertEquals(2, nodes.size(), "one container for the topic and the coverage test");
        assertEquals("acne", nodes.get(0).getDisplayName());
        assertEquals(List.of("mild", "severe"),
                ((DynamicContainer) nodes.get(0)).getChildren().map(DynamicNode::getDisplayName).toList());
        assertEquals(List.of(), run(ScenarioTests.of(screener, dir.resolve("scenarios"))));
    }

    @Test
    void aRuleThatFiresInNoScenarioFailsTheCoverageTest() throws Exception {
        scenario("mild", PROFILE, "{\"decision\": \"REFER\"}");
        List<String> failures = run(ScenarioTests.of(clinicRules(), dir.resolve("scenarios")));
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("rules that fired in no scenario: [CLINIC-SEVERE]"), failures.get(0));
    }

    @Test
    void mismatchesAreReportedOneByOne() throws Exception {
        scenario("wrong", PROFILE, "{\"decision\": \"CAUTION\", \"fires\": [\"CLINIC-SEVERE\"], \"doesNotFire\": [\"CLINIC-MILD\"],"
                + " \"missingAnswers\": [], \"rescreenOn\": \"2027-01-01\"}");
        List<String> failures = run(ScenarioTests.of(clinicRules(), dir.resolve("scenarios")));
        String f = failures.get(0);
        assertTrue(f.startsWith("wrong: wrong: decision REFER, expected CAUTION; CLINIC-SEVERE did not fire;"
                + " CLINIC-MILD fired but must not; re-screen date none, expected 2027-01-01"), f);
    }

    @Test
    void anEmptyFolderIsAnError() throws Exception {
        Files.createDirectories(dir.resolve("scenarios"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ScenarioTests.of(clinicRules(), dir.resolve("scenarios")));
        assertTrue(e.getMessage().contains("no scenario files"));
    }

    @Test
    void invalidScenarioFilesNameTheFileAndTheProblem() throws Exception {
        Path noDate = scenario("no-date", "{\"acne\": \"MILD\"}", "{\"decision\": \"REFER\"}");
        assertTrue(assertThrows(ScenarioException.class, () -> Scenario.read(noDate, "no-date")).getMessage()
                .contains("must set screenedOn"));
        Path badEnum = scenario("bad-enum", "{\"screenedOn\": \"2026-11-21\", \"acne\": \"mild\"}", "{\"decision\": \"REFER\"}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenario.read(badEnum, "bad-enum"));
        assertTrue(e.getMessage().startsWith("bad-enum: invalid profile: Invalid value for 'acne'"), e.getMessage());
        Path typo = scenario("typo", PROFILE, "{\"decision\": \"REFER\", \"fire\": [\"X\"]}");
        assertTrue(assertThrows(ScenarioException.class, () -> Scenario.read(typo, "typo")).getMessage()
                .contains("unknown key \"expect.fire\""));
        Path badDecision = scenario("bad-decision", PROFILE, "{\"decision\": \"OK\"}");
        assertTrue(assertThrows(ScenarioException.class, () -> Scenario.read(badDecision, "bad-decision")).getMessage()
                .contains("expect.decision must be one of"));
    }
}
