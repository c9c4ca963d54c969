package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.cli.MainTest.ALWAYS_CAUTION;
import static org.needlescreen.cli.MainTest.JSON;
import static org.needlescreen.cli.MainTest.SUITABLE_HOME;
import static org.needlescreen.cli.MainTest.noStackTrace;
import static org.needlescreen.cli.MainTest.piped;
import static org.needlescreen.cli.MainTest.run;
import static org.needlescreen.cli.MainTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.cli.MainTest.Run;

/** The commands a rule author uses: {@code test DIR}, {@code diff CORPUS}, and {@code validate DIR} beside the default rules. */
class AuthoringCommandsTest {

    @TempDir
    Path dir;

    /** A second clinic rule, firing only for clients over 70. */
    static final String OVER_70 = """
            package clinic;

            import org.needlescreen.model.*;

            rule "Older skin"
                @ruleId("CLINIC-AGE-OVER-70")
                @decision("REFER")
                @summary("Over 70: the clinic asks a dermatologist first.")
                @sources("Clinic policy 2026-03")
            when
                ClientProfile( age != null, age > 70 )
            then
                finding("Over 70: our clinic asks a dermatologist to see you first.");
            end
            """;

    static String scenario(String profile, String expect) {
        return "{\"description\": \"t\", \"profile\": " + profile + ", \"expect\": " + expect + "}";
    }

    static String aged(int age) {
        return SUITABLE_HOME.replace("\"age\":34", "\"age\":" + age);
    }

    Path clinic() throws IOException {
        Path rules = dir.resolve("my-clinic");
        write(rules.resolve("clinic/patch.drl"), ALWAYS_CAUTION);
        write(rules.resolve("clinic/age.drl"), OVER_70);
        return rules;
    }

    // ---- test ----

    @Test
    void testRunsTheScenariosAndCountsOnlyTheDirectorysRules() throws IOException {
        Path rules = clinic();
        write(rules.resolve("scenarios/age/over-70.json"), scenario(aged(75),
                "{\"decision\": \"REFER\", \"fires\": [\"CLINIC-AGE-OVER-70\", \"CLINIC-PATCH-TEST\"]}"));
        write(rules.resolve("scenarios/plain.json"), scenario(SUITABLE_HOME,
                "{\"decision\": \"CAUTION\", \"doesNotFire\": [\"CLINIC-AGE-OVER-70\"], \"missingAnswers\": []}"));
        Run r = run("test", rules.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("PASS age/over-70", "PASS plain",
                "2 scenarios: 2 passed, 0 failed; 2 rules in " + rules + ": 2 fired, 0 fired in no scenario"), r.lines());
        assertEquals("", r.err(), "the default rules that fired in no scenario are not the author's concern");
    }

    @Test
    void failedScenariosAndUnfiredRulesExit4() throws IOException {
        Path rules = clinic();
        write(rules.resolve("scenarios/age/seventy.json"), scenario(aged(70),
                "{\"decision\": \"REFER\", \"fires\": [\"CLINIC-AGE-OVER-70\"]}"));
        write(rules.resolve("scenarios/typo.json"), scenario(aged(70), "{\"decision\": \"CAUTION\", \"fire\": []}"));
        Run r = run("test", rules.toString());
        assertEquals(ExitCode.TESTS, r.code(), r.out() + r.err());
        assertEquals(List.of(
                "FAIL age/seventy: decision CAUTION, expected REFER; CLINIC-AGE-OVER-70 did not fire"
                        + " (findings: CLINIC-PATCH-TEST; no question asked)",
                "FAIL typo: unknown key \"expect.fire\" (known: [decision, doesNotFire, fires, missingAnswers, rescreenOn])",
                "UNFIRED CLINIC-AGE-OVER-70 at " + rules.resolve("clinic/age.drl") + ":5",
                "2 scenarios: 0 passed, 2 failed; 2 rules in " + rules + ": 1 fired, 1 fired in no scenario"), r.lines());
        assertEquals("needlescreen test: 2 scenarios failed, 1 rule of " + rules
                + " fired in no scenario (add a scenario for each)\n", r.err());
    }

    @Test
    void noScenarioAtAllExits4() throws IOException {
        Path rules = clinic();
        Run missing = run("test", rules.toString());
        assertEquals(ExitCode.TESTS, missing.code());
        assertEquals("", missing.out());
        assertTrue(missing.err().contains("no scenario folder " + rules.resolve("scenarios")), missing.err());
        Files.createDirectories(rules.resolve("scenarios/age"));
        Files.writeString(rules.resolve("scenarios/age/notes.txt"), "not a scenario");
        Run empty = run("test", rules.toString());
        assertEquals(ExitCode.TESTS, empty.code());
        assertTrue(empty.err().contains("no scenario files (*.json) below " + rules.resolve("scenarios")), empty.err());
    }

