package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@code batch --guidance omit}: the same result lines without their guidance. */
class CompactBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void omitLeavesOutTheGuidanceAndNothingElse() throws Exception {
        String in = BatchHardeningTest.client("C-1") + "\n" + BatchHardeningTest.ROSACEA + "\n{\"age\": 300}\n";
        BatchHardeningTest.Run full = BatchHardeningTest.batch(in);
        BatchHardeningTest.Run compact = BatchHardeningTest.batch(in, "--guidance", "omit");
        List<String> fullLines = full.lines();
        List<String> compactLines = compact.lines();
        assertEquals(3, compactLines.size(), compact.out());
        assertEquals(full.code(), compact.code());
        for (int i = 0; i < 2; i++) {
            ObjectNode f = (ObjectNode) JSON.readTree(fullLines.get(i));
            ObjectNode c = (ObjectNode) JSON.readTree(compactLines.get(i));
            assertTrue(f.has("guidance"));
            assertFalse(c.has("guidance"), compactLines.get(i));
            f.remove("guidance");
            assertEquals(f, c);
            assertTrue(compactLines.get(i).length() * 2 < fullLines.get(i).length(), "at least halves the line");
        }
        assertEquals(fullLines.get(2), compactLines.get(2), "error lines are unchanged");
        assertEquals(2, BatchHardeningTest.batch(in, "--guidance", "some").code());
    }
}
