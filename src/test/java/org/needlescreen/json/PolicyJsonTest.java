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

    @Test
    void aLeadingByteOrderMarkIsAcceptedAsInAProfile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"washout.LASER.days\": 60}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(60, PolicyJson.read(file, Policy.defaults()).washoutDays(org.needlescreen.model.ProcedureType.LASER));
    }

    /** Decided on the number as written: never clamped to an int, never rounded into range. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "washout.LASER.days          | 4294967311",
            "washout.LASER.days          | 2147483648",
            "washout.LASER.days          | 3651",
            "washout.LASER.days          | 14.0000000000000001",
            "washout.LASER.days          | 1e400",
            "washout.LASER.days          | -0.0",
            "washout.LASER.days          | 0",
            "referral.SURGERY.months     | 121",
            "isotretinoin.washout.months | 99999999999999999999",
            "age.authorised.years        | 121",
            "age.adult.years             | 17.9999999999999999",
            "depth.home.maxMm            | 5.0000000000000001",
            "depth.absolute.maxMm        | 5.01",
            "depth.home.maxMm            | 1e-400",
            "depth.home.maxMm            | 0.0",
    })
    void outOfRangeValuesAreRejectedExactly(String key, String value) {
        PolicyFileException e = assertThrows(PolicyFileException.class,
                () -> PolicyJson.apply(Policy.defaults(), "{\"" + key + "\": " + value + "}", "policy file x.json"));
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith("policy file x.json: invalid value for '" + key + "': "), e.getMessage());
        // The value shown is the number as written (up to trailing zeros), not a rounded or clamped one.
        String rest = e.getMessage().substring(("policy file x.json: invalid value for '" + key + "': ").length());
        String shown = rest.substring(0, rest.indexOf(" ("));
        assertEquals(0, new java.math.BigDecimal(value).compareTo(new java.math.BigDecimal(shown)), e.getMessage());
        assertTrue(e.getMessage().matches(".*\\((a whole number of (days|months|years) from 1 to (3650|120)"
                + "|a number of mm above 0 and at most 5)\\)$"), e.getMessage());
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        Policy p = PolicyJson.apply(Policy.defaults(), "{\"washout.LASER.days\": 3650, \"referral.SURGERY.months\": 120,"
                + " \"age.authorised.years\": 120, \"depth.absolute.maxMm\": 5, \"washout.SUNTAN.days\": 1.0E1}", "test");
        assertEquals(3650, p.washoutDays(org.needlescreen.model.ProcedureType.LASER));
        assertEquals(120, p.referralMonths(org.needlescreen.model.ProcedureType.SURGERY));
        assertEquals(10, p.washoutDays(org.needlescreen.model.ProcedureType.SUNTAN));
        assertEquals(5.0, p.absoluteMaxDepthMm());
    }

    @Test
    void thePolicyApiRejectsValuesAboveTheUnitMaximumToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Policy.defaults().with("washout.LASER.days", 4294967311.0, "test"));
        assertTrue(e.getMessage().contains("'washout.LASER.days': 4294967311 (at most 3650 days)"), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsNamed() {
        PolicyFileException e = assertThrows(PolicyFileException.class, () -> PolicyJson.apply(Policy.defaults(),
                "{\"washout.LASER.days\": 60, \"washout.LASER.days\": 6}", "policy file x.json"));
        assertEquals("washout.LASER.days", e.key());
        assertTrue(e.getMessage().contains("Duplicate field 'washout.LASER.days'"), e.getMessage());
    }

    @Test
    void invisibleCharactersInKeysAreShownEscaped() {
        PolicyFileException e = assertThrows(PolicyFileException.class, () -> PolicyJson.apply(Policy.defaults(),
                "{\"washout.LASER.days\\u200b\": 60}", "policy file x.json"));
        assertTrue(e.getMessage().contains("unknown policy key 'washout.LASER.days\\u200b'"), e.getMessage());
        assertEquals("washout.LASER.days\\u200b", e.key());
    }
}
