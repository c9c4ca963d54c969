package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.InvalidProfileException;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;

class ProfileJsonTest {

    static String example() throws IOException {
        return Files.readString(Path.of("examples/client.json"));
    }

    @Test
    void readsTheDomainExample() throws IOException {
        ClientProfile p = ProfileJson.read(example());
        assertEquals("C-1042", p.clientRef());
        assertEquals(LocalDate.of(2026, 11, 21), p.screenedOn());
        assertEquals(34, p.age());
        assertEquals(FitzpatrickType.IV, p.fitzpatrickType());
        assertEquals(Answer.NO, p.pregnantOrBreastfeeding());
        assertEquals(AcneSeverity.MILD, p.acne());
        assertEquals(Answer.YES, p.coldSoreHistory());
        assertEquals(DiabetesStatus.NONE, p.diabetes());
        assertEquals(IsotretinoinStatus.STOPPED, p.isotretinoin().status());
        assertEquals(LocalDate.of(2026, 8, 1), p.isotretinoin().lastDose());
        assertEquals(1, p.recentProcedures().size());
        assertEquals(ProcedureType.CHEMICAL_PEEL, p.recentProcedures().get(0).type());
        assertEquals(Setting.HOME, p.treatment().setting());
        assertEquals(Device.ROLLER, p.treatment().device());
        assertEquals(0.25, p.treatment().needleDepthMm());
        assertEquals(Area.CHEEKS, p.treatment().area());
        assertEquals(List.of(Concern.TEXTURE, Concern.ENLARGED_PORES), p.treatment().concerns());
    }

    @Test
    void absentNullAndUnknownAreUnknown() {
        ClientProfile p = ProfileJson.read("{\"rosacea\": null, \"bleedingDisorder\": \"UNKNOWN\", \"acne\": null,"
                + " \"isotretinoin\": null, \"recentProcedures\": null, \"treatment\": null}");
        assertEquals(Answer.UNKNOWN, p.rosacea());
        assertEquals(Answer.UNKNOWN, p.bleedingDisorder());
        assertEquals(Answer.UNKNOWN, p.anticoagulants());
        assertNull(p.acne());
        assertNull(p.age());
        assertNull(p.isotretinoin());
        assertNull(p.treatment());
        assertNull(p.screenedOn());
        assertNull(p.recentProcedures(), "absent or null procedures are unknown, not none");
        assertEquals(List.of(), ProfileJson.read("{\"recentProcedures\": []}").recentProcedures(), "[] is none");
    }

    @Test
    void emptyTreatmentAndWholeAgeWrittenAsDecimal() {
        ClientProfile p = ProfileJson.read("{\"age\": 34.0, \"treatment\": {}, \"isotretinoin\": {\"status\": \"STOPPED\"}}");
        assertEquals(34, p.age());
        assertNull(p.treatment().setting());
        assertNull(p.isotretinoin().lastDose());
    }

    @Test
    void roundTrips() throws IOException {
        ClientProfile p = ProfileJson.read(example());
        String written = ProfileJson.write(p);
        assertEquals(p, ProfileJson.read(written));
        assertEquals(written, ProfileJson.write(ProfileJson.read(written)));
        assertTrue(written.startsWith("{\"clientRef\":\"C-1042\",\"screenedOn\":\"2026-11-21\",\"age\":34,"), written);
    }

