package org.needlescreen.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.needlescreen.RuleDescription;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningException;

/**
 * Runs a folder of scenario files against a screener and reports what passed, what failed and
 * which rules fired in no scenario. Needs jackson-databind (to read the files) but not JUnit:
 * the command line's {@code test} uses it directly; {@link org.needlescreen.scenario.junit.ScenarioTests} turns the same run into
 * JUnit 5 dynamic tests.
 *
 * <pre>{@code
 * ScenarioRunner.Report report = ScenarioRunner.run(screener, Path.of("clinic/scenarios"),
 *         Coverage.rulesFrom(Path.of("clinic")));
 * report.results().forEach(r -> System.out.println(r.passed() ? "PASS " + r.name() : "FAIL " + r.name() + ": " + r.failure()));
 * report.unfired().forEach(rule -> System.out.println("UNFIRED " + rule.ruleId()));
 * }</pre>
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * One scenario file's run.
     *
     * @param name    the file's path relative to the scenario folder, without {@code .json}
     *                ({@code topic/case})
     * @param outcome the comparison of the screening with the expectations; {@code null} when the
     *                file could not be read or screening failed
     * @param error   why there is no outcome: a {@link ScenarioException} (an invalid file), a
     *                {@link ScreeningException} (a rule failed: an internal failure) or another
     *                exception the screening threw; {@code null} when there is an outcome
     */
    public record Result(String name, Scenario.Outcome outcome, RuntimeException error) {
        /**
         * A result, with either an outcome or an error.
         *
         * @param name    the file's path relative to the scenario folder, without {@code .json}
         *                ({@code topic/case})
         * @param outcome the comparison of the screening with the expectations; {@code null} when the
         *                file could not be read or screening failed
         * @param error   why there is no outcome; {@code null} when there is an outcome
         * @throws IllegalArgumentException when both or neither of {@code outcome} and {@code error}
         *                                  are given
         */
        public Result {
            Objects.requireNonNull(name, "name");
            if ((outcome == null) == (error == null)) {
                throw new IllegalArgumentException("a result has either an outcome or an error");
            }
        }

        /** The scenario's name and whether it passed only: never its profile's values. */
        @Override
        public String toString() {
            return "Result[" + name + (error != null ? ", error" : ", " + outcome.failures().size() + " failures") + "]";
        }

        /**
         * Whether the scenario ran and every expectation held.
         *
         * @return {@code true} when there is an outcome and it passed
         */
        public boolean passed() {
            return outcome != null && outcome.passed();
        }

        /**
         * Whether screening failed internally (a rule that throws or reports nothing): no result.
         *
         * @return {@code true} when the error is anything but a {@link ScenarioException}
         */
        public boolean internalFailure() {
            return error != null && !(error instanceof ScenarioException);
        }

        /**
         * The rule ids that fired (empty when the scenario did not run).
         *
         * @return the fired rule ids, or an empty list when there is no outcome
         */
        public List<String> fired() {
            return outcome == null ? List.of() : outcome.fired();
        }

        /**
         * What went wrong, on one line: every mismatch, then the findings' rule ids and how many
         * questions were asked; or why the file could not be run; empty when the scenario passed.
         *
         * @return the failure on one line, or the empty string when the scenario passed
         */
        public String failure() {
            if (error instanceof ScenarioException e) {
                String m = e.getMessage();
                return m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m;
            }
            if (error instanceof ScreeningException e) {
                return "screening failed, no result (" + (e.ruleId() == null ? "no rule identified" : "rule " + e.ruleId())
                        + "): " + e.getMessage();
            }
            if (error != null) {
                return "screening failed, no result (" + error.getClass().getName() + ")";
            }
            if (outcome.passed()) {
                return "";
            }
            List<String> findings = outcome.result().findings().stream().map(f -> f.ruleId()).toList();
            int questions = outcome.result().missingAnswers().size();
            return String.join("; ", outcome.failures()) + " (findings: "
                    + (findings.isEmpty() ? "none" : String.join(", ", findings)) + "; "
                    + (questions == 0 ? "no question" : questions == 1 ? "1 question" : questions + " questions")
                    + " asked)";
        }
    }

    /**
     * A folder's run.
     *
     * @param folder   the scenario folder
     * @param results  one per scenario file, by name
     * @param coverage what the coverage check counted
     * @param counted  the rules the coverage check counted
     * @param unfired  the counted rules that fired in no scenario
     */
    public record Report(Path folder, List<Result> results, Coverage coverage, List<RuleDescription> counted,
                         List<RuleDescription> unfired) {
        /**
         * A report; the lists are copied.
         *
         * @param folder   the scenario folder
         * @param results  one per scenario file, by name
         * @param coverage what the coverage check counted
         * @param counted  the rules the coverage check counted
         * @param unfired  the counted rules that fired in no scenario
         */
        public Report {
            results = List.copyOf(results);
            counted = List.copyOf(counted);
            unfired = List.copyOf(unfired);
        }

        /** Counts only: a scenario's profile values never reach logs through toString. */
        @Override
        public String toString() {
            return "Report[" + results.size() + " scenarios, " + counted.size() + " rules counted, "
                    + unfired.size() + " unfired]";
        }

        /**
         * The scenarios that did not pass.
         *
         * @return the results that did not pass, in the order of {@link #results()}
         */
        public List<Result> failed() {
            return results.stream().filter(r -> !r.passed()).toList();
        }

        /**
         * Whether every scenario passed and every counted rule fired in one.
         *
         * @return {@code true} when there is at least one scenario, none failed and no counted rule
         *         is unfired
         */
        public boolean passed() {
            return !results.isEmpty() && failed().isEmpty() && unfired.isEmpty();
        }
    }

    /**
     * Runs every scenario below {@code folder}; every loaded rule must fire in one.
     *
     * @param screener the screener the scenarios run against
     * @param folder   the scenario folder
     * @return the folder's report
     * @throws IllegalStateException when the folder does not exist or holds no scenario (a lost
     *                               folder must not pass)
     */
    public static Report run(Screener screener, Path folder) {
        return run(screener, folder, Coverage.allRules());
    }

    /**
     * Runs every {@code *.json} file below {@code folder}, in name order, and checks that every rule
     * {@code coverage} counts fired in some scenario.
     *
     * @param screener the screener the scenarios run against
     * @param folder   the scenario folder
     * @param coverage which rules must fire in some scenario
     * @return the folder's report
     * @throws IllegalStateException when the folder does not exist or holds no scenario (a lost
     *                               folder must not pass)
     */
    public static Report run(Screener screener, Path folder, Coverage coverage) {
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            throw new IllegalStateException("no scenario files (*.json) below " + folder);
        }
        List<Result> results = new ArrayList<>();
        for (Path file : files) {
            results.add(run(screener, folder, file));
        }
        List<RuleDescription> counted = coverage.rules(screener);
        return new Report(folder, results, coverage, counted,
                unfired(counted, results.stream().map(Result::fired).toList()));
    }

    /**
     * Runs one scenario file; never throws for an invalid file or a failed screening.
     *
     * @param screener the screener the scenario runs against
     * @param folder   the scenario folder, which the scenario's name is relative to
     * @param file     the scenario file
     * @return the file's result: its outcome, or the error that kept it from running
     */
    public static Result run(Screener screener, Path folder, Path file) {
        String name = name(folder, file);
        try {
            return new Result(name, Scenario.read(file, name).run(screener), null);
        } catch (RuntimeException e) {
            return new Result(name, null, e);
        }
    }

    /**
     * The rules among {@code counted} whose id is in none of the {@code fired} lists.
     *
     * @param counted the rules that must fire
     * @param fired   the rule ids that fired, one list per scenario
     * @return the counted rules that fired in no scenario, in {@code counted}'s order
     */
    public static List<RuleDescription> unfired(List<RuleDescription> counted, Collection<List<String>> fired) {
        Set<String> all = new TreeSet<>();
        fired.forEach(all::addAll);
        return counted.stream().filter(r -> !all.contains(r.ruleId())).toList();
    }

    /**
     * The scenario files below {@code folder}: every regular {@code *.json} file, sorted by name.
     *
     * @param folder the scenario folder
     * @return the scenario files, sorted by scenario name (empty when there is none)
     * @throws IllegalStateException when the folder does not exist
     */
    public static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("scenario folder " + folder + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> name(folder, p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A scenario's name: its path relative to the folder, {@code /}-separated, without {@code .json}.
     *
     * @param folder the scenario folder
     * @param file   a scenario file below {@code folder}
     * @return the scenario's name ({@code topic/case})
     */
    public static String name(Path folder, Path file) {
        String rel = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return rel.endsWith(".json") ? rel.substring(0, rel.length() - ".json".length()) : rel;
    }
}