    @Test
    void rulesThatDoNotLoadExit1AndMissingDirectoriesExit2() throws IOException {
        Path rules = dir.resolve("broken");
        write(rules.resolve("clinic/patch.drl"), ALWAYS_CAUTION.replace("ClientProfile( )", "ClientProfile( age > )"));
        write(rules.resolve("scenarios/a.json"), scenario(SUITABLE_HOME, "{\"decision\": \"CAUTION\"}"));
        Run r = run("test", rules.toString());
        assertEquals(ExitCode.RULES, r.code(), r.err());
        assertTrue(r.err().contains("clinic/patch.drl:11:"), r.err());
        noStackTrace(r);
        Run missing = run("test", dir.resolve("none").toString());
        assertEquals(ExitCode.INPUT, missing.code());
        assertTrue(missing.err().contains("no such directory"), missing.err());
        Files.createDirectories(dir.resolve("empty/scenarios"));
        Run noRules = run("test", dir.resolve("empty").toString());
        assertEquals(ExitCode.RULES, noRules.code(), noRules.err());
        assertTrue(noRules.err().contains("no .drl files found in " + dir.resolve("empty")), noRules.err());
    }

    @Test
    void aRuleThatThrowsFailsItsScenarioAsAnInternalFailure() throws IOException {
        Path rules = dir.resolve("throws");
        write(rules.resolve("clinic/patch.drl"), ALWAYS_CAUTION.replace(
                "finding(\"Clinic policy: a patch test before the first session.\");",
                "finding(\"x\" + Integer.parseInt(\"boom\"));"));
        write(rules.resolve("scenarios/a.json"), scenario(SUITABLE_HOME, "{\"decision\": \"CAUTION\"}"));
        Run r = run("test", rules.toString());
        assertEquals(ExitCode.INTERNAL, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("FAIL a: screening failed, no result (rule CLINIC-PATCH-TEST)"), r.out());
        noStackTrace(r);
    }

    @Test
    void testWithRulesLeavesTheDefaultRulesOutAndSaysSo() throws IOException {
        Path rules = clinic();
        // Without the default rules nothing asks for the unknown answers: CAUTION, not INCOMPLETE.
        write(rules.resolve("scenarios/short.json"), scenario("{\"screenedOn\": \"2026-11-21\", \"age\": 80}",
                "{\"decision\": \"REFER\", \"fires\": [\"CLINIC-AGE-OVER-70\", \"CLINIC-PATCH-TEST\"], \"missingAnswers\": []}"));
        Run alone = run("test", "--rules", rules.toString(), rules.toString());
        assertEquals(0, alone.code(), alone.out() + alone.err());
        assertEquals("needlescreen test: note: the default rule set is not loaded: --rules replaces it"
                + " (use --add-rules to add to it)\n", alone.err());
        Run withDefaults = run("test", rules.toString());
        assertEquals(ExitCode.TESTS, withDefaults.code());
        assertTrue(withDefaults.out().startsWith("FAIL short: decision INCOMPLETE, expected REFER; missing answers ["),
                withDefaults.out());
    }

    // ---- diff ----

    /** Three valid profiles (34, 75, 80 with a recent peel) and an invalid line. */
    Path corpus() throws IOException {
        String peel = aged(80).replace("\"recentProcedures\":[]",
                "\"recentProcedures\":[{\"type\":\"CHEMICAL_PEEL\",\"date\":\"2026-11-10\"}]")
                .replace("\"C-7\"", "\"C-9\"");
        return write(dir.resolve("corpus.jsonl"), SUITABLE_HOME + "\n" + aged(75).replace("\"C-7\"", "\"C-8\"") + "\n"
                + "{\"acne\": \"mild\"}\n" + peel + "\n");
    }

