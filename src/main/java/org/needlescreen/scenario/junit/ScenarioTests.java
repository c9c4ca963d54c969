package org.needlescreen.scenario.junit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.needlescreen.RuleDescription;
import org.needlescreen.Screener;
import org.needlescreen.scenario.Coverage;
import org.needlescreen.scenario.ScenarioRunner;

/**
 * Turns a folder of scenario files into JUnit 5 dynamic tests: one container per sub-folder
 * (topic), one test per file named after the file, and a last test that fails when a rule the
 * {@link Coverage} counts (every loaded rule unless told otherwise) fired in no scenario (a dead
 * rule is a silent fail-open), and prints which rules each scenario exercised. The running itself
 * is {@link ScenarioRunner}'s, which needs no JUnit; this class is the JUnit glue.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     Path clinic = Path.of("clinic-rules");
 *     Screener screener = Screener.builder().addRules(clinic).build();
 *     return ScenarioTests.of(screener, clinic.resolve("scenarios"), Coverage.rulesFrom(clinic));
 * }
 * }</pre>
 */
public final class ScenarioTests {

    private ScenarioTests() {
    }

    /**
     * The dynamic tests for every {@code *.json} file below {@code folder}; every loaded rule must
     * fire in some scenario.
     *
     * @param screener the screener the scenarios run against
     * @param folder   the scenario folder
     * @return one container per sub-folder, one test per file, and the coverage test last
     * @throws IllegalStateException when the folder holds no scenario (a lost folder must not pass)
     */
    public static Stream<DynamicNode> of(Screener screener, Path folder) {
        return of(screener, folder, Coverage.allRules(), System.out);
    }

    /**
     * The dynamic tests for every {@code *.json} file below {@code folder}; the rules {@code coverage}
     * counts must fire in some scenario (e.g. {@link Coverage#rulesFrom(Path...)}: only a clinic's
     * own rules, not the default set it adds to).
     *
     * @param screener the screener the scenarios run against
     * @param folder   the scenario folder
     * @param coverage which rules must fire in some scenario
     * @return one container per sub-folder, one test per file, and the coverage test last
     * @throws IllegalStateException when the folder holds no scenario (a lost folder must not pass)
     */
    public static Stream<DynamicNode> of(Screener screener, Path folder, Coverage coverage) {
        return of(screener, folder, coverage, System.out);
    }

    static Stream<DynamicNode> of(Screener screener, Path folder, Coverage coverage, PrintStream report) {
        List<Path> files = ScenarioRunner.files(folder);
        if (files.isEmpty()) {
            throw new IllegalStateException("no scenario files (*.json) below " + folder);
        }
        Map<String, List<String>> exercised = Collections.synchronizedMap(new TreeMap<>());
        Map<String, List<DynamicNode>> byTopic = new LinkedHashMap<>();
        for (Path file : files) {
            String name = ScenarioRunner.name(folder, file);
            String topic = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
            byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(DynamicTest.dynamicTest(
                    name.substring(name.lastIndexOf('/') + 1), file.toUri(), () -> {
                        ScenarioRunner.Result result = ScenarioRunner.run(screener, folder, file);
                        if (result.error() != null) {
                            throw result.error();
                        }
                        exercised.put(name, result.fired());
                        if (!result.passed()) {
                            throw new AssertionError(result.outcome().report());
                        }
                    }));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        byTopic.forEach((topic, tests) -> nodes.addAll(topic.isEmpty() ? tests
                : List.of(DynamicContainer.dynamicContainer(topic, tests))));
        nodes.add(DynamicTest.dynamicTest("every rule fires in some scenario", () -> {
            if (exercised.size() != files.size()) {
                throw new AssertionError("coverage needs every scenario to run first; ran " + exercised.size()
                        + " of " + files.size());
            }
            report.println("Rules exercised by each scenario (" + folder + "):");
            exercised.forEach((name, fired) -> report.println("  " + name + ": " + fired));
            List<String> dead = ScenarioRunner.unfired(coverage.rules(screener), exercised.values()).stream()
                    .map(RuleDescription::ruleId).toList();
            if (!dead.isEmpty()) {
                throw new AssertionError("rules that fired in no scenario: " + dead + " (add a scenario for each; "
                        + "counting " + coverage + ")");
            }
        }));
        return nodes.stream();
    }
}
