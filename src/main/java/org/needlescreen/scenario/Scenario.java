package org.needlescreen.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.needlescreen.Decision;
import org.needlescreen.MissingAnswer;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.InvalidProfileException;

/**
 * One scenario file: a profile and what screening it must give.
 *
 * <pre>{@code
 * {
 *   "description": "Severe acne is not suitable until controlled",
 *   "profile": { "screenedOn": "2026-11-21", "acne": "SEVERE", ... },
 *   "expect": {
 *     "decision": "NOT_SUITABLE",
 *     "fires": ["ACNE-ACTIVE"],            // each must fire (finding or question rule)
 *     "doesNotFire": ["ACNE-MILD"],        // optional: none may fire
 *     "missingAnswers": ["diabetes"],      // optional: exactly these unknown fields
 *     "rescreenOn": "2026-12-05"           // optional: the result's re-screen date
 *   }
 * }
 * }</pre>
 *
 * The profile must set {@code screenedOn}, so a scenario gives the same result on any day.
 *
 * <p>Immutable, with value equality. Read a file with {@link #read(Path, String)}, or build a
 * scenario in code with {@link #builder()}.
 */
public final class Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("description", "profile", "expect");
    private static final Set<String> EXPECT = Set.of("decision", "fires", "doesNotFire", "missingAnswers", "rescreenOn");

    private final String name;
    private final String description;
    private final ClientProfile profile;
    private final Decision decision;
    private final List<String> fires;
    private final List<String> doesNotFire;
    private final List<String> missingAnswers;
    private final LocalDate rescreenOn;

    private Scenario(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.description = b.description;
        this.profile = Objects.requireNonNull(b.profile, "profile");
        this.decision = Objects.requireNonNull(b.decision, "decision");
        this.fires = List.copyOf(Objects.requireNonNull(b.fires, "fires"));
        this.doesNotFire = List.copyOf(Objects.requireNonNull(b.doesNotFire, "doesNotFire"));
        this.missingAnswers = b.missingAnswers == null ? null : List.copyOf(b.missingAnswers);
        this.rescreenOn = b.rescreenOn;
    }

    /**
     * A builder for a scenario: an empty description, no rule ids, no missing-answer or re-screen
     * expectation, unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The scenario's name.
     *
     * @return the file's path relative to the scenario folder, without {@code .json}
     */
    public String name() {
        return name;
    }

    /**
     * What the scenario shows.
     *
     * @return what the scenario shows; empty when the file gives no description
     */
    public String description() {
        return description;
    }

    /**
     * The client profile.
     *
     * @return the profile to screen
     */
    public ClientProfile profile() {
        return profile;
    }

    /**
     * The expected decision.
     *
     * @return the decision the screening must give
     */
    public Decision decision() {
        return decision;
    }

    /**
     * Rule ids that must fire.
     *
     * @return the rule ids (immutable)
     */
    public List<String> fires() {
        return fires;
    }

    /**
     * Rule ids that must not fire.
     *
     * @return the rule ids (immutable)
     */
    public List<String> doesNotFire() {
        return doesNotFire;
    }

    /**
     * The fields that must be reported unknown.
     *
     * @return when not {@code null}, exactly the fields that must be reported unknown (immutable)
     */
    public List<String> missingAnswers() {
        return missingAnswers;
    }

    /**
     * The expected re-screen date.
     *
     * @return when not {@code null}, the expected re-screen date
     */
    public LocalDate rescreenOn() {
        return rescreenOn;
    }

    /**
     * Reads a scenario file.
     *
     * @param file the scenario file (JSON)
     * @param name the scenario's name (the file's path relative to the scenario folder, without
     *             {@code .json}), used in error messages
     * @return the scenario the file holds
     * @throws ScenarioException naming the file and what is wrong with it
     */
    public static Scenario read(Path file, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(name, "not readable JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(name, "must hold a JSON object with description, profile and expect");
        }
        unknownKeys(name, root, TOP, "");
        JsonNode expect = root.path("expect");
        if (!expect.isObject()) {
            throw new ScenarioException(name, "missing \"expect\" object");
        }
        unknownKeys(name, expect, EXPECT, "expect.");
        ClientProfile profile;
        try {
            profile = ProfileJson.read(root.path("profile").toString());
        } catch (InvalidProfileException e) {
            throw new ScenarioException(name, "invalid profile: " + e.getMessage());
        }
        if (profile.screenedOn() == null) {
            throw new ScenarioException(name, "the profile must set screenedOn, so the scenario does not depend on the day it runs");
        }
        Decision decision;
        try {
            decision = Decision.valueOf(expect.path("decision").asText(""));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(name, "expect.decision must be one of " + List.of(Decision.values()));
        }
        LocalDate rescreenOn = null;
        if (expect.hasNonNull("rescreenOn")) {
            try {
                rescreenOn = LocalDate.parse(expect.get("rescreenOn").asText());
            } catch (DateTimeParseException e) {
                throw new ScenarioException(name, "expect.rescreenOn must be an ISO date");
            }
        }
        return builder().name(name).description(root.path("description").asText("")).profile(profile)
                .decision(decision).fires(strings(name, expect, "fires"))
                .doesNotFire(strings(name, expect, "doesNotFire"))
                .missingAnswers(expect.has("missingAnswers") ? strings(name, expect, "missingAnswers") : null)
                .rescreenOn(rescreenOn).build();
    }

    private static void unknownKeys(String name, JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new ScenarioException(name, "unknown key \"" + prefix + key + "\" (known: " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static List<String> strings(String name, JsonNode expect, String key) {
        JsonNode n = expect.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ScenarioException(name, "expect." + key + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    /**
     * Screens the profile and compares the result with the expectations.
     *
     * @param screener the screener to screen the profile with
     * @return what happened, with every mismatch described
     */
    public Outcome run(Screener screener) {
        ScreeningResult result = screener.screen(profile);
        List<String> fired = result.firedRuleIds();
        List<String> failures = new ArrayList<>();
        if (result.decision() != decision) {
            failures.add("decision " + result.decision() + ", expected " + decision);
        }
        for (String id : fires) {
            if (!fired.contains(id)) {
                failures.add(id + " did not fire");
            }
        }
        for (String id : doesNotFire) {
            if (fired.contains(id)) {
                failures.add(id + " fired but must not");
            }
        }
        if (missingAnswers != null) {
            List<String> missing = result.missingAnswers().stream().map(MissingAnswer::field).sorted().toList();
            if (!missing.equals(missingAnswers.stream().sorted().toList())) {
                failures.add("missing answers " + missing + ", expected " + missingAnswers.stream().sorted().toList());
            }
        }
        if (rescreenOn != null && !result.rescreenOn().equals(java.util.Optional.of(rescreenOn))) {
            failures.add("re-screen date " + result.rescreenOn().map(LocalDate::toString).orElse("none") + ", expected " + rescreenOn);
        }
        return Outcome.builder().scenario(this).result(result).fired(fired).failures(failures).build();
    }

    /**
     * Value equality: the same name, description, profile and expectations.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is an equal scenario
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Scenario s && name.equals(s.name) && Objects.equals(description, s.description)
                && profile.equals(s.profile) && decision == s.decision && fires.equals(s.fires)
                && doesNotFire.equals(s.doesNotFire) && Objects.equals(missingAnswers, s.missingAnswers)
                && Objects.equals(rescreenOn, s.rescreenOn);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, description, profile, decision, fires, doesNotFire, missingAnswers, rescreenOn);
    }

    /**
     * The scenario's name (its file) only: the profile and the expected dates stay out of logs,
     * like any profile's.
     *
     * @return {@code Scenario[name; values redacted]}
     */
    @Override
    public String toString() {
        return "Scenario[" + name + "; values redacted]";
    }

    /** Builds a {@link Scenario}; not thread-safe. */
    public static final class Builder {

        private String name;
        private String description = "";
        private ClientProfile profile;
        private Decision decision;
        private List<String> fires = List.of();
        private List<String> doesNotFire = List.of();
        private List<String> missingAnswers;
        private LocalDate rescreenOn;

        private Builder() {
        }

        /**
         * Sets the name (required).
         *
         * @param name the file's path relative to the scenario folder, without {@code .json}
         * @return this builder
         * @throws NullPointerException when {@code name} is {@code null}
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the description (empty unless set).
         *
         * @param description what the scenario shows
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the profile (required).
         *
         * @param profile the client profile
         * @return this builder
         * @throws NullPointerException when {@code profile} is {@code null}
         */
        public Builder profile(ClientProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Sets the expected decision (required).
         *
         * @param decision the expected decision
         * @return this builder
         * @throws NullPointerException when {@code decision} is {@code null}
         */
        public Builder decision(Decision decision) {
            this.decision = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * Sets the rule ids that must fire (empty unless set); the list is copied.
         *
         * @param fires rule ids that must fire
         * @return this builder
         * @throws NullPointerException when {@code fires} is {@code null}, or holds {@code null}
         */
        public Builder fires(List<String> fires) {
            this.fires = List.copyOf(Objects.requireNonNull(fires, "fires"));
            return this;
        }

        /**
         * Sets the rule ids that must not fire (empty unless set); the list is copied.
         *
         * @param doesNotFire rule ids that must not fire
         * @return this builder
         * @throws NullPointerException when {@code doesNotFire} is {@code null}, or holds {@code null}
         */
        public Builder doesNotFire(List<String> doesNotFire) {
            this.doesNotFire = List.copyOf(Objects.requireNonNull(doesNotFire, "doesNotFire"));
            return this;
        }

        /**
         * Sets the fields that must be reported unknown ({@code null}, not checked, unless set);
         * the list is copied on {@link #build()}.
         *
         * @param missingAnswers when not {@code null}, exactly the fields that must be reported unknown
         * @return this builder
         */
        public Builder missingAnswers(List<String> missingAnswers) {
            this.missingAnswers = missingAnswers;
            return this;
        }

        /**
         * Sets the expected re-screen date ({@code null}, not checked, unless set).
         *
         * @param rescreenOn when not {@code null}, the expected re-screen date
         * @return this builder
         */
        public Builder rescreenOn(LocalDate rescreenOn) {
            this.rescreenOn = rescreenOn;
            return this;
        }

        /**
         * Builds the scenario.
         *
         * @return a new immutable scenario
         * @throws NullPointerException when the name, the profile or the decision was not set, or the
         *                              missing answers hold {@code null}
         */
        public Scenario build() {
            return new Scenario(this);
        }
    }

    /**
     * The outcome of running a scenario. Immutable, with value equality; {@link Scenario#run}
     * gives it, {@link #builder()} builds one.
     */
    public static final class Outcome {

        private final Scenario scenario;
        private final ScreeningResult result;
        private final List<String> fired;
        private final List<String> failures;

        private Outcome(Outcome.Builder b) {
            this.scenario = b.scenario;
            this.result = b.result;
            this.fired = List.copyOf(Objects.requireNonNull(b.fired, "fired"));
            this.failures = List.copyOf(Objects.requireNonNull(b.failures, "failures"));
        }

        /**
         * A builder for an outcome: no fired rules and no failures unless set.
         *
         * @return a new builder
         */
        public static Outcome.Builder builder() {
            return new Outcome.Builder();
        }

        /**
         * The scenario.
         *
         * @return the scenario that ran
         */
        public Scenario scenario() {
            return scenario;
        }

        /**
         * The screening result.
         *
         * @return what screening the scenario's profile gave
         */
        public ScreeningResult result() {
            return result;
        }

        /**
         * The rule ids that fired.
         *
         * @return the rule ids that fired (immutable)
         */
        public List<String> fired() {
            return fired;
        }

        /**
         * Every mismatch.
         *
         * @return every mismatch, empty when the scenario passed (immutable)
         */
        public List<String> failures() {
            return failures;
        }

        /**
         * Whether every expectation held.
         *
         * @return {@code true} when there is no mismatch
         */
        public boolean passed() {
            return failures.isEmpty();
        }

        /**
         * Value equality: the same scenario, result, fired rules and failures.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal outcome
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Outcome x && Objects.equals(scenario, x.scenario)
                    && Objects.equals(result, x.result) && fired.equals(x.fired) && failures.equals(x.failures);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(scenario, result, fired, failures);
        }

        /**
         * The scenario's name and counts; {@link #report()} says what failed.
         *
         * @return {@code Scenario.Outcome[name, n fired, m failures]}
         */
        @Override
        public String toString() {
            return "Scenario.Outcome[" + scenario.name() + ", " + fired.size() + " fired, " + failures.size()
                    + " failures]";
        }

        /**
         * Why the scenario failed, one mismatch per line, with the findings for context.
         *
         * @return the scenario's name, its mismatches, the rule ids that fired and the findings
         */
        public String report() {
            return scenario.name() + ": " + String.join("; ", failures) + "\n  fired: " + fired + "\n  findings: "
                    + result.findings().stream().map(f -> f.ruleId() + " " + f.decision()).toList();
        }

        /** Builds an {@link Outcome}; not thread-safe. */
        public static final class Builder {

            private Scenario scenario;
            private ScreeningResult result;
            private List<String> fired = List.of();
            private List<String> failures = List.of();

            private Builder() {
            }

            /**
             * Sets the scenario.
             *
             * @param scenario the scenario
             * @return this builder
             */
            public Outcome.Builder scenario(Scenario scenario) {
                this.scenario = scenario;
                return this;
            }

            /**
             * Sets the screening result.
             *
             * @param result the screening result
             * @return this builder
             */
            public Outcome.Builder result(ScreeningResult result) {
                this.result = result;
                return this;
            }

            /**
             * Sets the rule ids that fired (empty unless set); the list is copied.
             *
             * @param fired the rule ids that fired
             * @return this builder
             * @throws NullPointerException when {@code fired} is {@code null}, or holds {@code null}
             */
            public Outcome.Builder fired(List<String> fired) {
                this.fired = List.copyOf(Objects.requireNonNull(fired, "fired"));
                return this;
            }

            /**
             * Sets the mismatches (empty unless set); the list is copied.
             *
             * @param failures every mismatch, empty when the scenario passed
             * @return this builder
             * @throws NullPointerException when {@code failures} is {@code null}, or holds {@code null}
             */
            public Outcome.Builder failures(List<String> failures) {
                this.failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
                return this;
            }

            /**
             * Builds the outcome.
             *
             * @return a new immutable outcome
             */
            public Outcome build() {
                return new Outcome(this);
            }
        }
    }
}
