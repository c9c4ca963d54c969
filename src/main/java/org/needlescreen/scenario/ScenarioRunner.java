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
     * One scenario file's run: either an outcome or the error that kept the file from running.
     * Immutable, with value equality; built with {@link #ran(String, Scenario.Outcome)} or
     * {@link #failed(String, RuntimeException)}.
     */
    public static final class Result {

        private final String name;
        private final Scenario.Outcome outcome;
        private final RuntimeException error;

        private Result(String name, Scenario.Outcome outcome, RuntimeException error) {
            this.name = Objects.requireNonNull(name, "name");
            if ((outcome == null) == (error == null)) {
                throw new IllegalArgumentException("a result has either an outcome or an error");
            }
            this.outcome = outcome;
            this.error = error;
        }

        /**
         * The result of a scenario that ran.
         *
         * @param name    the file's path relative to the scenario folder, without {@code .json}
         *                ({@code topic/case})
         * @param outcome the comparison of the screening with the expectations
         * @return the result
         * @throws NullPointerException     when {@code name} is {@code null}
         * @throws IllegalArgumentException when {@code outcome} is {@code null}
         */
        public static Result ran(String name, Scenario.Outcome outcome) {
            return new Result(name, outcome, null);
        }

        /**
         * The result of a scenario file that could not be read, or whose screening failed.
         *
         * @param name  the file's path relative to the scenario folder, without {@code .json}
         *              ({@code topic/case})
         * @param error why there is no outcome: a {@link ScenarioException} (an invalid file), a
         *              {@link ScreeningException} (a rule failed: an internal failure) or another
         *              exception the screening threw
         * @return the result
         * @throws NullPointerException     when {@code name} is {@code null}
         * @throws IllegalArgumentException when {@code error} is {@code null}
         */
        public static Result failed(String name, RuntimeException error) {
            return new Result(name, null, error);
        }

        /**
         * The scenario's name.
         *
         * @return the file's path relative to the scenario folder, without {@code .json}
         *         ({@code topic/case})
         */
        public String name() {
            return name;
        }

        /**
         * The comparison of the screening with the expectations.
         *
         * @return the outcome; {@code null} when the file could not be read or screening failed
         */
        public Scenario.Outcome outcome() {
            return outcome;
        }

        /**
         * Why there is no outcome.
         *
         * @return a {@link ScenarioException} (an invalid file), a {@link ScreeningException} (a rule
         *         failed: an internal failure) or another exception the screening threw; {@code null}
         *         when there is an outcome
         */
        public RuntimeException error() {
            return error;
        }

        /**
         * Value equality: the same name, an equal outcome and the same error.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal result
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Result r && name.equals(r.name) && Objects.equals(outcome, r.outcome)
                    && Objects.equals(error, r.error);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(name, outcome, error);
        }

        /**
         * The scenario's name and whether it passed only: never its profile's values.
         *
         * @return {@code Result[name, n failures]} or {@code Result[name, error]}
         */
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
     * A folder's run. Immutable, with value equality; {@link ScenarioRunner#run(Screener, Path,
     * Coverage)} gives it, {@link #builder()} builds one.
     */
    public static final class Report {

        private final Path folder;
        private final List<Result> results;
        private final Coverage coverage;
        private final List<RuleDescription> counted;
        private final List<RuleDescription> unfired;

        private Report(Builder b) {
            this.folder = b.folder;
            this.results = List.copyOf(Objects.requireNonNull(b.results, "results"));
            this.coverage = b.coverage;
            this.counted = List.copyOf(Objects.requireNonNull(b.counted, "counted"));
            this.unfired = List.copyOf(Objects.requireNonNull(b.unfired, "unfired"));
        }

        /**
         * A builder for a report: no results, no counted and no unfired rules unless set.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The scenario folder.
         *
         * @return the folder that was run
         */
        public Path folder() {
            return folder;
        }

        /**
         * The scenarios' results.
         *
         * @return one per scenario file, by name (immutable)
         */
        public List<Result> results() {
            return results;
        }

        /**
         * What the coverage check counted.
         *
         * @return the coverage the run was given
         */
        public Coverage coverage() {
            return coverage;
        }

        /**
         * The rules the coverage check counted.
         *
         * @return the counted rules (immutable)
         */
        public List<RuleDescription> counted() {
            return counted;
        }

        /**
         * The counted rules that fired in no scenario.
         *
         * @return the unfired rules, in {@link #counted()}'s order (immutable)
         */
        public List<RuleDescription> unfired() {
            return unfired;
        }

        /**
         * Value equality: the same folder, results, coverage, counted and unfired rules.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal report
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Report r && Objects.equals(folder, r.folder) && results.equals(r.results)
                    && Objects.equals(coverage, r.coverage) && counted.equals(r.counted) && unfired.equals(r.unfired);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(folder, results, coverage, counted, unfired);
        }

        /**
         * Counts only: a scenario's profile values never reach logs through toString.
         *
         * @return {@code Report[n scenarios, m rules counted, k unfired]}
         */
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

        /** Builds a {@link Report}; not thread-safe. */
        public static final class Builder {

            private Path folder;
            private List<Result> results = List.of();
            private Coverage coverage;
            private List<RuleDescription> counted = List.of();
            private List<RuleDescription> unfired = List.of();

            private Builder() {
            }

            /**
             * Sets the scenario folder.
             *
             * @param folder the scenario folder
             * @return this builder
             */
            public Builder folder(Path folder) {
                this.folder = folder;
                return this;
            }

            /**
             * Sets the results (empty unless set); the list is copied.
             *
             * @param results one per scenario file, by name
             * @return this builder
             * @throws NullPointerException when {@code results} is {@code null}, or holds {@code null}
             */
            public Builder results(List<Result> results) {
                this.results = List.copyOf(Objects.requireNonNull(results, "results"));
                return this;
            }

            /**
             * Sets what the coverage check counted.
             *
             * @param coverage the coverage the run was given
             * @return this builder
             */
            public Builder coverage(Coverage coverage) {
                this.coverage = coverage;
                return this;
            }

            /**
             * Sets the counted rules (empty unless set); the list is copied.
             *
             * @param counted the rules the coverage check counted
             * @return this builder
             * @throws NullPointerException when {@code counted} is {@code null}, or holds {@code null}
             */
            public Builder counted(List<RuleDescription> counted) {
                this.counted = List.copyOf(Objects.requireNonNull(counted, "counted"));
                return this;
            }

            /**
             * Sets the unfired rules (empty unless set); the list is copied.
             *
             * @param unfired the counted rules that fired in no scenario
             * @return this builder
             * @throws NullPointerException when {@code unfired} is {@code null}, or holds {@code null}
             */
            public Builder unfired(List<RuleDescription> unfired) {
                this.unfired = List.copyOf(Objects.requireNonNull(unfired, "unfired"));
                return this;
            }

            /**
             * Builds the report.
             *
             * @return a new immutable report
             */
            public Report build() {
                return new Report(this);
            }
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
        return Report.builder().folder(folder).results(results).coverage(coverage).counted(counted)
                .unfired(unfired(counted, results.stream().map(Result::fired).toList())).build();
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
            return Result.ran(name, Scenario.read(file, name).run(screener));
        } catch (RuntimeException e) {
            return Result.failed(name, e);
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
