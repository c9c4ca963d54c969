package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.cli.BatchHardeningTest.aged77;
import static org.needlescreen.cli.BatchHardeningTest.batch;
import static org.needlescreen.cli.BatchHardeningTest.client;
import static org.needlescreen.cli.BatchHardeningTest.throwingRules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} hands lines to its workers in chunks ({@link BatchRunner#CHUNK_LINES} lines): over
 * many chunks, with every kind of line at and around chunk boundaries, each line keeps its place
 * and its own outcome, whatever the number of threads.
 */
class ChunkedBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private enum Kind { RESULT, INTERNAL, INVALID, BAD_UTF8, TOO_LONG, EMPTY }

    private static Kind kind(int n) {
        if (n % 17 == 0 || n == BatchRunner.CHUNK_LINES * 2) {
            return Kind.EMPTY;
        }
        if (n % 13 == 0 || n == BatchRunner.CHUNK_LINES + 1) {
            return Kind.TOO_LONG;
        }
        if (n % 11 == 0) {
            return Kind.BAD_UTF8;
        }
        if (n % 7 == 0 || n == BatchRunner.CHUNK_LINES) {
            return Kind.INTERNAL;
        }
        if (n % 5 == 0 || n == BatchRunner.CHUNK_LINES * 3 + 1) {
            return Kind.INVALID;
        }
        return Kind.RESULT;
    }

    @Test
    void everyLineKeepsItsPlaceAndItsOutcomeAcrossChunks(@TempDir Path dir) throws IOException {
        int lines = BatchRunner.CHUNK_LINES * 5 + 37;
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        int invalid = 0;
        int internal = 0;
        for (int n = 1; n <= lines; n++) {
            switch (kind(n)) {
                case RESULT -> in.writeBytes(client("C-" + n).getBytes(StandardCharsets.UTF_8));
                case INTERNAL -> {
                    in.writeBytes(aged77("C-" + n).getBytes(StandardCharsets.UTF_8));
                    internal++;
                }
                case INVALID -> {
                    in.writeBytes(client("C-" + n).replace("\"age\":34", "\"age\":130").getBytes(StandardCharsets.UTF_8));
                    invalid++;
                }
                case BAD_UTF8 -> {
                    in.writeBytes(("{\"clientRef\":\"C-" + n + "\",\"age\":3").getBytes(StandardCharsets.UTF_8));
                    in.write(0xC3); // a lead byte without its continuation
                    in.writeBytes("}".getBytes(StandardCharsets.UTF_8));
                    invalid++;
                }
                case TOO_LONG -> {
                    in.writeBytes((client("C-" + n) + " ".repeat(3000)).getBytes(StandardCharsets.UTF_8));
                    invalid++;
                }
                case EMPTY -> invalid++;
                default -> throw new AssertionError();
            }
            in.write(n % 3 == 0 ? '\r' : ' ');
            in.write('\n');
        }
        String rules = throwingRules(dir).toString();
        byte[] input = in.toByteArray();
        BatchHardeningTest.Run one = batch(input, "--add-rules", rules, "--threads", "1", "--max-line-bytes", "2000");
        assertEquals(3, one.code(), one.err());
        assertTrue(one.err().contains(invalid + " of " + lines + " lines invalid"), one.err());
        assertTrue(one.err().contains("internal failure on " + internal + " lines"), one.err());

        List<String> out = one.lines();
        assertEquals(lines, out.size());
        List<String> wrong = new ArrayList<>();
        for (int n = 1; n <= lines; n++) {
            JsonNode line = JSON.readTree(out.get(n - 1));
            boolean ok = switch (kind(n)) {
                case RESULT -> line.path("clientRef").asText().equals("C-" + n) && line.has("decision");
                case INTERNAL -> line.path("line").asInt() == n && line.path("internal").asBoolean();
                case INVALID -> line.path("line").asInt() == n && line.path("field").asText().equals("age");
                case BAD_UTF8 -> line.path("line").asInt() == n && line.path("error").asText().startsWith("not valid UTF-8");
                case TOO_LONG -> line.path("line").asInt() == n && line.path("error").asText().startsWith("line too long");
                case EMPTY -> line.path("line").asInt() == n && line.path("field").asText().equals("$");
            };
            if (!ok) {
                wrong.add("line " + n + " (" + kind(n) + "): " + out.get(n - 1));
            }
        }
        assertEquals(List.of(), wrong);
        assertFalse(one.out().contains("SECRET"));

        for (String threads : List.of("2", "3", "8")) {
            BatchHardeningTest.Run many = batch(input, "--add-rules", rules, "--threads", threads, "--max-line-bytes",
                    "2000");
            assertEquals(3, many.code(), many.err());
            assertArrayEquals(one.outBytes(), many.outBytes(), "--threads " + threads);
            assertEquals(one.err(), many.err(), "--threads " + threads);
        }
    }
}
