package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.RuleDirs.rule;

import java.net.URL;
import java.net.URLClassLoader;
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
import org.needlescreen.scenario.Coverage;
import org.needlescreen.scenario.Scenario;
import org.needlescreen.scenario.ScenarioException;
import org.needlescreen.scenario.ScenarioRunner;
import org.needlescreen.scenario.junit.ScenarioTests;

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
    // ---- ScenarioRunner (no JUnit) and Coverage ----

    @Test
    void theRunnerReportsResultsAndUnfiredRulesAsData() throws Exception {
        scenario("acne/mild", PROFILE, "{\"decision\": \"REFER\", \"fires\": [\"CLINIC-MILD\"]}");
        scenario("acne/wrong", PROFILE, "{\"decision\": \"CAUTION\", \"doesNotFire\": [\"CLINIC-MILD\"]}");
        scenario("bad", PROFILE, "{\"decision\": \"REFER\", \"fire\": []}");
        ScenarioRunner.Report report = ScenarioRunner.run(clinicRules(), dir.resolve("scenarios"));
        assertEquals(List.of("acne/mild", "acne/wrong", "bad"),
                report.results().stream().map(ScenarioRunner.Result::name).toList());
        assertTrue(report.results().get(0).passed());
        assertEquals("", report.results().get(0).failure());
        assertEquals("decision REFER, expected CAUTION; CLINIC-MILD fired but must not (findings: CLINIC-MILD; no question"
                + " asked)", report.results().get(1).failure());
        assertTrue(report.results().get(2).failure().startsWith("unknown key \"expect.fire\""),
                report.results().get(2).failure());
        assertFalse(report.results().get(2).internalFailure());
        assertEquals(List.of("CLINIC-SEVERE"), report.unfired().stream().map(RuleDescription::ruleId).toList());
        assertEquals(2, report.counted().size());
        assertEquals(2, report.failed().size());
        assertFalse(report.passed());
        Files.createDirectories(dir.resolve("empty"));
        assertThrows(IllegalStateException.class, () -> ScenarioRunner.run(clinicRules(), dir.resolve("empty")));
        assertThrows(IllegalStateException.class, () -> ScenarioRunner.run(clinicRules(), dir.resolve("none")));
    }

    @Test
    void coverageCanCountOnlyTheRulesOfGivenDirectories() throws Exception {
        Path rules = dir.resolve("rules");
        RuleDirs.write(rules, "clinic.drl", rule("Mild acne", "CLINIC-MILD", "REFER",
                "ClientProfile( acne == AcneSeverity.MILD )", "finding(\"see us\");"));
        scenario("mild", PROFILE, "{\"decision\": \"INCOMPLETE\", \"fires\": [\"CLINIC-MILD\", \"ACNE-MILD\"]}");
        Screener screener = Screener.builder().addRules(rules).build();
        Path folder = dir.resolve("scenarios");

        // Every loaded rule: the default rules that this one scenario does not fire count too.
        List<String> all = run(ScenarioTests.of(screener, folder));
        assertEquals(1, all.size(), all::toString);
        assertTrue(all.get(0).contains("rules that fired in no scenario: [") && all.get(0).contains("ROSACEA"), all.get(0));
        // Only the rules of the clinic's directory, or every rule outside the default set: covered.
        assertEquals(List.of(), run(ScenarioTests.of(screener, folder, Coverage.rulesFrom(rules))));
        assertEquals(List.of(), run(ScenarioTests.of(screener, folder, Coverage.exceptDefaultRules())));
        assertEquals(List.of("CLINIC-MILD"), Coverage.rulesFrom(rules).rules(screener).stream()
                .map(RuleDescription::ruleId).toList());
        assertEquals(Coverage.rulesFrom(rules).rules(screener), Coverage.exceptDefaultRules().rules(screener));
        assertTrue(ScenarioRunner.run(screener, folder, Coverage.rulesFrom(rules)).passed());

        RuleDirs.write(rules, "more.drl", rule("Severe acne", "CLINIC-SEVERE", "NOT_SUITABLE",
                "ClientProfile( acne == AcneSeverity.SEVERE )", "finding(\"no\");"));
        Screener more = Screener.builder().addRules(rules).build();
        List<String> failures = run(ScenarioTests.of(more, folder, Coverage.rulesFrom(rules)));
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("rules that fired in no scenario: [CLINIC-SEVERE] (add a scenario for each; "
                + "counting the rules of " + rules + ")"), failures.get(0));
    }

    @Test
    void theRunnerNeedsNoJUnit() throws Exception {
        scenario("mild", PROFILE, "{\"decision\": \"REFER\", \"fires\": [\"CLINIC-MILD\"]}");
        scenario("severe", "{\"screenedOn\": \"2026-11-21\", \"acne\": \"SEVERE\"}",
                "{\"decision\": \"NOT_SUITABLE\", \"fires\": [\"CLINIC-SEVERE\"]}");
        clinicRules();
        List<URL> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("apiguardian")) {
                path.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader noJUnit = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(noJUnit);
            assertThrows(ClassNotFoundException.class, () -> noJUnit.loadClass("org.junit.jupiter.api.DynamicNode"));
            Class<?> screenerClass = noJUnit.loadClass("org.needlescreen.Screener");
            Object builder = screenerClass.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("rulesFrom", Path.class).invoke(builder, dir.resolve("rules"));
            Object screener = builder.getClass().getMethod("build").invoke(builder);
            Class<?> runner = noJUnit.loadClass("org.needlescreen.scenario.ScenarioRunner");
            Object report = runner.getMethod("run", screenerClass, Path.class).invoke(null, screener, dir.resolve("scenarios"));
            assertEquals(true, report.getClass().getMethod("passed").invoke(report));
        } finally {
            Thread.currentThread().setContextClassLoader(context);
        }
    }
}
