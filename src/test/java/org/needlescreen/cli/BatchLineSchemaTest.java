package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.cli.BatchHardeningTest.aged77;
import static org.needlescreen.cli.BatchHardeningTest.batch;
import static org.needlescreen.cli.BatchHardeningTest.bytes;
import static org.needlescreen.cli.BatchHardeningTest.client;
import static org.needlescreen.cli.BatchHardeningTest.throwingRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.json.JsonSchemas;

/**
 * Every kind of line {@code batch} writes is valid for {@code docs/schema/batch-line.schema.json}:
 * results (with and without guidance), error lines for invalid, non-UTF-8 and over-long lines, and
 * internal-failure lines.
 */
class BatchLineSchemaTest {

    @Test
    void resultAndErrorLines() throws IOException {
        byte[] in = bytes(Files.readString(Path.of("examples/clients.jsonl")),
                new byte[] {'{', (byte) 0xC3, '}', '\n'}, // not UTF-8
                "{\"age\": 34\n", // malformed JSON
                "\n", // an empty line
                "{\"clientRef\": \"" + "x".repeat(3000) + "\"}\n"); // over --max-line-bytes
        for (String guidance : List.of("full", "omit")) {
            BatchHardeningTest.Run r = batch(in, "--max-line-bytes", "2000", "--guidance", guidance);
            assertEquals(2, r.code(), r.err());
            List<String> lines = r.lines();
            assertEquals(8, lines.size(), r.out());
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.BATCH_LINE, lines.get(i)), lines.get(i));
                JsonNode n = JsonSchemas.parse(lines.get(i));
                boolean result = n.has("decision");
                assertEquals(i == 0 || i == 1 || i == 3, result, lines.get(i));
                if (result) {
                    assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, n));
                    assertEquals(guidance.equals("full"), n.has("guidance"));
                } else {
                    assertEquals(i + 1, n.get("line").asInt());
                    assertTrue(n.has("field"), lines.get(i));
                }
            }
        }
    }

    @Test
    void internalFailureLines(@TempDir Path dir) throws IOException {
        BatchHardeningTest.Run r = batch(aged77("C-1") + "\n" + client("C-2") + "\n{\"age\": 130}\n",
                "--add-rules", throwingRules(dir).toString());
        assertEquals(3, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(3, lines.size(), r.out());
        assertTrue(JsonSchemas.parse(lines.get(0)).path("internal").asBoolean(), lines.get(0));
        for (String line : lines) {
            assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.BATCH_LINE, line), line);
        }
        assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.RESULT, lines.get(0)), "not a result");
    }

    @Test
    void errorLinesAreOneKindOrTheOther() {
        for (String line : List.of(
                "{\"line\": 1, \"error\": \"x\"}",
                "{\"line\": 1, \"error\": \"x\", \"field\": \"age\", \"internal\": true}",
                "{\"line\": 1, \"error\": \"x\", \"internal\": false}",
                "{\"line\": 0, \"error\": \"x\", \"field\": \"age\"}",
                "{\"line\": 1, \"field\": \"age\"}")) {
            assertNotEquals(List.of(), JsonSchemas.errors(JsonSchemas.BATCH_LINE, line), line);
        }
    }
}
