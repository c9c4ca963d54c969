package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlescreen.Decision;
import org.needlescreen.Policy;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.InvalidProfileException;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.scenario.Scenario;

/**
 * The JSON Schemas under {@code docs/schema/} (issue "A library others can adopt"): valid draft
 * 2020-12, in step with the Java readers and writers, and checked against the examples, every
 * scenario file and results of the real engine. Where the schema and the reader must agree, both
 * are asked; the few places where JSON Schema cannot say what the reader checks are pinned in
 * {@link #whatOnlyTheReaderChecks(String)}.
 */
class JsonSchemaTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    static Screener screener;

    @BeforeAll
    static void load() {
        screener = Screener.withDefaultRules();
    }

    // ---- the schemas themselves ----

    @ParameterizedTest
    @ValueSource(strings = {JsonSchemas.PROFILE, JsonSchemas.RESULT, JsonSchemas.BATCH_LINE, JsonSchemas.POLICY,
            JsonSchemas.SCENARIO})
    void isValidDraft202012(String file) throws IOException {
        JsonNode schema = JsonSchemas.MAPPER.readTree(JsonSchemas.DIR.resolve(file).toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(JsonSchemas.ID_PREFIX + file, schema.path("$id").asText());
        assertEquals(List.of(), JsonSchemas.metaSchema().validate(schema).stream().map(Object::toString).toList());
        JsonSchemas.schema(file); // loads, every $ref resolved
    }

    /** Every schema file is tested here and linked from docs/cli.md ("JSON contract"). */
    @Test
    void everySchemaFileIsListedAndLinked() throws IOException {
        try (Stream<Path> files = Files.list(JsonSchemas.DIR)) {
            assertEquals(JsonSchemas.ALL.stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String cli = Files.readString(Path.of("docs/cli.md"));
        for (String file : JsonSchemas.ALL) {
            assertTrue(cli.contains("](schema/" + file + ")"), "docs/cli.md links " + file);
        }
    }

    /** The profile schema names exactly the reader's fields, and every enumeration as the model declares it. */
    @Test
    void profileSchemaFollowsTheReaderAndModel() throws IOException {
        JsonNode s = JsonSchemas.MAPPER.readTree(JsonSchemas.DIR.resolve(JsonSchemas.PROFILE).toFile());
        JsonNode p = s.get("properties");
        assertEquals(ProfileJson.FIELDS, names(p));
        assertEquals(withNull(Answer.values()), strings(s.at("/$defs/answer/enum")));
        assertEquals(withNull(FitzpatrickType.values()), strings(p.at("/fitzpatrickType/enum")));
        assertEquals(withNull(AcneSeverity.values()), strings(p.at("/acne/enum")));
        assertEquals(withNull(DiabetesStatus.values()), strings(p.at("/diabetes/enum")));
        assertEquals(withNull(IsotretinoinStatus.values()), strings(p.at("/isotretinoin/properties/status/enum")));
        assertEquals(names(ProcedureType.values()), strings(p.at("/recentProcedures/items/properties/type/enum")));
        assertEquals(withNull(Setting.values()), strings(p.at("/treatment/properties/setting/enum")));
        assertEquals(withNull(Device.values()), strings(p.at("/treatment/properties/device/enum")));
        assertEquals(withNull(Area.values()), strings(p.at("/treatment/properties/area/enum")));
        assertEquals(names(Concern.values()), strings(p.at("/treatment/properties/concerns/items/enum")));
        assertEquals(org.needlescreen.model.ClientProfile.MAX_AGE, p.at("/age/maximum").asInt());
        assertEquals(org.needlescreen.model.ClientProfile.MAX_RECENT_PROCEDURES, p.at("/recentProcedures/maxItems").asInt());
        assertEquals(org.needlescreen.model.ClientProfile.MAX_CUSTOM_ANSWERS, p.at("/custom/maxProperties").asInt());
        assertEquals(org.needlescreen.model.Treatment.MAX_CONCERNS, p.at("/treatment/properties/concerns/maxItems").asInt());
        assertEquals(org.needlescreen.model.Treatment.MAX_PLAUSIBLE_DEPTH_MM,
                p.at("/treatment/properties/needleDepthMm/maximum").asDouble());

        JsonNode r = JsonSchemas.MAPPER.readTree(JsonSchemas.DIR.resolve(JsonSchemas.RESULT).toFile());
        assertEquals(names(Decision.values()), strings(r.at("/$defs/decision/enum")));
        assertEquals(names(Concern.values()), strings(r.at("/$defs/guidance/properties/depths/items/properties/concern/enum")));
        JsonNode sc = JsonSchemas.MAPPER.readTree(JsonSchemas.DIR.resolve(JsonSchemas.SCENARIO).toFile());
        assertEquals(names(Decision.values()), strings(sc.at("/properties/expect/properties/decision/enum")));
    }

    /** The policy schema lists every built-in key, in the policy's order, with its unit. */
    @Test
    void policySchemaListsEveryBuiltInKeyWithItsUnit() throws IOException {
        JsonNode s = JsonSchemas.MAPPER.readTree(JsonSchemas.DIR.resolve(JsonSchemas.POLICY).toFile());
        List<String> keys = Policy.defaults().values().stream().map(Policy.Value::key).toList();
        assertEquals(keys, names(s.at("/$defs/overrides/properties")));
        assertEquals(keys, names(s.at("/$defs/values/properties")));
        for (Policy.Value v : Policy.defaults().values()) {
            String unit = v.unit();
            assertEquals(unit.equals("mm") ? "#/$defs/mmNumber" : "#/$defs/wholeNumber",
                    s.at("/$defs/overrides/properties").get(v.key()).get("$ref").asText(), v.key());
            assertEquals("#/$defs/" + unit + "Value", s.at("/$defs/values/properties").get(v.key()).get("$ref").asText(),
                    v.key());
        }
    }

    // ---- profiles ----

    @Test
    void theExampleClientIsValid() throws IOException {
        String json = Files.readString(Path.of("examples/client.json"));
        ProfileJson.read(json);
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.PROFILE, json));
    }

    /** Each example line is valid for the schema exactly when the reader accepts it: line 3 ("acne": "yes") for neither. */
    @Test
    void theExampleLinesAgreeWithTheReader() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("examples/clients.jsonl"));
        assertEquals(4, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            List<String> errors = JsonSchemas.errors(JsonSchemas.PROFILE, lines.get(i));
            if (i == 2) {
                assertThrows(InvalidProfileException.class, () -> ProfileJson.read(lines.get(2)));
                assertEquals(1, errors.size(), errors.toString());
                assertTrue(errors.get(0).startsWith("/acne: "), errors.toString());
            } else {
                ProfileJson.read(lines.get(i));
                assertEquals(List.of(), errors, "line " + (i + 1));
            }
        }
    }

    static Stream<String> invalidProfiles() {
        String procedure = "{\"type\": \"LASER\", \"date\": \"2026-01-01\"}";
        String concerns = String.join(", ", java.util.Collections.nCopies(12, "\"TEXTURE\""));
        StringBuilder custom = new StringBuilder("{");
        for (int i = 0; i <= 100; i++) {
            custom.append(i == 0 ? "" : ", ").append("\"a").append(i).append("\": 1");
        }
        return Stream.of(
                // wrong case and unknown values
                "{\"acne\": \"mild\"}",
                "{\"rosacea\": \"yes\"}",
                "{\"rosacea\": true}",
                "{\"fitzpatrickType\": \"7\"}",
                "{\"isotretinoin\": {\"status\": \"stopped\"}}",
                "{\"treatment\": {\"area\": \"FACE\"}}",
                "{\"treatment\": {\"concerns\": [\"TEXTURE\", \"acne\"]}}",
                "{\"treatment\": {\"concerns\": [\"TEXTURE\", null]}}",
                "{\"treatment\": {\"concerns\": \"TEXTURE\"}}",
                // dates
                "{\"screenedOn\": \"21/11/2026\"}",
                "{\"screenedOn\": \"2026-02-30\"}",
                "{\"screenedOn\": \"2026-13-01\"}",
                "{\"screenedOn\": \"2026-11-21T10:00\"}",
                "{\"screenedOn\": 20261121}",
                "{\"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"yesterday\"}]}",
                "{\"recentProcedures\": [{\"date\": \"2026-01-01\"}]}",
                "{\"recentProcedures\": [{\"type\": null}]}",
                "{\"recentProcedures\": [null]}",
                // numbers
                "{\"age\": 130}",
                "{\"age\": -1}",
                "{\"age\": 34.5}",
                "{\"age\": \"34\"}",
                "{\"age\": 17.9999999999999999}",
                "{\"treatment\": {\"needleDepthMm\": 0}}",
                "{\"treatment\": {\"needleDepthMm\": -0.5}}",
                "{\"treatment\": {\"needleDepthMm\": 5.01}}",
                "{\"treatment\": {\"needleDepthMm\": 5.0000000000000001}}",
                "{\"treatment\": {\"needleDepthMm\": \"0.5\"}}",
                // unknown fields, at every level
                "{\"Acne\": \"MILD\"}",
                "{\"treatment\": {\"depth\": 0.5}}",
                "{\"isotretinoin\": {\"lastdose\": \"2026-01-01\"}}",
                "{\"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"2026-01-01\", \"x\": 1}]}",
                // wrong shapes
                "{\"clientRef\": 1042}",
                "{\"treatment\": []}",
                "{\"recentProcedures\": {}}",
                "{\"isotretinoin\": \"NEVER\"}",
                "[]",
                "\"profile\"",
                "null",
                // limits
                "{\"recentProcedures\": [" + String.join(", ", java.util.Collections.nCopies(51, procedure)) + "]}",
                "{\"treatment\": {\"concerns\": [" + concerns + "]}}",
                "{\"custom\": " + custom + "}}",
                // the model's own checks, where a schema can say them
                "{\"isotretinoin\": {\"status\": \"NEVER\", \"lastDose\": \"2026-01-01\"}}",
                // custom answers
                "{\"custom\": {\"tattooInArea\": true}}",
                "{\"custom\": {\"tattooInArea\": [\"YES\"]}}",
                "{\"custom\": {\"\": \"YES\"}}",
                "{\"custom\": []}");
    }

    /** Rejected by the schema and by the reader alike. */
    @ParameterizedTest
    @MethodSource("invalidProfiles")
    void invalidProfilesAreRejectedByBoth(String json) {
        assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.PROFILE, exact(json)));
    }

    static Stream<String> validProfiles() {
        String procedure = "{\"type\": \"SUNTAN\"}";
        return Stream.of(
                "{}",
                "{\"age\": 0}",
                "{\"age\": 120}",
                "{\"age\": 34.0}",
                "{\"rosacea\": \"UNKNOWN\", \"clientRef\": null, \"screenedOn\": null, \"fitzpatrickType\": null,"
                        + " \"diabetes\": null, \"isotretinoin\": null, \"recentProcedures\": null, \"treatment\": null,"
                        + " \"custom\": null}",
                "{\"screenedOn\": \"2028-02-29\"}",
                "{\"recentProcedures\": []}",
                "{\"recentProcedures\": [" + String.join(", ", java.util.Collections.nCopies(50, procedure)) + "]}",
                "{\"isotretinoin\": {}}",
                "{\"isotretinoin\": {\"status\": \"NEVER\"}}",
                "{\"isotretinoin\": {\"status\": \"NEVER\", \"lastDose\": null}}",
                "{\"isotretinoin\": {\"status\": \"STOPPED\"}}",
                "{\"isotretinoin\": {\"lastDose\": \"2026-01-01\"}}",
                "{\"treatment\": {}}",
                "{\"treatment\": {\"needleDepthMm\": 5}}",
                "{\"treatment\": {\"needleDepthMm\": 0.01}}",
                "{\"treatment\": {\"concerns\": []}}",
                "{\"treatment\": {\"concerns\": [" + String.join(", ", java.util.Collections.nCopies(11, "\"HAIR_LOSS\""))
                        + "]}}",
                "{\"custom\": {\"tattooInArea\": \"YES\", \"sessionsSoFar\": 3, \"lastSession\": \"2026-01-01\","
                        + " \"skinTone\": null}}",
                "{\"custom\": {}}");
    }

    /** Accepted by the schema and by the reader alike. */
    @ParameterizedTest
    @MethodSource("validProfiles")
    void validProfilesAreAcceptedByBoth(String json) {
        ProfileJson.read(json);
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.PROFILE, exact(json)));
    }

    /**
     * What JSON Schema cannot say and only the reader checks: duplicate keys, dates compared with each
     * other. Both are valid for the schema and rejected by the reader.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"acne\": \"MILD\", \"acne\": \"SEVERE\"}",
            "{\"screenedOn\": \"2026-11-21\", \"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"2026-12-01\"}]}",
            "{\"screenedOn\": \"2026-11-21\", \"isotretinoin\": {\"status\": \"STOPPED\", \"lastDose\": \"2026-12-01\"}}"})
    void whatOnlyTheReaderChecks(String json) {
        assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.PROFILE, json));
    }

    /**
     * Custom answer names: the reader takes any non-empty name and leaves the rest to the screener,
     * which rejects a name no answers.json declares; answers.json only declares Java-style names, so
     * the schema allows those only.
     */
    @Test
    void customAnswerNamesAreThoseAnAnswersFileCanDeclare() {
        String json = "{\"custom\": {\"tattoo-in-area\": \"YES\"}}";
        ProfileJson.read(json);
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.PROFILE, json));
        assertThrows(InvalidProfileException.class, () -> screener.screen(ProfileJson.read(json)));
    }

    // ---- scenarios and results ----

    /**
     * Every scenario file: valid for the scenario schema, its profile for the profile schema, read by
     * the scenario reader; and its result from the real engine, in each of ResultJson's forms, valid
     * for the result schema and as a batch line.
     */
    @Test
    void everyScenarioAndItsResults() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() > 200, "scenario files found: " + files.size());
        List<String> failures = new ArrayList<>();
        Map<Decision, Integer> decisions = new LinkedHashMap<>();
        boolean[] seen = new boolean[3]; // a rescreenOn, a clientRef, a result without clientRef
        for (Path file : files) {
            String name = SCENARIOS.relativize(file).toString();
            JsonNode root = JsonSchemas.MAPPER.readTree(file.toFile());
            check(failures, name + " (scenario)", JsonSchemas.errors(JsonSchemas.SCENARIO, root));
            check(failures, name + " (profile)", JsonSchemas.errors(JsonSchemas.PROFILE, root.get("profile")));
            Scenario.read(file, name);
            ScreeningResult r = screener.screen(ProfileJson.read(root.get("profile").toString()));
            decisions.merge(r.decision(), 1, Integer::sum);
            seen[0] |= r.rescreenOn().isPresent();
            seen[1] |= r.clientRef() != null;
            seen[2] |= r.clientRef() == null;
            for (String json : List.of(ResultJson.write(r), ResultJson.writePretty(r), ResultJson.write(r, false))) {
                check(failures, name + " (result)", JsonSchemas.errors(JsonSchemas.RESULT, exact(json)));
                check(failures, name + " (batch line)", JsonSchemas.errors(JsonSchemas.BATCH_LINE, exact(json)));
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(Arrays.asList(Decision.values()), decisions.keySet().stream().sorted().toList(),
                "the scenarios' results cover every decision: " + decisions);
        assertTrue(seen[0] && seen[1] && seen[2], "optional result fields both present and absent");
    }

    /** The result schema holds ResultJson to its word: no null, nothing unnamed, guidance optional only. */
    @Test
    void resultSchemaRejectsWhatResultJsonNeverWrites() throws IOException {
        ScreeningResult r = screener.screen(ProfileJson.read(Files.readString(Path.of("examples/client.json"))));
        ObjectNode full = (ObjectNode) exact(ResultJson.write(r));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, full));
        assertTrue(full.has("rescreenOn") && full.has("clientRef"));
        for (String field : List.of("decision", "findings", "missingAnswers", "ruleSet", "screenedOn")) {
            ObjectNode n = full.deepCopy();
            n.remove(field);
            assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, n), field);
        }
        for (String field : List.of("clientRef", "rescreenOn")) {
            ObjectNode n = full.deepCopy();
            n.putNull(field);
            assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, n), field + ": null");
        }
        ObjectNode extra = full.deepCopy();
        extra.put("timestamp", "2026-11-21T10:00:00Z");
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, extra));
        ObjectNode lowerCase = full.deepCopy();
        lowerCase.put("decision", "not_suitable");
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, lowerCase));
        ObjectNode rescreenNotBlocked = full.deepCopy();
        rescreenNotBlocked.put("decision", "CAUTION");
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, rescreenNotBlocked),
                "a result date to screen again only comes with NOT_SUITABLE");
        ObjectNode shortFingerprint = full.deepCopy();
        ((ObjectNode) shortFingerprint.get("ruleSet")).put("fingerprint", "c71e3b22");
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, shortFingerprint));
        ObjectNode noHomeCare = full.deepCopy();
        ((ObjectNode) noHomeCare.get("guidance")).remove("homeCare");
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, noHomeCare));
    }

    // ---- policy ----

    @Test
    void writtenPoliciesAreValid() {
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, PolicyJson.write(Policy.defaults())));
        Policy overridden = PolicyJson.apply(Policy.defaults(), sampleOverrides(), "policy file clinic.json");
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, PolicyJson.write(overridden)));
        // with a rule directory's own key, as `policy --rules DIR --format json` prints it
        Policy declared = Policy.defaults().withDeclared(List.of(
                Policy.Value.of("clinic.age.maxYears", 70, "years", "Clinic policy 2026-11")));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, PolicyJson.write(declared)));
    }

    /** An override file with a key of each kind, as docs/cli.md describes it. */
    static String sampleOverrides() {
        return """
                {
                  "depth.home.maxMm": 0.25,
                  "depth.absolute.maxMm": 2.5,
                  "depth.area.CHEEKS.maxMm": 1.5,
                  "depth.concern.ACNE_SCARS.minMm": 1.25,
                  "depth.concern.ACNE_SCARS.maxMm": 1.5,
                  "washout.LASER.days": 60,
                  "referral.SURGERY.months": 6.0,
                  "isotretinoin.washout.months": 12,
                  "age.adult.years": 18,
                  "age.authorised.years": 21
                }
                """;
    }

    @Test
    void overrideFilesAreValid() throws IOException {
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, sampleOverrides()));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, "{}"));
        // "The values alone, {"key": value}, form a valid override file" (PolicyJson.write)
        ObjectNode values = JsonSchemas.MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> it = exact(PolicyJson.write(Policy.defaults())).fields();
        it.forEachRemaining(e -> values.set(e.getKey(), e.getValue().get("value")));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, values));
        assertEquals(Policy.defaults().values().stream().map(Policy.Value::value).toList(),
                PolicyJson.apply(Policy.defaults(), values.toString(), "test").values().stream()
                        .map(Policy.Value::value).toList());
        // a rule directory's policy.json, and an override of its key
        String declaration = "{\"clinic.age.maxYears\": {\"value\": 70, \"unit\": \"years\", \"provenance\": \"Clinic policy\"}}";
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, declaration));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, "{\"clinic.age.maxYears\": 65}"));
    }

    /** Rejected by the schema and by the reader alike. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"depth.home.maxMm\": -1}",
            "{\"depth.home.maxMm\": 0}",
            "{\"depth.home.maxMm\": \"0.2\"}",
            "{\"depth.home.maxMm\": null}",
            "{\"depth.home.maxMm\": {\"value\": 0.2}}",
            "{\"washout.LASER.days\": 10.5}",
            "{\"age.adult.years\": 17.5}",
            "{\"Depth.home.maxMm\": 0.2}",
            "{\"depth\": 0.2}",
            "{\"depth.home.maxMm\": 0.2, \"clinic.x\": {\"value\": 1, \"unit\": \"mm\", \"provenance\": \"p\"}}",
            "[1]",
            "0.3"})
    void invalidOverridesAreRejectedByBoth(String json) {
        assertThrows(PolicyFileException.class, () -> PolicyJson.apply(Policy.defaults(), json, "test"));
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, json));
    }

    /** The written form's own checks: unit, provenance, whole numbers of days, months and years. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"clinic.age.maxYears\": {\"value\": 70, \"unit\": \"decades\", \"provenance\": \"p\"}}",
            "{\"clinic.age.maxYears\": {\"value\": 70.5, \"unit\": \"years\", \"provenance\": \"p\"}}",
            "{\"clinic.age.maxYears\": {\"value\": 70, \"unit\": \"years\", \"provenance\": \" \"}}",
            "{\"clinic.age.maxYears\": {\"value\": 70, \"unit\": \"years\"}}",
            "{\"clinic.age.maxYears\": {\"value\": 70, \"unit\": \"years\", \"provenance\": \"p\", \"note\": \"x\"}}",
            "{\"depth.home.maxMm\": {\"value\": 0.3, \"unit\": \"days\", \"provenance\": \"p\"}}"})
    void invalidWrittenValuesAreRejected(String json) {
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, json));
    }

    /**
     * What only the reader checks: whether a key exists in the policy in effect (a rule directory
     * may add keys, so the schema allows any key of their shape), and how values relate.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"depth.hom.maxMm\": 0.2}",
            "{\"washout.SURGERY.days\": 30}",
            "{\"depth.concern.TEXTURE.minMm\": 0.9}",
            "{\"age.adult.years\": 30}"})
    void whatOnlyThePolicyReaderChecks(String json) {
        assertThrows(PolicyFileException.class, () -> PolicyJson.apply(Policy.defaults(), json, "test"));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.POLICY, json));
    }

    // ---- scenario files ----

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"profile\": {}, \"expect\": {\"decision\": \"INCOMPLETE\"}}",
            "{\"profile\": {\"screenedOn\": null}, \"expect\": {\"decision\": \"INCOMPLETE\"}}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\"}}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\"}, \"expect\": {\"decision\": \"incomplete\"}}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\"}, \"expect\": {\"decision\": \"INCOMPLETE\", \"fire\": []}}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\"}, \"expect\": {\"decision\": \"INCOMPLETE\"}, \"notes\": \"\"}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\", \"acne\": \"mild\"}, \"expect\": {\"decision\": \"INCOMPLETE\"}}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\"}, \"expect\": {\"decision\": \"INCOMPLETE\", \"fires\": \"X\"}}",
            "{\"profile\": {\"screenedOn\": \"2026-11-21\"}, \"expect\": {\"decision\": \"INCOMPLETE\", \"rescreenOn\": \"soon\"}}"})
    void invalidScenariosAreRejectedByBoth(String json, @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, json);
        assertThrows(org.needlescreen.scenario.ScenarioException.class, () -> Scenario.read(file, "s"));
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.SCENARIO, json));
    }

    // ---- helpers ----

    /** Parsed keeping numbers exact, as the reader does: 17.9999999999999999 is not 18. */
    static JsonNode exact(String json) {
        try {
            return JsonSupport.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(List<String> failures, String what, List<String> errors) {
        if (!errors.isEmpty()) {
            failures.add(what + ": " + errors);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> withNull(Enum<?>[] values) {
        List<String> out = new ArrayList<>(names(values));
        out.add(null);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "an array: " + array);
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }
}
