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
 * @param name             the file's path relative to the scenario folder, without {@code .json}
 * @param description      what the scenario shows
 * @param profile          the client profile
 * @param decision         the expected decision
 * @param fires            rule ids that must fire
 * @param doesNotFire      rule ids that must not fire
 * @param missingAnswers   when not {@code null}, exactly the fields that must be reported unknown
 * @param rescreenOn       when not {@code null}, the expected re-screen date
 */
public record Scenario(String name, String description, ClientProfile profile, Decision decision, List<String> fires,
                       List<String> doesNotFire, List<String> missingAnswers, LocalDate rescreenOn) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("description", "profile", "expect");
    private static final Set<String> EXPECT = Set.of("decision", "fires", "doesNotFire", "missingAnswers", "rescreenOn");

    /**
     * A scenario; the lists are copied.
     *
     * @param name             the file's path relative to the scenario folder, without {@code .json}
     * @param description      what the scenario shows
     * @param profile          the client profile
     * @param decision         the expected decision
     * @param fires            rule ids that must fire
     * @param doesNotFire      rule ids that must not fire
     * @param missingAnswers   when not {@code null}, exactly the fields that must be reported unknown
     * @param rescreenOn       when not {@code null}, the expected re-screen date
     * @throws NullPointerException when {@code name}, {@code profile}, {@code decision}, {@code fires}
     *                              or {@code doesNotFire} is {@code null}, or a list holds {@code null}
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(decision, "decision");
        fires = List.copyOf(fires);
        doesNotFire = List.copyOf(doesNotFire);
        missingAnswers = missingAnswers == null ? null : List.copyOf(missingAnswers);
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
        return new Scenario(name, root.path("description").asText(""), profile, decision,
                strings(name, expect, "fires"), strings(name, expect, "doesNotFire"),
                expect.has("missingAnswers") ? strings(name, expect, "missingAnswers") : null, rescreenOn);
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
        return new Outcome(this, result, fired, failures);
    }

    /**
     * The scenario's name (its file) only: the profile and the expected dates stay out of logs,
     * like any profile's.
     */
    @Override
    public String toString() {
        return "Scenario[" + name + "; values redacted]";
    }

    /**
     * The outcome of running a scenario.
     *
     * @param scenario the scenario
     * @param result   the screening result
     * @param fired    the rule ids that fired
     * @param failures every mismatch, empty when the scenario passed
     */
    public record Outcome(Scenario scenario, ScreeningResult result, List<String> fired, List<String> failures) {
        /**
         * An outcome; the lists are copied.
         *
         * @param scenario the scenario
         * @param result   the screening result
         * @param fired    the rule ids that fired
         * @param failures every mismatch, empty when the scenario passed
         */
        public Outcome {
            fired = List.copyOf(fired);
            failures = List.copyOf(failures);
        }

        /**
         * Whether every expectation held.
         *
         * @return {@code true} when there is no mismatch
         */
        public boolean passed() {
            return failures.isEmpty();
        }

        /** The scenario's name and counts; {@link #report()} says what failed. */
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
    }
}
