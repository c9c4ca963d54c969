package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.InvalidProfileException;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Treatment;

/** Impossible values are rejected with the field and the value named; nothing is screened. */
class ValidationTest {

    static InvalidProfileException rejects(String field, String value, Executable build) {
        InvalidProfileException e = assertThrows(InvalidProfileException.class, build);
        assertEquals(field, e.field());
        assertEquals(value, e.value());
        assertTrue(e.getMessage().contains("'" + field + "'") && e.getMessage().contains(value), e.getMessage());
        return e;
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 121, 999})
    void ageOutsideZeroTo120(int age) {
        InvalidProfileException e = rejects("age", String.valueOf(age), () -> clean().age(age).build());
        assertTrue(e.allowed().contains("0 to 120"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 0.0, 5.01, 250, Double.NaN})
    void impossibleNeedleDepth(double depth) {
        rejects("treatment.needleDepthMm", String.valueOf(depth),
                () -> Treatment.builder().needleDepthMm(depth).build());
    }

    @Test
    void plausibleButDeepNeedleIsScreenedNotRejected() {
        Treatment t = Treatment.builder().needleDepthMm(3.0).build();
        assertEquals(3.0, t.needleDepthMm());
    }

    @Test
    void lastDoseAfterScreening() {
        rejects("isotretinoin.lastDose", "2026-11-22",
                () -> clean().isotretinoin(Isotretinoin.stopped(TODAY.plusDays(1))).build());
    }

    @Test
    void procedureAfterScreening() {
        rejects("recentProcedures[1].date", "2026-12-01", () -> clean()
                .recentProcedure(ProcedureType.LASER, TODAY.minusDays(100))
                .recentProcedure(ProcedureType.FILLER, TODAY.plusDays(10)).build());
    }

    @Test
    void futureDateIsCheckedAgainstTheClockWhenScreenedOnIsDefaulted() {
        ClientProfile undated = clean().screenedOn(null).recentProcedure(ProcedureType.LASER, TODAY.plusDays(1)).build();
        rejects("recentProcedures[0].date", "2026-11-22", () -> Screens.DEFAULT.screen(undated));
    }

    @Test
    void lastDoseWithNeverIsContradictory() {
        rejects("isotretinoin.lastDose", "2026-01-01",
                () -> Isotretinoin.of(IsotretinoinStatus.NEVER, TODAY.withDayOfYear(1)));
    }

    @Test
    void procedureWithoutTypeOrDate() {
        rejects("recentProcedures.type", "null", () -> clean().recentProcedure(null, TODAY).build());
        // A missing date is an unknown date (asked by the rules), not invalid input.
        assertEquals(null, clean().recentProcedure(ProcedureType.LASER, null).build().recentProcedures().get(0).date());
    }

    @Test
    void nullConcern() {
        rejects("treatment.concerns", "null", () -> Treatment.builder().concerns(Concern.TEXTURE, null).build());
    }

    @Test
    void screenRejectsNull() {
        assertThrows(NullPointerException.class, () -> Screens.DEFAULT.screen(null));
    }

    @Test
    void profileToStringRevealsNoValues() {
        ClientProfile p = clean().clientRef("C-SECRET-77").age(47).build();
        assertTrue(!p.toString().contains("C-SECRET-77") && !p.toString().contains("47"), p.toString());
    }

    @Test
    void datesOutsideThePlausibleYearsAreInvalid() {
        rejects("screenedOn", "9999-12-31", () -> clean().screenedOn(java.time.LocalDate.of(9999, 12, 31)).build());
        rejects("screenedOn", "1899-12-31", () -> clean().screenedOn(java.time.LocalDate.of(1899, 12, 31)).build());
        rejects("recentProcedures[0].date", "0001-01-01",
                () -> clean().recentProcedure(ProcedureType.LASER, java.time.LocalDate.of(1, 1, 1)).build());
        assertEquals(2999, clean().screenedOn(java.time.LocalDate.of(2999, 12, 31)).build().screenedOn().getYear());
    }
}
