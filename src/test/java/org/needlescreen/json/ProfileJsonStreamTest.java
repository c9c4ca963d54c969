package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.InvalidProfileException;

/**
 * The streaming reader ({@link ProfileJsonStream}) only ever needs to be sound: whatever it
 * accepts, the tree reader accepts with an equal profile, and everything else falls back to the
 * tree reader, which words every error. Checked on every valid profile the project ships, on the
 * whole bad-input corpus, and on random mutations of a full profile; and the streaming reader must
 * take the profiles it was written for, or it would be a slow path in disguise.
 */
class ProfileJsonStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fast path's answer must be null or the tree reader's; returns whether the fast path took it. */
    static boolean agrees(String json, List<String> failures) {
        ClientProfile fast;
        try {
            fast = ProfileJsonStream.read(json);
        } catch (RuntimeException e) {
            failures.add("the streaming reader threw " + e + " on: " + json);
            return false;
        }
        ClientProfile tree;
        try {
            tree = ProfileJsonCodec.readTree(json);
        } catch (InvalidProfileException e) {
            if (fast != null) {
                failures.add("accepted what the tree reader rejects (" + e.getMessage() + "): " + json);
            }
            return false;
        }
        if (fast != null && !fast.equals(tree)) {
            failures.add("a different profile than the tree reader's: " + json);
        }
        return fast != null;
    }

    static List<String> scenarioProfiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode profile = JSON.readTree(f.toFile()).get("profile");
                if (profile != null) {
                    out.add(profile.toPrettyString());
                }
            }
        }
        return out;
    }

    @Test
    void takesEveryShippedProfileAndAgreesWithTheTreeReader() throws IOException {
        List<String> valid = new ArrayList<>(scenarioProfiles());
        assertTrue(valid.size() > 200, "scenario profiles: " + valid.size());
        valid.add(Files.readString(Path.of("examples/client.json")));
        for (String line : Files.readAllLines(Path.of("examples/clients.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.contains("\"yes\"")) { // the example's deliberately invalid line
                valid.add(line);
            }
        }
        List<String> failures = new ArrayList<>();
        int fast = 0;
        for (String json : valid) {
            if (agrees(json, failures)) {
                fast++;
            }
            // Written back compactly (fields in order, unknowns left out), read again.
            if (agrees(ProfileJson.write(ProfileJson.read(json)), failures)) {
                fast++;
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(2 * valid.size(), fast, "profiles the streaming reader left to the tree reader");
    }

    @Test
    void declinesTheWholeBadInputCorpus() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String profile = JSON.readTree(line).get("profile").asText();
                    cases++;
                    if (ProfileJsonStream.read(profile) != null) {
                        failures.add(f.getFileName() + ": accepted " + profile);
                    }
                }
            }
        }
        assertTrue(cases > 1900, "corpus inputs: " + cases);
        assertEquals(List.of(), failures);
    }

    @Test
    void customAnswersAreKeptExactlyAsTheTreeReaderKeepsThem() {
        List<String> failures = new ArrayList<>();
        for (String custom : List.of("{}", "{\"a\":\"YES\"}", "{\"n\":1.50}", "{\"n\":0.0}", "{\"n\":-0}",
                "{\"n\":1e400}", "{\"n\":123456789012345678901234567890}", "{\"d\":\"2026-11-21\",\"x\":null}",
                "{\"n\":2,\"m\":2.000,\"k\":1E+2}")) {
            assertTrue(agrees("{\"screenedOn\":\"2026-11-21\",\"custom\":" + custom + "}", failures), custom);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void declinesARepeatedKeyAtEveryLevel() {
        for (String json : List.of("{\"age\":1,\"age\":1}", "{\"age\":null,\"age\":1}", "{\"age\":null,\"age\":null}",
                "{\"treatment\":{\"area\":\"CHEEKS\",\"area\":null}}",
                "{\"isotretinoin\":{\"status\":\"NEVER\",\"status\":\"NEVER\"}}",
                "{\"recentProcedures\":[{\"type\":\"LASER\",\"date\":null,\"date\":null}]}",
                "{\"custom\":{\"a\":1,\"a\":1}}", "{\"custom\":{\"a\":1,\"b\":2,\"c\":3,\"a\":4}}",
                "{\"custom\":{\"a\":1},\"age\":1,\"custom\":{}}")) {
            assertNull(ProfileJsonStream.read(json), json);
            InvalidProfileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidProfileException.class,
                    () -> ProfileJson.read(json), json);
            assertTrue(e.getMessage().contains("a duplicate key"), e.getMessage());
        }
        assertNotNull(ProfileJsonStream.read("{\"custom\":{\"a\":1,\"b\":2,\"c\":3},\"age\":1,"
                + "\"treatment\":{\"area\":\"CHEEKS\"},\"recentProcedures\":[{\"type\":\"LASER\"},{\"type\":\"LASER\"}]}"));
    }

    /** Values for any field: valid ones, wrong types, edge numbers and dates, nesting, strings with escapes. */
    private static final List<String> VALUES = List.of("null", "\"YES\"", "\"NO\"", "\"UNKNOWN\"", "\"yes\"", "\"\"",
            "\"NONE\"", "\"MILD\"", "\"II\"", "\"IV\"", "\"HOME\"", "\"PROFESSIONAL\"", "\"ROLLER\"", "\"PEN\"",
            "\"CHEEKS\"", "\"TEXTURE\"", "\"NEVER\"", "\"CURRENT\"", "\"STOPPED\"", "\"LASER\"", "\"CHEMICAL_PEEL\"",
            "\"C-1\"", "\"C\\u002d1\"", "\"\\u0059ES\"", "\"2026-11-21\"", "\"2026-02-30\"", "\"2028-02-29\"",
            "\"0000-01-01\"", "\"2026-1-21\"", "\"２０２６-11-21\"", "\"2026-11-21T00:00\"", "\"1899-12-31\"",
            "\"2999-12-31\"", "\"3000-01-01\"", "\"2027-01-01\"", "0", "-0", "1", "18", "34", "120", "121", "-1",
            "18.0", "1.8e1", "17.9999999999999999", "2147483648", "99999999999999999999", "0.25", "0.3", "5",
            "5.0", "5.0000000000000001", "4.9999999999999999999", "1e-400", "1e400", "-0.0", "0.0", "2.5E-1",
            "true", "false", "[]", "{}", "[\"TEXTURE\"]", "[\"TEXTURE\",\"TEXTURE\"]", "[null]", "[1]",
            "[\"TEXTURE\",\"ACNE_SCARS\",\"WRINKLES\",\"ENLARGED_PORES\",\"PIGMENTATION\"]",
            "{\"status\":\"NEVER\"}", "{\"status\":\"NEVER\",\"lastDose\":\"2026-01-01\"}",
            "{\"status\":\"STOPPED\",\"lastDose\":\"2026-08-01\"}", "{\"status\":\"STOPPED\"}",
            "{\"status\":\"CURRENT\"}", "{\"status\":\"CURRENT\",\"lastDose\":\"2026-01-01\"}",
            "{\"lastDose\":\"2026-01-01\"}", "{\"status\":null}", "{\"status\":\"NEVER\",\"status\":\"NEVER\"}",
            "{\"status\":\"NEVER\",\"x\":1}", "[{\"type\":\"LASER\",\"date\":\"2026-10-01\"}]", "[{\"type\":\"LASER\"}]",
            "[{\"date\":\"2026-10-01\"}]", "[{\"type\":null}]", "[{\"type\":\"LASER\",\"date\":null}]",
            "[{\"type\":\"LASER\",\"date\":\"2027-10-01\"}]", "{\"setting\":\"HOME\",\"needleDepthMm\":0.25}",
            "{\"setting\":\"HOME\",\"needleDepthMm\":6}", "{\"concerns\":null,\"area\":null}", "{\"colour\":\"red\"}",
            "{\"a\":{\"a\":1}}", "[[1]]");

    private static final String BASE = "{\"clientRef\":\"C-1\",\"screenedOn\":\"2026-11-21\",\"age\":34,"
            + "\"fitzpatrickType\":\"IV\",\"pregnantOrBreastfeeding\":\"NO\",\"acne\":\"MILD\",\"rosacea\":\"NO\","
            + "\"coldSoreHistory\":\"YES\",\"diabetes\":\"NONE\",\"isotretinoin\":{\"status\":\"STOPPED\","
            + "\"lastDose\":\"2026-08-01\"},\"recentProcedures\":[{\"type\":\"CHEMICAL_PEEL\",\"date\":\"2026-11-10\"}],"
            + "\"treatment\":{\"setting\":\"HOME\",\"device\":\"ROLLER\",\"needleDepthMm\":0.25,\"area\":\"CHEEKS\","
            + "\"concerns\":[\"ENLARGED_PORES\",\"TEXTURE\"]}}";

    private static final List<String> KEYS = List.of("clientRef", "screenedOn", "age", "fitzpatrickType",
            "pregnantOrBreastfeeding", "acne", "rosacea", "diabetes", "isotretinoin", "recentProcedures", "treatment",
            "custom", "Acne", "extra", "");

    private static final List<String> TREATMENT_KEYS = List.of("setting", "device", "needleDepthMm", "area",
            "concerns", "Setting");

    /** One random change to the base profile, at the top level or inside the treatment, or to the text itself. */
    static String mutate(Random r) {
        String s = BASE;
        int changes = r.nextBoolean() ? 1 : 1 + r.nextInt(3);
        for (int i = 0; i < changes; i++) {
            String value = VALUES.get(r.nextInt(VALUES.size()));
            switch (r.nextInt(6)) {
                case 0, 1 -> s = "{\"" + KEYS.get(r.nextInt(KEYS.size())) + "\":" + value + "," + s.substring(1);
                case 2 -> s = s.substring(0, s.length() - 1) + ",\"" + KEYS.get(r.nextInt(KEYS.size())) + "\":" + value + "}";
                case 3 -> s = s.replace("\"treatment\":{", "\"treatment\":{\""
                        + TREATMENT_KEYS.get(r.nextInt(TREATMENT_KEYS.size())) + "\":" + value + ",");
                case 4 -> {
                    String key = KEYS.get(r.nextInt(11));
                    s = s.replaceFirst("\"" + key + "\":(\"[^\"]*\"|[0-9.]+)", "\"" + key + "\":"
                            + java.util.regex.Matcher.quoteReplacement(value));
                }
                default -> {
                    String[] noise = {" ", "\r\n", "\t", "x", "}", ",", "{}", "\u0000", "//", "\"", "]"};
                    int at = r.nextInt(s.length() + 1);
                    s = s.substring(0, at) + noise[r.nextInt(noise.length)] + s.substring(at);
                }
            }
        }
        return s;
    }

    @Test
    void randomMutationsNeverGetPastTheTreeReader() {
        Random r = new Random(20261122);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int fast = 0;
        for (int i = 0; i < 20_000 && failures.size() < 10; i++) {
            String json = mutate(r);
            boolean tookIt = agrees(json, failures);
            try {
                ProfileJsonCodec.readTree(json);
                accepted++;
                if (tookIt) {
                    fast++;
                }
            } catch (InvalidProfileException e) {
                // rejected by both: the tree reader's message is the one users see
            }
        }
        System.out.println("random mutations: " + accepted + " valid, " + fast + " of them read by the streaming reader");
        assertEquals(List.of(), failures);
        assertTrue(accepted > 500, "valid mutations: " + accepted);
        assertTrue(fast > accepted * 0.8, "the streaming reader took " + fast + " of " + accepted + " valid mutations");
    }

    @Test
    void readUsesTheTreeReadersWordingForEveryRejection() {
        Random r = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String json = mutate(r);
            String viaTree;
            try {
                viaTree = "accepted " + ProfileJsonCodec.readTree(json).hashCode();
            } catch (InvalidProfileException e) {
                viaTree = e.field() + " | " + e.getMessage();
            }
            String viaRead;
            try {
                viaRead = "accepted " + ProfileJson.read(json).hashCode();
            } catch (InvalidProfileException e) {
                viaRead = e.field() + " | " + e.getMessage();
            }
            assertEquals(viaTree, viaRead, json);
        }
        assertNull(ProfileJsonStream.read(null));
        assertNotNull(ProfileJsonStream.read("{}"));
    }
}
