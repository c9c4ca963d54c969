package org.needlescreen.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.needlescreen.RuleDescription;
import org.needlescreen.Screener;

/**
 * Turns a folder of scenario files into JUnit 5 dynamic tests: one container per sub-folder
 * (topic), one test per file named after the file, and a last test that fails when any loaded
 * rule fired in no scenario (a dead rule is a silent fail-open) and prints which rules each
 * scenario exercised.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     Screener screener = Screener.builder().addRules(Path.of("clinic-rules")).build();
 *     return ScenarioTests.of(screener, Path.of("src/test/resources/clinic-scenarios"));
 * }
 * }</pre>
 */
public final class ScenarioTests {

    private ScenarioTests() {
    }

    /**
     * The dynamic tests for every {@code *.json} file below {@code folder}.
     *
     * @throws IllegalStateException when the folder holds no scenario (a lost folder must not pass)
     */
    public static Stream<DynamicNode> of(Screener screener, Path folder) {
        return of(screener, folder, System.out);
    }

    static Stream<DynamicNode> of(Screener screener, Path folder, PrintStream report) {
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            throw new IllegalStateException("no scenario files (*.json) below " + folder);
        }
        Map<String, List<String>> exercised = Collections.synchronizedMap(new TreeMap<>());
        Map<String, List<DynamicNode>> byTopic = new LinkedHashMap<>();
        for (Path file : files) {
            String name = name(folder, file);
            String topic = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
            byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(DynamicTest.dynamicTest(
                    name.substring(name.lastIndexOf('/') + 1), file.toUri(), () -> {
                        Scenario.Outcome outcome = Scenario.read(file, name).run(screener);
                        exercised.put(name, outcome.fired());
                        if (!outcome.passed()) {
                            throw new AssertionError(outcome.report());
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
            Set<String> fired = new TreeSet<>();
            exercised.values().forEach(fired::addAll);
            List<String> dead = screener.rules().stream().map(RuleDescription::ruleId).filter(id -> !fired.contains(id)).toList();
            if (!dead.isEmpty()) {
                throw new AssertionError("rules that fired in no scenario: " + dead + " (add a scenario for each)");
            }
        }));
        return nodes.stream();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("scenario folder " + folder + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(java.util.Comparator.comparing(p -> name(folder, p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path folder, Path file) {
        String rel = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return rel.substring(0, rel.length() - ".json".length());
    }
}
