package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.cli.MainTest.JSON;
import static org.needlescreen.cli.MainTest.SUITABLE_HOME;
import static org.needlescreen.cli.MainTest.piped;
import static org.needlescreen.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control and invisible characters from the input never reach a terminal raw: in text output and
 * error messages they are shown as backslash-u escapes, so CHEEKS followed by a zero-width
 * non-joiner is visibly not CHEEKS; JSON output stays valid JSON that reads back as the input.
 */
class DisplayTest {

    /** A client reference with a zero-width space, an ANSI colour sequence, a line feed and a bidi override. */
    static final String REF = "C-1\u200B\u001B[31mX\nY\u202E";
    static final String REF_SHOWN = "C-1\\u200b\\u001b[31mX\\u000aY\\u202e";

    /** The first character a terminal would not show as itself (other than the line feed), or null. */
    static String hidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c != '\n' && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
                return String.format("U+%04X at %d in: %s", (int) c, i, s);
            }
        }
        return null;
    }

    static String withRef(String ref) throws IOException {
        return SUITABLE_HOME.replace("\"C-7\"", JSON.writeValueAsString(ref));
    }

    @Test
    void theTextReportEscapesTheClientReference() throws IOException {
        MainTest.Run r = piped(withRef(REF), "screen", "--format", "text", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Client " + REF_SHOWN + ", screened on 2026-11-21."), r.out());
        assertEquals(null, hidden(r.out()));
    }

    @Test
    void jsonOutputStaysValidAndReadsBackAsTheInput() throws IOException {
        MainTest.Run r = piped(withRef(REF), "screen", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(REF, r.json().get("clientRef").asText());
        assertFalse(r.out().contains("\u001B") || r.out().contains("\u0000"), "controls are escaped by the JSON writer");
        MainTest.Run b = piped(withRef(REF) + "\n", "batch");
        assertEquals(0, b.code(), b.err());
        assertEquals(REF, JSON.readTree(b.out()).get("clientRef").asText());
    }

    @Test
    void aRejectedValueIsShownEscapedOnStderr() {
        MainTest.Run r = piped("{\"treatment\": {\"area\": \"CHEEKS\u200C\"}}", "screen", "-");
        assertEquals(2, r.code());
        assertEquals("needlescreen screen: invalid profile: Invalid value for 'treatment.area': \"CHEEKS\\u200c\" (one of"
                + " FOREHEAD, PERIORBITAL, NOSE, CHEEKS, UPPER_LIP, CHIN_JAW, NECK, DECOLLETAGE, SCALP, ABDOMEN, THIGHS,"
                + " BUTTOCKS, ARMS, BACK in upper case, or null or absent when unknown; did you mean \"CHEEKS\"?)\n",
                r.err());
        MainTest.Run key = piped("{\"acne\u202E\": \"MILD\", \"\\u0007\": 1}", "screen", "-");
        assertTrue(key.err().contains("'acne\\u202e'"), key.err());
        assertEquals(null, hidden(key.err()));
    }

    @Test
    void batchErrorLinesAreJsonWithTheEscapedValue() throws IOException {
        String in = String.join("\n", List.of(
                "{\"treatment\": {\"area\": \"CHEEKS\u200C\"}}",
                "{\"acne\u200B\": \"MILD\"}",
                "{\"\": \"MILD\"}",
                "{\"rosacea\": \"N\u0000O\"}".replace("\u0000", "\\u0000"))) + "\n";
        MainTest.Run r = piped(in, "batch");
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.lines();
        JsonNode area = JSON.readTree(lines.get(0));
        assertEquals("treatment.area", area.get("field").asText());
        assertTrue(area.get("error").asText().contains("\"CHEEKS\\u200c\""), area.toString());
        assertEquals("acne\\u200b", JSON.readTree(lines.get(1)).get("field").asText());
        assertEquals("\"\"", JSON.readTree(lines.get(2)).get("field").asText());
        assertTrue(JSON.readTree(lines.get(3)).get("error").asText().contains("\"N\\u0000O\""), lines.get(3));
        for (String l : lines) {
            assertEquals(null, hidden(JSON.readTree(l).get("error").asText()));
        }
    }

    @Test
    void fileNamesAndUsageErrorsAreShownEscaped(@TempDir Path dir) throws IOException {
        MainTest.Run missing = run("screen", dir.resolve("no\u001B[2Jsuch.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no\\u001b[2Jsuch.json"), missing.err());
        assertEquals(null, hidden(missing.err()));

        MainTest.Run usage = run("batch", "--threads", "4\u001B[2J");
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("4\\u001b[2J"), usage.err());
        assertEquals(null, hidden(usage.err()));

        Path policy = Files.writeString(dir.resolve("p.json"), "{\"depth.home.maxMm\u200B\": 0.2}");
        MainTest.Run bad = piped(SUITABLE_HOME, "screen", "--policy", policy.toString(), "-");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown policy key 'depth.home.maxMm\\u200b'"), bad.err());
        assertEquals(null, hidden(bad.err()));
    }
}
