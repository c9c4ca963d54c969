package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the CLI in-process with captured streams: every command on valid, invalid and edge-case input. */
class MainTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String EXAMPLE = "examples/client.json";
    static final String EXAMPLES = "examples/clients.jsonl";

    /** A home profile with no finding at all under the default policy. */
    static final String SUITABLE_HOME = "{\"clientRef\":\"C-7\",\"screenedOn\":\"2026-11-21\",\"age\":34,"
            + "\"fitzpatrickType\":\"II\",\"pregnantOrBreastfeeding\":\"NO\",\"acne\":\"NONE\",\"rosacea\":\"NO\","
            + "\"rashOrDermatitisInArea\":\"NO\",\"activeInfectionInArea\":\"NO\",\"openWoundOrSunburnInArea\":\"NO\","
            + "\"coldSoreHistory\":\"NO\",\"keloidTendency\":\"NO\",\"skinCancerOrSuspiciousLesionInArea\":\"NO\","
            + "\"bleedingDisorder\":\"NO\",\"anticoagulants\":\"NO\",\"immunosuppressed\":\"NO\",\"diabetes\":\"NONE\","
            + "\"isotretinoin\":{\"status\":\"NEVER\"},\"metalOrAnaestheticAllergy\":\"NO\","
            + "\"autoimmuneOrCollagenDisease\":\"NO\",\"hyperpigmentationHistory\":\"NO\","
            + "\"wartsOrMolluscumInArea\":\"NO\",\"koebnerisingDisease\":\"NO\",\"permanentFillerOrThreadsInArea\":\"NO\","
            + "\"tattooOrPermanentMakeupInArea\":\"NO\",\"bloodThinningNsaidsOrSupplements\":\"NO\","
            + "\"photosensitisingMedication\":\"NO\",\"recentProcedures\":[],"
            + "\"treatment\":{\"setting\":\"HOME\",\"device\":\"ROLLER\",\"needleDepthMm\":0.25,\"area\":\"CHEEKS\","
            + "\"concerns\":[\"TEXTURE\"]}}";

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
        }
    }

    static Run piped(String stdin, String... args) {
        return run(false, stdin, args);
    }

    static Run run(boolean interactive, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                interactive);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(false, "", args);
    }

    static void noStackTrace(Run r) {
        assertFalse(r.err.contains("\tat "), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
    }

    static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    static final String ALWAYS_CAUTION = """
            package clinic;

            import org.needlescreen.model.*;

            rule "Patch test"
                @ruleId("CLINIC-PATCH-TEST")
                @decision("CAUTION")
                @summary("Clinic policy: a patch test before the first session.")
                @sources("clinic policy")
            when
                ClientProfile( )
            then
                finding("Clinic policy: a patch test before the first session.");
            end
            """;

    // ---- help and usage ----

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code, r.err);
        for (String c : List.of("screen", "batch", "validate", "rules", "questions", "policy")) {
            assertTrue(r.out.contains("  " + c + " "), c + " in\n" + r.out);
        }
        Run sub = run("screen", "--help");
        assertEquals(0, sub.code);
        assertTrue(sub.out.contains("--format") && sub.out.contains("--rules") && sub.out.contains("--policy"), sub.out);
    }

    @Test
    void usageErrorsExit2WithoutStackTrace() {
        Run none = run();
        assertEquals(2, none.code);
        assertTrue(none.err.contains("Usage:"), none.err);
        Run unknown = run("scren", EXAMPLE);
        assertEquals(2, unknown.code);
        assertTrue(unknown.err.contains("scren"), unknown.err);
        Run option = run("screen", "--colour", EXAMPLE);
        assertEquals(2, option.code);
        assertTrue(option.err.contains("--colour"), option.err);
        Run format = run("screen", "--format", "xml", EXAMPLE);
        assertEquals(2, format.code);
        assertTrue(format.err.contains("xml"), format.err);
        Run missing = run("screen");
        assertEquals(2, missing.code);
        for (Run r : List.of(none, unknown, option, format, missing)) {
            noStackTrace(r);
            assertEquals("", r.out);
        }
    }

    // ---- screen ----

    @Test
    void screensTheExampleAsJson() throws IOException {
        Run r = run("screen", EXAMPLE);
        assertEquals(0, r.code, r.err);
        assertEquals("", r.err);
        JsonNode n = r.json();
        assertEquals("NOT_SUITABLE", n.get("decision").asText());
        assertEquals("C-1042", n.get("clientRef").asText());
        assertEquals("2026-11-21", n.get("screenedOn").asText());
        assertTrue(n.get("findings").size() > 0);
        assertTrue(n.get("ruleSet").get("fingerprint").asText().matches("[0-9a-f]{64}"));
        assertTrue(r.out.endsWith("}\n"));
    }

    @Test
    void screensAsText() {
        Run r = run("screen", "--format", "text", EXAMPLE);
        assertEquals(0, r.code, r.err);
        for (String s : List.of("Decision: NOT_SUITABLE", "Findings (", "Sources: ", "Questions to ask", "Guidance",
                "Aftercare", "Rule set: ")) {
            assertTrue(r.out.contains(s), s + " in\n" + r.out);
        }
    }

    @Test
    void screensStandardInput() throws IOException {
        Run r = piped(Files.readString(Path.of(EXAMPLE)), "screen", "-");
        assertEquals(0, r.code, r.err);
        assertEquals(run("screen", EXAMPLE).out, r.out);
    }

    @Test
    void everyDecisionExits0() throws IOException {
        Run suitable = piped(SUITABLE_HOME, "screen", "-");
        assertEquals(0, suitable.code, suitable.err);
        assertEquals("SUITABLE", suitable.json().get("decision").asText());
        Run incomplete = piped("{\"screenedOn\": \"2026-11-21\"}", "screen", "-");
        assertEquals(0, incomplete.code, incomplete.err);
        assertEquals("INCOMPLETE", incomplete.json().get("decision").asText());
        assertTrue(incomplete.json().get("missingAnswers").size() >= 13);
    }

    @Test
    void withoutScreenedOnScreensAsOfToday() throws IOException {
        Run r = piped("{\"age\": 30}", "screen", "-");
        assertEquals(0, r.code, r.err);
        assertEquals(java.time.LocalDate.now().toString(), r.json().get("screenedOn").asText());
    }

    @Test
    void deterministic() {
        Run a = run("screen", EXAMPLE);
        Run b = run("screen", EXAMPLE);
        assertEquals(a.out, b.out);
        assertEquals(run("screen", "--format", "text", EXAMPLE).out, run("screen", "--format", "text", EXAMPLE).out);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"acne\": \"mild\"}`                                         | acne                    | \"mild\"",
            "`{\"rosacea\": \"yes\"}`                                       | rosacea                 | \"yes\"",
            "`{\"screenedOn\": \"21/11/2026\"}`                             | screenedOn              | \"21/11/2026\"",
            "`{\"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"2026-13-01\"}]}` | recentProcedures[0].date | \"2026-13-01\"",
            "`{\"treatment\": {\"needleDepthMm\": -0.5}}`                   | treatment.needleDepthMm | -0.5",
            "`{\"age\": 130}`                                               | age                     | 130",
            "`{\"age\": 34, \"favouriteColour\": \"red\"}`                  | favouriteColour         | \"red\"",
            "`{\"age\": 34,`                                                | $                       | malformed JSON",
            "`{\"isotretinoin\": {\"status\": \"Current\"}}`                | isotretinoin.status     | \"Current\"",
    })
    void invalidProfileExits2NamingFieldValueAndAllowed(String json, String field, String value) {
        Run r = piped(json, "screen", "-");
        assertEquals(2, r.code, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.contains("'" + field + "'"), r.err);
        assertTrue(r.err.contains(value), r.err);
        assertTrue(r.err.contains("(") && r.err.contains(")"), "says what is allowed: " + r.err);
        assertEquals(1, r.err.strip().split("\n").length, r.err);
        noStackTrace(r);
    }

    @Test
    void wrongCaseNamesTheAllowedValues() {
        Run r = piped("{\"treatment\": {\"setting\": \"home\"}}", "screen", "-");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("'treatment.setting': \"home\" (one of HOME, PROFESSIONAL in upper case"), r.err);
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run r = piped("{\"age\": 130}", "screen", "--verbose", "-");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("InvalidProfileException") && r.err.contains("\tat "), r.err);
    }

    @Test
    void unreadableInputExits2(@TempDir Path dir) throws IOException {
        Run missing = run("screen", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("nope.json") && missing.err.contains("no such file"), missing.err);
        Run directory = run("screen", dir.toString());
        assertEquals(2, directory.code);
        assertTrue(directory.err.contains("directory"), directory.err);
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"clientRef\": \"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Run notUtf8 = run("screen", latin1.toString());
        assertEquals(2, notUtf8.code);
        assertTrue(notUtf8.err.contains("UTF-8"), notUtf8.err);
        for (Run r : List.of(missing, directory, notUtf8)) {
            noStackTrace(r);
            assertEquals("", r.out);
        }
    }

    @Test
    void byteOrderMarkAndNonAsciiAreFine(@TempDir Path dir) throws IOException {
        Path f = write(dir.resolve("bom.json"), "\uFEFF{\"clientRef\": \"Jos\u00e9 \u2603\", \"screenedOn\": \"2026-11-21\"}");
        Run r = run("screen", f.toString());
        assertEquals(0, r.code, r.err);
        assertEquals("Jos\u00e9 \u2603", r.json().get("clientRef").asText());
    }

    // ---- policy ----

    @Test
    void policyFileChangesTheDecision(@TempDir Path dir) throws IOException {
        Run before = piped(SUITABLE_HOME, "screen", "-");
        assertEquals("SUITABLE", before.json().get("decision").asText());
        Path policy = write(dir.resolve("strict.json"), "{\"depth.home.maxMm\": 0.2}");
        Run after = piped(SUITABLE_HOME, "screen", "--policy", policy.toString(), "-");
        assertEquals(0, after.code, after.err);
        assertEquals("PROFESSIONAL_ONLY", after.json().get("decision").asText());
        assertEquals("HOME-DEPTH-LIMIT", after.json().get("findings").get(0).get("ruleId").asText());
        assertNotEquals(before.json().get("ruleSet").get("fingerprint"), after.json().get("ruleSet").get("fingerprint"));
    }

    @Test
    void badPolicyExits2(@TempDir Path dir) throws IOException {
        Path unknown = write(dir.resolve("unknown.json"), "{\"depth.hom.maxMm\": 0.2}");
        Run r = run("screen", "--policy", unknown.toString(), EXAMPLE);
        assertEquals(2, r.code);
        assertTrue(r.err.contains("unknown.json") && r.err.contains("'depth.hom.maxMm'"), r.err);
        Path negative = write(dir.resolve("negative.json"), "{\"washout.LASER.days\": -3}");
        Run n = run("rules", "--policy", negative.toString());
        assertEquals(2, n.code);
        assertTrue(n.err.contains("'washout.LASER.days'") && n.err.contains("-3"), n.err);
        Run missing = run("questions", "--policy", dir.resolve("none.json").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("none.json") && missing.err.contains("no such file"), missing.err);
        for (Run x : List.of(r, n, missing)) {
            noStackTrace(x);
            assertEquals("", x.out);
        }
    }

    @Test
    void policyListsTheValuesInEffect(@TempDir Path dir) throws IOException {
        Run defaults = run("policy");
        assertEquals(0, defaults.code, defaults.err);
        assertTrue(defaults.out.matches("(?s)depth\\.home\\.maxMm +0\\.3 mm +003_.*"), defaults.out);
        Path policy = write(dir.resolve("strict.json"), "{\"depth.home.maxMm\": 0.2}");
        Run json = run("policy", "--format", "json", "--policy", policy.toString());
        assertEquals(0, json.code, json.err);
        JsonNode home = json.json().get("depth.home.maxMm");
        assertEquals(0.2, home.get("value").asDouble());
        assertEquals("policy file strict.json", home.get("provenance").asText());
    }

    // ---- rules directories ----

    @Test
    void rulesReplacesAndAddRulesAdds(@TempDir Path dir) throws IOException {
        write(dir.resolve("clinic/patch.drl"), ALWAYS_CAUTION);
        Run replaced = piped(SUITABLE_HOME, "screen", "--rules", dir.toString(), "-");
        assertEquals(0, replaced.code, replaced.err);
        JsonNode n = replaced.json();
        assertEquals("CAUTION", n.get("decision").asText());
        assertEquals(1, n.get("findings").size());
        assertEquals("CLINIC-PATCH-TEST", n.get("findings").get(0).get("ruleId").asText());

        Run added = run("screen", "--add-rules", dir.toString(), EXAMPLE);
        assertEquals(0, added.code, added.err);
        assertTrue(added.out.contains("CLINIC-PATCH-TEST") && added.out.contains("PROCEDURE-WASHOUT"), added.out);
    }

    @Test
    void ruleLoadFailureExits1(@TempDir Path dir) throws IOException {
        write(dir.resolve("clinic/broken.drl"), ALWAYS_CAUTION.replace("ClientProfile( )", "ClientProfile( age > )"));
        Run r = run("screen", "--rules", dir.toString(), EXAMPLE);
        assertEquals(1, r.code, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.contains("failed to load") && r.err.contains("clinic/broken.drl:11:"), r.err);
        noStackTrace(r);
        Run missingDir = run("rules", "--rules", dir.resolve("none").toString());
        assertEquals(2, missingDir.code);
        assertTrue(missingDir.err.contains("no such directory"), missingDir.err);
    }

    @Test
    void aRuleThatThrowsIsAnInternalFailureNotAResult(@TempDir Path dir) throws IOException {
        write(dir.resolve("clinic/throws.drl"), ALWAYS_CAUTION.replace(
                "finding(\"Clinic policy: a patch test before the first session.\");",
                "finding(\"x\" + Integer.parseInt(\"boom\"));"));
        Run r = run("screen", "--rules", dir.toString(), EXAMPLE);
        assertEquals(3, r.code, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.contains("no result"), r.err);
        assertFalse(r.err.contains("\tat "), r.err);
        // batch: each such line is an internal-failure line in its place, never a result; exit 3
        Run batch = run("batch", "--rules", dir.toString(), EXAMPLES);
        assertEquals(3, batch.code, batch.err);
        assertEquals(4, batch.lines().size(), batch.out);
        for (int i : new int[] {0, 1, 3}) {
            JsonNode n = JSON.readTree(batch.lines().get(i));
            assertEquals(i + 1, n.get("line").asInt());
            assertTrue(n.get("internal").asBoolean(), n.toString());
            assertFalse(n.has("decision"), n.toString());
        }
        assertEquals("acne", JSON.readTree(batch.lines().get(2)).get("field").asText());
        assertTrue(batch.err.contains("internal failure on lines 1, 2, 4;"), batch.err);
        assertFalse(batch.err.contains("\tat "), batch.err);
    }

    // ---- validate ----

    @Test
    void validateAcceptsGoodRules(@TempDir Path dir) throws IOException {
        Run shipped = run("validate", "rules");
        assertEquals(0, shipped.code, shipped.out + shipped.err);
        assertTrue(shipped.out.startsWith("valid: "), shipped.out);
        assertTrue(shipped.err.contains("holds the default rule set's files: it is loaded in place of the default set"),
                shipped.err);
        write(dir.resolve("clinic/patch.drl"), ALWAYS_CAUTION);
        // With the default rules, as it will be used...
        Run custom = run("validate", dir.toString());
        assertEquals(0, custom.code, custom.out + custom.err);
        assertEquals("valid: 1 rule in " + dir + " (checked with the default rules: "
                + (org.needlescreen.Screener.withDefaultRules().ruleSet().ruleCount() + 1) + " rules in all)\n", custom.out);
        assertEquals("", custom.err);
        // ...or alone, with a notice that the default rules are not loaded.
        Run alone = run("validate", "--rules", dir.toString());
        assertEquals(0, alone.code, alone.out + alone.err);
        assertTrue(alone.out.startsWith("valid: 1 rule in "), alone.out);
        assertTrue(alone.err.contains("note: the default rule set is not loaded"), alone.err);
    }

    @Test
    void validateListsEveryProblemAsFileLineMessage(@TempDir Path dir) throws IOException {
        Path broken = write(dir.resolve("clinic/broken.drl"),
                ALWAYS_CAUTION.replace("ClientProfile( )", "ClientProfile( age > )"));
        Run r = run("validate", dir.toString());
        assertEquals(1, r.code, r.err);
        assertTrue(r.out.contains(broken + ":11: "), r.out);
        noStackTrace(r);

        Files.writeString(broken, """
                package clinic;

                import org.needlescreen.model.*;

                rule "No metadata"
                when
                    ClientProfile( )
                then
                    finding("x");
                end
                """);
        Run meta = run("validate", dir.toString());
        assertEquals(1, meta.code);
        List<String> lines = meta.lines();
        assertTrue(lines.size() >= 3, meta.out);
        for (String line : lines) {
            assertTrue(line.matches("\\Q" + broken + "\\E:5: .+"), line);
        }
        assertTrue(meta.out.contains("@ruleId") && meta.out.contains("@sources"), meta.out);
        assertTrue(meta.err.contains(lines.size() + " problems"), meta.err);
    }

    @Test
    void validateWithoutRulesOrOnMissingDirectory(@TempDir Path dir) {
        Run empty = run("validate", dir.toString());
        assertEquals(1, empty.code);
        assertTrue(empty.out.contains("no .drl files"), empty.out);
        Run missing = run("validate", dir.resolve("none").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("no such directory"), missing.err);
    }

    // ---- rules and questions ----

    @Test
    void rulesPrintsTheCatalogue() throws IOException {
        Run text = run("rules");
        assertEquals(0, text.code, text.err);
        for (String s : List.of("ROSACEA  NOT_SUITABLE", "HOME-DEPTH-LIMIT  PROFESSIONAL_ONLY", "ASK-AGE  asks age (required)",
                "Sources: ", "Policy: depth.home.maxMm", "Rationale: ")) {
            assertTrue(text.out.contains(s), s);
        }
        Run json = run("rules", "--format", "json");
        assertEquals(0, json.code, json.err);
        JsonNode n = json.json();
        assertEquals(n.get("ruleSet").get("ruleCount").asInt(), n.get("rules").size());
        JsonNode first = n.get("rules").get(0);
        assertTrue(first.has("ruleId") && first.has("summary") && first.has("sources") && first.has("file")
                && first.has("line"), first.toString());
    }

    @Test
    void questionsPrintsTheQuestionnaire() throws IOException {
        Run text = run("questions");
        assertEquals(0, text.code, text.err);
        assertTrue(text.out.contains(" 1. age  (required)\n    How old are you (in years)?\n    Answers: 0-120"), text.out);
        assertTrue(text.out.contains("isotretinoin.status  (required)"), text.out);
        assertTrue(text.out.contains("Answers: NONE, MILD, MODERATE, SEVERE"), text.out);
        Run json = run("questions", "--format", "json");
        assertEquals(0, json.code, json.err);
        List<String> fields = new ArrayList<>();
        int required = 0;
        for (JsonNode q : json.json().get("questions")) {
            fields.add(q.get("field").asText());
            assertFalse(q.get("question").asText().isBlank());
            required += q.get("required").asBoolean() ? 1 : 0;
        }
        for (String f : List.of("age", "pregnantOrBreastfeeding", "acne", "rosacea", "rashOrDermatitisInArea",
                "activeInfectionInArea", "openWoundOrSunburnInArea", "keloidTendency",
                "skinCancerOrSuspiciousLesionInArea", "bleedingDisorder", "anticoagulants", "immunosuppressed",
                "isotretinoin.status", "treatment.concerns", "recentProcedures")) {
            assertTrue(fields.contains(f), f + " in " + fields);
        }
        assertTrue(required >= 13, "required: " + required);
    }

    // ---- batch ----

    @Test
    void batchKeepsOrderAndReportsInvalidLines() throws IOException {
        Run r = run("batch", EXAMPLES);
        assertEquals(2, r.code, r.err);
        List<String> lines = r.lines();
        assertEquals(4, lines.size(), r.out);
        assertEquals("C-1042", JSON.readTree(lines.get(0)).get("clientRef").asText());
        assertEquals("C-1043", JSON.readTree(lines.get(1)).get("clientRef").asText());
        JsonNode error = JSON.readTree(lines.get(2));
        assertEquals(List.of("line", "error", "field"), List.copyOf(iterable(error)));
        assertEquals(3, error.get("line").asInt());
        assertEquals("acne", error.get("field").asText());
        assertTrue(error.get("error").asText().contains("\"yes\""), error.toString());
        assertEquals("C-1045", JSON.readTree(lines.get(3)).get("clientRef").asText());
        assertTrue(r.err.contains("1 of 4 lines invalid"), r.err);
        noStackTrace(r);
        // each result line is what screen prints, compact
        assertEquals(JSON.readTree(run("screen", EXAMPLE).out), JSON.readTree(lines.get(0)));
    }

    static List<String> iterable(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void batchAllValidExits0FromStandardInput() throws IOException {
        String example = JSON.readTree(Files.readString(Path.of(EXAMPLE))).toString();
        Run r = piped(example + "\r\n" + SUITABLE_HOME + "\n", "batch");
        assertEquals(0, r.code, r.err);
        assertEquals(2, r.lines().size());
        assertEquals("SUITABLE", JSON.readTree(r.lines().get(1)).get("decision").asText());
        assertEquals("", r.err);
    }

    @Test
    void batchEdgeCases() throws IOException {
        Run empty = piped("", "batch", "-");
        assertEquals(0, empty.code, empty.err);
        assertEquals("", empty.out);
        Run blank = piped(SUITABLE_HOME + "\n\n" + SUITABLE_HOME + "\n", "batch", "-");
        assertEquals(2, blank.code);
        assertEquals(3, blank.lines().size());
        assertEquals(2, JSON.readTree(blank.lines().get(1)).get("line").asInt());
        assertEquals("$", JSON.readTree(blank.lines().get(1)).get("field").asText());
        Run noNewline = piped(SUITABLE_HOME, "batch", "-");
        assertEquals(0, noNewline.code);
        assertEquals(1, noNewline.lines().size());
        Run malformed = piped("{\"age\": \n" + SUITABLE_HOME + "\n", "batch", "-");
        assertEquals(2, malformed.code);
        assertEquals("$", JSON.readTree(malformed.lines().get(0)).get("field").asText());
        assertEquals("SUITABLE", JSON.readTree(malformed.lines().get(1)).get("decision").asText());
    }

    @Test
    void batchUnreadableInputOrOutput(@TempDir Path dir) {
        Run missing = run("batch", dir.resolve("none.jsonl").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("no such file"), missing.err);
        Run badOut = run("batch", EXAMPLES, "--out", dir.resolve("no/such/dir/out.jsonl").toString());
        assertEquals(2, badOut.code);
        assertTrue(badOut.err.contains("cannot write"), badOut.err);
        Run threads = run("batch", EXAMPLES, "--threads", "0");
        assertEquals(2, threads.code);
        for (Run r : List.of(missing, badOut, threads)) {
            noStackTrace(r);
            assertEquals("", r.out);
        }
    }

    @Test
    void batchManyLinesInOrderOnManyThreadsWithProgress(@TempDir Path dir) throws IOException {
        StringBuilder in = new StringBuilder();
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            if (i % 101 == 7) {
                in.append("{\"clientRef\": \"C-").append(i).append("\", \"age\": ").append(121 + i % 5).append("}\n");
            } else {
                in.append(SUITABLE_HOME.replace("\"C-7\"", "\"C-" + i + "\"")).append('\n');
            }
        }
        Path input = write(dir.resolve("in.jsonl"), in.toString());
        Path output = dir.resolve("out.jsonl");
        Run r = run(true, "", "batch", input.toString(), "--out", output.toString(), "--threads", "4");
        assertEquals(2, r.code, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.contains("screened " + n + " lines, 30 invalid\n"), r.err);
        List<String> lines = Files.readAllLines(output);
        assertEquals(n, lines.size());
        for (int i = 0; i < n; i++) {
            JsonNode node = JSON.readTree(lines.get(i));
            if (i % 101 == 7) {
                assertEquals(i + 1, node.get("line").asInt());
                assertEquals("age", node.get("field").asText());
            } else {
                assertEquals("C-" + i, node.get("clientRef").asText());
            }
        }
        // the same input gives the same bytes, whatever the thread count
        Path again = dir.resolve("again.jsonl");
        piped("", "batch", input.toString(), "--out", again.toString(), "--threads", "1");
        assertEquals(Files.readString(output), Files.readString(again));
    }

    @Test
    void noProgressWithoutATerminal(@TempDir Path dir) {
        Run r = run("batch", EXAMPLES, "--out", dir.resolve("out.jsonl").toString());
        assertFalse(r.err.contains("screened"), r.err);
    }
}