    @Test
    void writeLeavesUnknownsOut() {
        assertEquals("{\"age\":40}", ProfileJson.write(ProfileJson.read("{\"age\": 40, \"rosacea\": \"UNKNOWN\"}")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // wrong case and unknown enumeration values
            "{\"acne\": \"mild\"}                                   | acne                       | \"mild\"",
            "{\"rosacea\": \"yes\"}                                 | rosacea                    | \"yes\"",
            "{\"rosacea\": true}                                    | rosacea                    | true",
            "{\"fitzpatrickType\": \"7\"}                           | fitzpatrickType            | \"7\"",
            "{\"isotretinoin\": {\"status\": \"stopped\"}}          | isotretinoin.status        | \"stopped\"",
            "{\"treatment\": {\"area\": \"FACE\"}}                  | treatment.area             | \"FACE\"",
            "{\"treatment\": {\"concerns\": [\"TEXTURE\", \"acne\"]}} | treatment.concerns[1]    | \"acne\"",
            "{\"treatment\": {\"concerns\": \"TEXTURE\"}}           | treatment.concerns         | \"TEXTURE\"",
            // dates
            "{\"screenedOn\": \"21/11/2026\"}                       | screenedOn                 | \"21/11/2026\"",
            "{\"screenedOn\": \"2026-02-30\"}                       | screenedOn                 | \"2026-02-30\"",
            "{\"screenedOn\": \"2026-11-21T10:00\"}                 | screenedOn                 | \"2026-11-21T10:00\"",
            "{\"screenedOn\": 20261121}                             | screenedOn                 | 20261121",
            "{\"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"2026-01-01\"}, {\"type\": \"LASER\", \"date\": \"yesterday\"}]} | recentProcedures[1].date | \"yesterday\"",
            "{\"recentProcedures\": [{\"date\": \"2026-01-01\"}]}  | recentProcedures[0].type   | null",
            "{\"recentProcedures\": [null]}                        | recentProcedures[0]        | null",
            // numbers
            "{\"treatment\": {\"needleDepthMm\": -0.5}}            | treatment.needleDepthMm    | -0.5",
            "{\"treatment\": {\"needleDepthMm\": 0}}               | treatment.needleDepthMm    | 0",
            "{\"treatment\": {\"needleDepthMm\": 15}}              | treatment.needleDepthMm    | 15",
            "{\"treatment\": {\"needleDepthMm\": \"0.5\"}}         | treatment.needleDepthMm    | \"0.5\"",
            "{\"treatment\": {\"needleDepthMm\": 1e400}}           | treatment.needleDepthMm    | 1E+400",
            "{\"age\": 130}                                         | age                        | 130",
            "{\"age\": -1}                                          | age                        | -1",
            "{\"age\": 34.5}                                        | age                        | 34.5",
            "{\"age\": 17.9999999999999999}                      | age                        | 17.9999999999999999",
            "{\"age\": 21.99999999999999999}                     | age                        | 21.99999999999999999",
            "{\"age\": 120.00000000000000001}                    | age                        | 120.00000000000000001",
            "{\"treatment\": {\"needleDepthMm\": 5.0000000000000001}} | treatment.needleDepthMm | 5.0000000000000001",
            "{\"treatment\": {\"needleDepthMm\": 1e-400}}       | treatment.needleDepthMm    | 1E-400",
            "{\"age\": \"34\"}                                      | age                        | \"34\"",
            "{\"age\": 99999999999999999999}                        | age                        | 99999999999999999999",
            // unknown fields, at every level
            "{\"Acne\": \"MILD\"}                                   | Acne                       | \"MILD\"",
            "{\"treatment\": {\"depth\": 0.5}}                      | treatment.depth            | 0.5",
            "{\"isotretinoin\": {\"lastdose\": \"2026-01-01\"}}     | isotretinoin.lastdose      | \"2026-01-01\"",
            "{\"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"2026-01-01\", \"x\": 1}]} | recentProcedures[0].x | 1",
            // wrong shapes
            "{\"clientRef\": 1042}                                  | clientRef                  | 1042",
            "{\"treatment\": []}                                    | treatment                  | []",
            "{\"recentProcedures\": {}}                             | recentProcedures           | {}",
            // the model's own checks
            "{\"screenedOn\": \"2026-01-01\", \"isotretinoin\": {\"status\": \"STOPPED\", \"lastDose\": \"2026-02-01\"}} | isotretinoin.lastDose | ",
            "{\"isotretinoin\": {\"status\": \"NEVER\", \"lastDose\": \"2026-02-01\"}} | isotretinoin.lastDose | ",
            "{\"screenedOn\": \"2026-01-01\", \"recentProcedures\": [{\"type\": \"LASER\", \"date\": \"2026-02-01\"}]} | recentProcedures[0].date | ",
    })
    void rejectsNamingFieldAndValue(String json, String field, String value) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
        assertEquals(field, e.field(), e.getMessage());
        if (value != null) {
            assertEquals(value, e.value(), e.getMessage());
        }
        assertTrue(e.getMessage().contains(field), e.getMessage());
        assertTrue(!e.allowed().isBlank(), e.getMessage());
    }