    @Test
    void diffPrintsEachChangedProfileThenTheDecisionMatrix() throws IOException {
        Path rules = dir.resolve("my-clinic");
        write(rules.resolve("clinic/age.drl"), OVER_70);
        Path policy = write(dir.resolve("peel.json"), "{\"washout.CHEMICAL_PEEL.days\": 30}");
        Run r = run("diff", corpus().toString(), "--to-add-rules", rules.toString(), "--to-policy", policy.toString());
        assertEquals(ExitCode.INPUT, r.code(), "an invalid line is reported, counted and exits 2: " + r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).matches("from: needlescreen-default \\S+ \\(\\d+ rules, fingerprint [0-9a-f]{12}\\)"),
                lines.get(0));
        assertTrue(lines.get(1).matches("to:   needlescreen-default\\+my-clinic \\S+ \\(\\d+ rules, fingerprint [0-9a-f]{12}\\)"),
                lines.get(1));
        assertEquals(List.of(
                "line 2 (C-8): SUITABLE -> REFER; added CLINIC-AGE-OVER-70",
                "line 3: invalid: Invalid value for 'acne': \"mild\" (one of NONE, MILD, MODERATE, SEVERE in upper case,"
                        + " or null or absent when unknown; did you mean \"MILD\"?)",
                "line 4 (C-9): NOT_SUITABLE -> NOT_SUITABLE; added CLINIC-AGE-OVER-70; re-screen 2026-11-24 -> 2026-12-10",
                "",
                "4 lines: 3 screened, 2 changed, 1 invalid, 0 internal failures",
                "Decisions, from (rows) to (columns):",
                "from \\ to          SUITABLE  CAUTION  PROFESSIONAL_ONLY  REFER  INCOMPLETE  NOT_SUITABLE",
                "SUITABLE                  1        0                  0      1           0             0",
                "CAUTION                   0        0                  0      0           0             0",
                "PROFESSIONAL_ONLY         0        0                  0      0           0             0",
                "REFER                     0        0                  0      0           0             0",
                "INCOMPLETE                0        0                  0      0           0             0",
                "NOT_SUITABLE              0        0                  0      0           0             1"),
                lines.subList(2, lines.size()));
        assertEquals("needlescreen diff: 1 of 4 lines invalid (line 3); see the report\n", r.err());
    }

    @Test
    void diffAsJson() throws IOException {
        Path rules = dir.resolve("my-clinic");
        write(rules.resolve("clinic/patch.drl"), ALWAYS_CAUTION);
        Path fromPolicy = write(dir.resolve("peel.json"), "{\"washout.CHEMICAL_PEEL.days\": 30}");
        Run r = run("diff", "--format", "json", corpus().toString(), "--from-policy", fromPolicy.toString(),
                "--to-add-rules", rules.toString());
        assertEquals(ExitCode.INPUT, r.code(), r.err());
        JsonNode n = r.json();
        assertEquals("needlescreen-default", n.get("from").get("name").asText());
        assertEquals(64, n.get("to").get("fingerprint").asText().length());
        assertEquals(4, n.get("lines").asInt());
        assertEquals(3, n.get("screened").asInt());
        assertEquals(3, n.get("changed").asInt());
        JsonNode first = n.get("changes").get(0);
        assertEquals(1, first.get("line").asInt());
        assertEquals("C-7", first.get("clientRef").asText());
        assertEquals("SUITABLE", first.get("from").get("decision").asText());
        assertEquals("CAUTION", first.get("to").get("decision").asText());
        assertEquals("[\"CLINIC-PATCH-TEST\"]", first.get("added").toString());
        assertEquals("[]", first.get("removed").toString());
        JsonNode peel = n.get("changes").get(2);
        assertEquals("2026-12-10", peel.get("from").get("rescreenOn").asText());
        assertEquals("2026-11-24", peel.get("to").get("rescreenOn").asText());
        assertEquals(3, n.get("invalid").get(0).get("line").asInt());
        assertEquals("acne", n.get("invalid").get(0).get("field").asText());
        assertEquals(0, n.get("internal").size());
        assertEquals(2, n.get("matrix").get("SUITABLE").get("CAUTION").asInt());
        assertEquals(1, n.get("matrix").get("NOT_SUITABLE").get("NOT_SUITABLE").asInt());
        assertEquals(6, n.get("matrix").size());
        assertTrue(r.out().startsWith("{\n  \"from\": {\n"), r.out());
    }

    @Test
    void diffWithoutChangesFromStandardInputExits0() {
        Run r = piped(SUITABLE_HOME + "\n" + SUITABLE_HOME + "\n", "diff", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n2 lines: 2 screened, 0 changed, 0 invalid, 0 internal failures\n"), r.out());
        assertTrue(r.err().contains("'from' and 'to' have the same rules and policy"), r.err());
    }

    @Test
    void diffTakesSideOptionsOnly() throws IOException {
        Path rules = dir.resolve("my-clinic");
        write(rules.resolve("clinic/patch.drl"), ALWAYS_CAUTION);
        Run common = run("diff", corpus().toString(), "--add-rules", rules.toString());
        assertEquals(ExitCode.INPUT, common.code());
        assertTrue(common.err().contains("use --from-rules"), common.err());
        Run replaced = piped(SUITABLE_HOME, "diff", "-", "--to-rules", rules.toString());
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.err().contains("note: the 'to' rules do not include the default rule set"), replaced.err());
        assertTrue(replaced.out().contains("line 1 (C-7): SUITABLE -> CAUTION; added CLINIC-PATCH-TEST\n"), replaced.out());
        Run missing = run("diff", dir.resolve("none.jsonl").toString());
        assertEquals(ExitCode.INPUT, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void diffReportsASideThatFailsToLoadOrToScreen() throws IOException {
        Path broken = dir.resolve("broken");
        write(broken.resolve("clinic/patch.drl"), ALWAYS_CAUTION.replace("ClientProfile( )", "ClientProfile( age > )"));
        Run r = piped(SUITABLE_HOME, "diff", "-", "--to-add-rules", broken.toString());
        assertEquals(ExitCode.RULES, r.code(), r.err());
        assertTrue(r.err().contains("the 'to' rule set failed to load") && r.err().contains(broken.resolve("clinic/patch.drl")
                + ":11:"), r.err());
        Path throwing = dir.resolve("throws");
        write(throwing.resolve("clinic/patch.drl"), ALWAYS_CAUTION.replace(
                "finding(\"Clinic policy: a patch test before the first session.\");",
                "finding(\"x\" + Integer.parseInt(\"boom\"));"));
        Run internal = piped(SUITABLE_HOME, "diff", "-", "--from-add-rules", throwing.toString());
        assertEquals(ExitCode.INTERNAL, internal.code(), internal.err());
        assertTrue(internal.out().contains("line 1 (C-7): with the 'from' rules: internal failure (rule CLINIC-PATCH-TEST),"
                + " no result for this line\n"), internal.out());
        assertTrue(internal.out().contains("1 line: 0 screened, 0 changed, 0 invalid, 1 internal failure\n"), internal.out());
        noStackTrace(internal);
    }

    // ---- validate beside the default rules ----

    @Test
    void validateReportsAClashWithADefaultRuleAtTheAuthorsFile() throws IOException {
        Path rules = dir.resolve("my-clinic");
        Path file = write(rules.resolve("clinic/age.drl"), OVER_70.replace("CLINIC-AGE-OVER-70", "ACNE-MILD"));
        Run r = run("validate", rules.toString());
        assertEquals(ExitCode.RULES, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("\\Q" + file + ":5: duplicate @ruleId(\"ACNE-MILD\"): also used by rule \"Mild acne\" at "
                + "needlescreen/skin/skin.drl:\\E\\d+\\Q in the default rule set, loaded earlier; give this rule an id of its"
                + " own (rule \"Older skin\")\\E\\n"), r.out());
        // Alone, the same directory is valid.
        assertEquals(0, run("validate", "--rules", rules.toString()).code());
    }

    @Test
    void validateNamesThePropertiesOfAFactAndTheNearestOne() throws IOException {
        Path rules = dir.resolve("my-clinic");
        Path file = write(rules.resolve("clinic/age.drl"), OVER_70.replace("age > 70", "tattooInArea == Answer.YES"));
        Run r = run("validate", rules.toString());
        assertEquals(ExitCode.RULES, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith(file + ":11: ClientProfile has no property 'tattooInArea' (in \"tattooInArea =="
                + " Answer.YES\"): did you mean 'tattooOrPermanentMakeupInArea'? The properties of ClientProfile: acne, "),
                r.out());
        assertEquals(1, r.lines().size(), r.out());
    }

    @Test
    void validateAnEmptyDirectoryIsAProblem() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Run r = run("validate", dir.resolve("empty").toString());
        assertEquals(ExitCode.RULES, r.code());
        assertTrue(r.out().contains("no .drl files found in " + dir.resolve("empty")), r.out());
    }

    @Test
    void everyCommandSaysWhenTheDefaultRulesAreNotLoaded() throws IOException {
        Path rules = dir.resolve("my-clinic");
        write(rules.resolve("clinic/patch.drl"), ALWAYS_CAUTION);
        String note = "note: the default rule set is not loaded: --rules replaces it (use --add-rules to add to it)\n";
        for (List<String> args : List.of(List.of("rules"), List.of("questions"), List.of("policy"), List.of("validate"),
                List.of("screen", MainTest.EXAMPLE), List.of("batch", MainTest.EXAMPLES))) {
            String[] line = new String[args.size() + 2];
            line[0] = args.get(0);
            line[1] = "--rules";
            line[2] = rules.toString();
            for (int i = 1; i < args.size(); i++) {
                line[i + 2] = args.get(i);
            }
            Run r = run(line);
            assertTrue(r.err().startsWith("needlescreen " + args.get(0) + ": " + note), args + ": " + r.err());
            assertEquals(1, r.err().split(java.util.regex.Pattern.quote(note), -1).length - 1, r.err());
        }
        Run withDefaults = run("rules", "--add-rules", rules.toString());
        assertFalse(withDefaults.err().contains("note:"), withDefaults.err());
    }

    // ---- help ----

    @Test
    void helpListsTheAuthoringCommandsAndExitCode4() {
        Run r = run("--help");
        assertTrue(r.out().contains("  test ") && r.out().contains("  diff "), r.out());
        assertTrue(r.out().contains("4 (test)"), r.out());
        Run diff = run("diff", "--help");
        assertTrue(diff.out().contains("--from-rules") && diff.out().contains("--to-policy"), diff.out());
    }
}
