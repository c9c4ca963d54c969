package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlescreen.Policy;

class PolicyJsonTest {

    @Test
    void overridesWithProvenance(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("clinic.json");
        Files.writeString(file, "{\"depth.home.maxMm\": 0.25, \"washout.LASER.days\": 60}");
        Policy p = PolicyJson.read(file, Policy.defaults());
        assertEquals(0.25, p.homeMaxDepthMm());
        assertEquals(60, p.washoutDays(org.needlescreen.model.ProcedureType.LASER));
        assertEquals("policy file clinic.json", p.value(Policy.HOME_MAX_DEPTH).orElseThrow().provenance());
        assertEquals(Policy.defaults().absoluteMaxDepthMm(), p.absoluteMaxDepthMm());
    }

    @Test
    void emptyObjectChangesNothing() {
        assertEquals(Policy.defaults(), PolicyJson.apply(Policy.defaults(), "{}", "test"));
    }

    @Test
    void relatedValuesInAnyOrder() {
        // Raising both ends of a range above the old maximum: the minimum alone would break the order.
        Policy p = PolicyJson.apply(Policy.defaults(),
                "{\"depth.concern.TEXTURE.minMm\": 0.8, \"depth.concern.TEXTURE.maxMm\": 1.2}", "test");
        assertEquals(0.8, p.concernMinDepthMm(org.needlescreen.model.Concern.TEXTURE));
        Policy q = PolicyJson.apply(Policy.defaults(),
                "{\"depth.area.NECK.maxMm\": 0.8, \"depth.absolute.maxMm\": 0.9, \"depth.area.CHEEKS.maxMm\": 0.9,"
                        + " \"depth.area.CHIN_JAW.maxMm\": 0.9, \"depth.area.SCALP.maxMm\": 0.9,"
                        + " \"depth.area.DECOLLETAGE.maxMm\": 0.9, \"depth.area.ABDOMEN.maxMm\": 0.9,"
                        + " \"depth.area.THIGHS.maxMm\": 0.9, \"depth.area.BUTTOCKS.maxMm\": 0.9,"
                        + " \"depth.area.ARMS.maxMm\": 0.9, \"depth.area.BACK.maxMm\": 0.9,"
                        + " \"depth.concern.STRETCH_MARKS.minMm\": 0.9}", "test");
        assertEquals(0.9, q.absoluteMaxDepthMm());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"depth.hom.maxMm\": 0.2}`         | depth.hom.maxMm     | unknown policy key 'depth.hom.maxMm'",
            "`{\"depth.home.maxMm\": -1}`         | depth.home.maxMm    | -1",
            "`{\"depth.home.maxMm\": \"0.2\"}`    | depth.home.maxMm    | \"0.2\"",
            "`{\"depth.home.maxMm\": null}`       | depth.home.maxMm    | null",
            "`{\"washout.LASER.days\": 10.5}`     | washout.LASER.days  | whole number",
            "`{\"depth.concern.TEXTURE.minMm\": 0.9}` | depth.concern.TEXTURE.minMm | must not be above",
            "`{\"depth.home.maxMm\": 0.2,`        |                     | malformed JSON",
            "`[1]`                                |                     | expected a JSON object",
    })
    void rejectsNamingKeyAndValue(String json, String key, String expected) {
        PolicyFileException e = assertThrows(PolicyFileException.class,
                () -> PolicyJson.apply(Policy.defaults(), json, "policy file x.json"));
        assertEquals(key == null ? "" : key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith("policy file x.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        if (key != null) {
            assertTrue(e.getMessage().contains(key), e.getMessage());
        }
    }
}