    @Test
    void wrongCaseSuggestsTheRightValue() {
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"treatment\": {\"setting\": \"home\"}}"));
        assertTrue(e.allowed().contains("HOME, PROFESSIONAL"), e.allowed());
        assertTrue(e.allowed().contains("did you mean \"HOME\"?"), e.allowed());
        InvalidProfileException f = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"Acne\": \"MILD\"}"));
        assertTrue(f.allowed().contains("did you mean 'acne'?"), f.allowed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"acne\": \"MILD\",`     | end-of-input",
            "`{\"age\": 3} {\"age\": 4}` | Trailing token",
            "`{'age': 3}`                | Unexpected character",
            "`{\"age\": 3 /* c */}`     | Unexpected character",
            "`{\"age\": NaN}`            | Non-standard token",
            "`[]`                        | []",
            "`\"text\"`                  | text",
            "`   `                       | empty input",
            "``                          | empty input",
    })
    void malformedJsonIsInvalidInputAtTheRoot(String json, String expected) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
        assertEquals("$", e.field());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("com.fasterxml"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`{\"age\": 3, \"age\": 4}`                                      | age",
            "`{\"acne\": \"MILD\", \"acne\": \"MILD\"}`                         | acne",
            "`{\"treatment\": {\"area\": \"NECK\", \"area\": \"CHEEKS\"}}`       | treatment.area",
            "`{\"recentProcedures\": [{}, {\"type\": \"LASER\", \"type\": \"SURGERY\"}]}` | recentProcedures[1].type",
            "`{\"\": 1, \"\": 2}`                                            | `\"\"`",
    })
    void duplicateKeysAreRejectedNamingTheField(String json, String field) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> ProfileJson.read(json));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains("Duplicate field"), e.getMessage());
    }

    @Test
    void anEmptyKeyIsShownAsEmptyQuotesNotAsItsParent() {
        assertEquals("\"\"", assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"\": \"YES\"}")).field());
        assertEquals("treatment.\"\"", assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"treatment\": {\"\": \"HOME\"}}")).field());
    }

    @Test
    void invisibleCharactersInValuesAndKeysAreEscaped() {
        InvalidProfileException area = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"treatment\": {\"area\": \"CHEEKS\u200c\"}}"));
        assertEquals("\"CHEEKS\\u200c\"", area.value());
        assertTrue(area.getMessage().contains("\"CHEEKS\\u200c\"") && area.getMessage().contains("did you mean \"CHEEKS\"?"),
                area.getMessage());
        InvalidProfileException key = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"acne\u200b\": \"MILD\"}"));
        assertEquals("acne\\u200b", key.field());
        assertTrue(key.getMessage().contains("did you mean 'acne'?"), key.getMessage());
        InvalidProfileException bidi = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"acne\": \"\u202eMILD\\u0007\\u001b[2J\"}"));
        assertEquals("\"\\u202eMILD\\u0007\\u001b[2J\"", bidi.value());
        // Quotes and backslashes in a rejected string are escaped as in JSON, so the value reads unambiguously.
        assertEquals("\"a\\\"b\\\\u200c\"", assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"acne\": \"a\\\"b\\\\u200c\"}")).value());
        // A non-string value keeps its JSON text, with invisible characters escaped too.
        assertEquals("[\"a\\u200bb\"]", assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"clientRef\": [\"a\u200bb\"]}")).value());
        for (InvalidProfileException e : List.of(area, key, bidi)) {
            assertTrue(e.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0x7f), e.getMessage());
        }
    }

    @Test
    void longValuesAreCutInMessages() {
        String longValue = "X".repeat(10_000);
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"acne\": \"" + longValue + "\"}"));
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }
}
