package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;
import static org.needlescreen.Screens.screen;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/** Thresholds are policy values a caller can override; overrides are checked. */
class PolicyTest {

    static final Screener STRICT = Screener.builder().clock(Screens.CLOCK)
            .policy(Policy.defaults()
                    .with(Policy.HOME_MAX_DEPTH, 0.25, "clinic policy 2026")
                    .with(Policy.washoutDaysKey(ProcedureType.LASER), 60, "clinic policy 2026")
                    .with(Policy.ISOTRETINOIN_WASHOUT, 12, "clinic policy 2026")
                    .with(Policy.AUTHORISED_AGE, 25, "clinic policy 2026"))
            .build();

    @Test
    void defaultsCarryTheirProvenance() {
        Policy p = Policy.defaults();
        assertEquals(0.3, p.homeMaxDepthMm());
        assertTrue(p.value(Policy.HOME_MAX_DEPTH).orElseThrow().provenance().contains("003_2814ce3b0d65104f.txt"));
        assertEquals(14, p.washoutDays(ProcedureType.CHEMICAL_PEEL));
        assertEquals(42, p.washoutDays(ProcedureType.LASER));
        assertEquals(0, p.washoutDays(ProcedureType.SURGERY));
        assertEquals(0, p.referralMonths(ProcedureType.RADIOTHERAPY)); // radiotherapy refers at any time
        assertEquals(28, p.washoutDays(ProcedureType.MICRONEEDLING));
        assertEquals(7, p.washoutDays(ProcedureType.WAXING_OR_DEPILATION));
        assertEquals(7, p.washoutDays(ProcedureType.TOPICAL_RETINOID_OR_ACID));
        assertEquals(14, p.washoutDays(ProcedureType.SUNTAN));
        assertEquals(0.3, p.areaMaxDepthMm(Area.PERIORBITAL));
        assertEquals(1.5, p.concernMinDepthMm(Concern.STRETCH_MARKS));
        p.values().forEach(v -> assertTrue(!v.provenance().isBlank(), v.key()));
    }

    @Test
    void overriddenHomeLimitChangesTheDecision() {
        var profile = clean().treatment(Treatment.builder().setting(Setting.HOME).device(Device.ROLLER)
                .needleDepthMm(0.3).area(Area.CHEEKS).concerns(Concern.TEXTURE).build()).build();
        assertEquals(Decision.SUITABLE, screen(profile).decision());
        ScreeningResult strict = screen(STRICT, profile);
        assertEquals(Decision.PROFESSIONAL_ONLY, strict.decision());
        assertTrue(strict.findings().get(0).message().contains("0.25 mm"), strict.findings().get(0).message());
    }

    @Test
    void overriddenWashoutsAndAgesChangeTheDecision() {
        var laser = clean().recentProcedure(ProcedureType.LASER, TODAY.minusDays(50)).build();
        assertEquals(Decision.SUITABLE, screen(laser).decision());
        assertEquals(TODAY.minusDays(50).plusDays(60), screen(STRICT, laser).rescreenOn().orElseThrow());

        var iso = clean().isotretinoin(Isotretinoin.stopped(TODAY.minusMonths(8))).build();
        assertEquals(Decision.SUITABLE, screen(iso).decision());
        assertEquals(Decision.NOT_SUITABLE, screen(STRICT, iso).decision());

        var age23 = clean().age(23).build();
        assertEquals(Decision.SUITABLE, screen(age23).decision());
        assertEquals(Decision.CAUTION, screen(STRICT, age23).decision());
    }

    @Test
    void policyIsPartOfTheFingerprint() {
        assertNotEquals(Screens.DEFAULT.ruleSet().fingerprint(), STRICT.ruleSet().fingerprint());
        assertEquals(Screens.DEFAULT.ruleSet().fingerprint(),
                Screener.builder().clock(Screens.CLOCK).build().ruleSet().fingerprint(), "deterministic");
    }

    @Test
    void overridesAreChecked() {
        Policy p = Policy.defaults();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> p.with("depth.home.max", 1, "x"));
        assertTrue(unknown.getMessage().contains("'depth.home.max'"), unknown.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> p.with(Policy.HOME_MAX_DEPTH, -0.1, "x"));
        assertTrue(negative.getMessage().contains("-0.1"), negative.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> p.with(Policy.washoutDaysKey(ProcedureType.FILLER), 10.5, "x"));
        assertTrue(fraction.getMessage().contains("whole number of days"), fraction.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> p.with(Policy.concernMinDepthKey(Concern.TEXTURE), 0.75, "x"));
        assertTrue(order.getMessage().contains("depth.concern.TEXTURE.minMm"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.with(Policy.HOME_MAX_DEPTH, 3.0, "x"),
                "home limit above the absolute maximum");
        assertEquals(0.3, p.homeMaxDepthMm(), "the original is untouched");
    }
}
