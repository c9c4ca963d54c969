package org.needlescreen.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlescreen.badinput.BadInputCorpus.Case;
import org.needlescreen.cli.Main;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.model.InvalidProfileException;

/**
 * Runs the bad-input corpus ({@code src/test/resources/bad-input/*.jsonl}, see {@link BadInputCorpus}):
 * every input must be rejected with an {@link InvalidProfileException} naming the expected field,
 * through the Java API and, interleaved with valid lines, through {@code batch}, where each bad line
 * must become an error line in its own place and the valid lines must come out exactly as they do
 * without the bad ones between them.
 */
class BadInputCorpusTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Map<String, List<Case>> corpus;

    @BeforeAll
    static void load() throws IOException {
        if (Boolean.getBoolean("badinput.write")) {
            BadInputCorpus.write();
        }
        corpus = BadInputCorpus.read();
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        corpus.values().forEach(out::addAll);
        return out;
    }

    @Test
    void theCommittedFilesAreWhatTheGeneratorWrites() throws IOException {
        for (Map.Entry<String, List<Case>> e : BadInputCorpus.generate().entrySet()) {
            String expected = BadInputCorpus.file(e.getValue());
            String actual = Files.readString(BadInputCorpus.DIR.resolve(e.getKey() + ".jsonl"), StandardCharsets.UTF_8);
            assertEquals(expected, actual, e.getKey() + ".jsonl is out of date: regenerate it with"
                    + " mvn -B -q test -Dtest=BadInputCorpusTest -Dbadinput.write=true");
        }
    }

    @Test
    void theBaseProfileIsValidSoEachCaseHasOneFault() {
        ProfileJson.read(BadInputCorpus.with("age", "34"));
        ProfileJson.read(BadInputCorpus.with("age", "0"));
        ProfileJson.read(BadInputCorpus.treatment("needleDepthMm", "5"));
        for (String edge : List.of("-0.0", "18.0", "1.8e1", "120", "1.2E+2", "0")) {
            ProfileJson.read(BadInputCorpus.with("age", edge));
        }
        for (String edge : List.of("5", "5.0", "5.00000000000000000000", "0.5e1", "2.5e-1")) {
            ProfileJson.read(BadInputCorpus.treatment("needleDepthMm", edge));
        }
        ProfileJson.read(BadInputCorpus.with("screenedOn", "\"2028-02-29\""));
        ProfileJson.read(BadInputCorpus.with("recentProcedures", "[]"));
    }

    @Test
    void everyInputIsRejectedByTheApiNamingItsField() {
        List<Case> cases = all();
        assertTrue(cases.size() >= 800, "the corpus holds " + cases.size() + " inputs");
        List<String> failures = new ArrayList<>();
        Map<String, int[]> perFile = new LinkedHashMap<>();
        int rejected = 0;
        int failOpen = 0;
        for (Map.Entry<String, List<Case>> file : corpus.entrySet()) {
            int fileRejected = 0;
            for (Case c : file.getValue()) {
                String where = file.getKey() + " [" + c.note() + "]";
                try {
                    ProfileJson.read(c.profile());
                    failOpen++;
                    failures.add(where + ": accepted, expected a rejection naming '" + c.field() + "'");
                } catch (InvalidProfileException e) {
                    rejected++;
                    fileRejected++;
                    if (!e.field().equals(c.field())) {
                        failures.add(where + ": names '" + e.field() + "', expected '" + c.field() + "': " + e.getMessage());
                    } else if (!e.getMessage().contains("'" + c.field() + "'")) {
                        failures.add(where + ": the message does not name '" + c.field() + "': " + e.getMessage());
                    }
                    String hidden = hidden(e.getMessage() + e.value() + e.field());
                    if (hidden != null) {
                        failures.add(where + ": the message shows " + hidden + " raw: " + e.getMessage());
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(where + ": " + e.getClass().getName() + " instead of InvalidProfileException");
                }
            }
            perFile.put(file.getKey(), new int[] {file.getValue().size(), fileRejected});
        }
        StringBuilder figures = new StringBuilder("bad-input corpus: " + cases.size() + " inputs, " + rejected
                + " rejected, " + failOpen + " accepted (fail-open)");
        perFile.forEach((f, n) -> figures.append("\n  ").append(f).append(": ").append(n[0]).append(" inputs, ")
                .append(n[1]).append(" rejected"));
        System.out.println(figures);
        assertEquals(List.of(), failures, figures.toString());
    }

    /** The first character a terminal would not show visibly (a control, a format character, ...), or null. */
    static String hidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || c == '\u034F' || c == '\u115F' || c == '\uFE0F') {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }

    /** A valid profile for line {@code n}, with clientRef "L<n>" and one of three decisions. */
    static String valid(int n) {
        String p = BadInputCorpus.with("clientRef", "\"L" + n + "\"");
        return switch (n % 3) {
            case 0 -> p.replace("\"rosacea\":\"NO\"", "\"rosacea\":\"YES\"");
            case 1 -> p.replace("\"setting\":\"HOME\"", "\"setting\":\"PROFESSIONAL\"");
            default -> p;
        };
    }

    record Run(int code, List<String> lines, String err) {
    }

    static Run batch(List<String> lines) {
        StringBuilder in = new StringBuilder();
        for (String l : lines) {
            assertFalse(l.contains("\n"), "a corpus input holds a line feed: " + l);
            in.append(l).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"batch", "--threads", "2"},
                new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n"), "output ends with a line end");
        return new Run(code, List.of(text.substring(0, text.length() - 1).split("\n", -1)),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void batchRejectsEachBadLineInItsPlaceAndLeavesTheValidLinesAsTheyWere() throws IOException {
        List<Case> cases = all();
        List<String> mixed = new ArrayList<>();
        List<String> clean = new ArrayList<>();
        List<Integer> validLineNumbers = new ArrayList<>();
        Map<Integer, Case> badAt = new LinkedHashMap<>();
        for (Case c : cases) {
            int n = mixed.size() + 1;
            mixed.add(valid(n));
            clean.add(valid(n));
            validLineNumbers.add(n);
            badAt.put(n + 1, c);
            mixed.add(c.profile());
        }
        int last = mixed.size() + 1;
        mixed.add(valid(last));
        clean.add(valid(last));
        validLineNumbers.add(last);

        Run r = batch(mixed);
        Run reference = batch(clean);
        assertEquals(0, reference.code(), reference.err());
        assertEquals(2, r.code(), r.err());
        assertEquals(mixed.size(), r.lines().size(), "one output line per input line");
        assertTrue(r.err().contains(cases.size() + " of " + mixed.size() + " lines invalid"), r.err());

        List<String> failures = new ArrayList<>();
        for (int k = 0; k < validLineNumbers.size(); k++) {
            int n = validLineNumbers.get(k);
            String got = r.lines().get(n - 1);
            if (!got.equals(reference.lines().get(k))) {
                failures.add("line " + n + ": differs from the clean run: " + cut(got));
            } else if (!JSON.readTree(got).path("clientRef").asText().equals("L" + n)) {
                failures.add("line " + n + ": belongs to another line: " + cut(got));
            }
        }
        for (Map.Entry<Integer, Case> e : badAt.entrySet()) {
            int n = e.getKey();
            Case c = e.getValue();
            JsonNode j = JSON.readTree(r.lines().get(n - 1));
            if (j.path("line").asInt() != n || j.has("decision") || j.has("internal")) {
                failures.add("line " + n + " [" + c.note() + "]: not an error line for line " + n + ": " + cut(j.toString()));
            } else if (!j.path("field").asText().equals(c.field())) {
                failures.add("line " + n + " [" + c.note() + "]: field '" + j.path("field").asText() + "', expected '"
                        + c.field() + "'");
            } else if (!j.path("error").asText().contains("'" + c.field() + "'")
                    && !j.path("error").asText().startsWith("not valid UTF-8")) {
                failures.add("line " + n + " [" + c.note() + "]: the error does not name '" + c.field() + "': "
                        + j.path("error").asText());
            }
        }
        assertEquals(List.of(), failures);
    }

    static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
