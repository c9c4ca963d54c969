package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.clean;
import static org.needlescreen.Screens.screen;

import org.junit.jupiter.api.Test;
import org.needlescreen.Guidance.DepthAdvice;
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/** Guidance (DOMAIN.md "Guidance in every result"): depth per concern for the area and setting. */
class GuidanceTest {

    static Guidance guidance(Setting setting, Area area, Concern... concerns) {
        return screen(clean().treatment(Treatment.builder().setting(setting).device(Device.ROLLER).area(area)
                .concerns(concerns).build()).build()).guidance();
    }

    @Test
    void homeSurfaceConcernIsServedAtTheHomeDepth() {
        DepthAdvice d = guidance(Setting.HOME, Area.CHEEKS, Concern.TEXTURE).depths().get(0);
        assertEquals(0.25, d.minMm());
        assertEquals(0.3, d.maxMm());
        assertTrue(d.note().contains("home"), d.note());
    }

    @Test
    void professionalRangeComesFromThePolicyWithItsSource() {
        DepthAdvice d = guidance(Setting.PROFESSIONAL, Area.CHEEKS, Concern.ACNE_SCARS).depths().get(0);
        assertEquals(1.0, d.minMm());
        assertEquals(2.0, d.maxMm());
        assertTrue(d.sources().contains("Harris"));
    }

    @Test
    void rangeIsCappedAtTheAreaMaximum() {
        DepthAdvice wrinkles = guidance(Setting.PROFESSIONAL, Area.FOREHEAD, Concern.FINE_LINES).depths().get(0);
        assertEquals(0.5, wrinkles.minMm());
        assertEquals(0.5, wrinkles.maxMm());
        DepthAdvice stretch = guidance(Setting.PROFESSIONAL, Area.NECK, Concern.STRETCH_MARKS).depths().get(0);
        assertEquals(1.0, stretch.maxMm());
        assertTrue(stretch.note().contains("limited effect"), stretch.note());
    }

    @Test
    void dermalConcernAtHomePointsToAProfessional() {
        DepthAdvice d = guidance(Setting.HOME, Area.CHEEKS, Concern.WRINKLES).depths().get(0);
        assertTrue(d.note().contains("professional setting"), d.note());
        assertEquals(1.0, d.minMm());
    }

    @Test
    void homeCareOnlyWhenNotProfessional() {
        assertFalse(guidance(Setting.HOME, Area.CHEEKS).homeCare().isEmpty());
        assertTrue(guidance(Setting.PROFESSIONAL, Area.CHEEKS).homeCare().isEmpty());
        assertTrue(guidance(Setting.HOME, Area.CHEEKS).homeCare().get(0).text().contains("70% isopropyl alcohol"));
    }

    @Test
    void everyResultCarriesCourseAftercareAndTheVitaminCCaution() {
        Guidance g = screen(clean().build()).guidance();
        assertTrue(g.course().get(0).text().contains("3 sessions"));
        assertTrue(g.sessionLength().text().contains("10 to 30 minutes"));
        assertTrue(g.aftercare().stream().anyMatch(a -> a.text().contains("vitamin C")
                && a.sources().contains("Granuloma") && a.sources().contains("002_1c828304fc93b429.txt")));
        assertTrue(g.seeDermatologist().text().contains("dermatologist"));
        assertTrue(g.course().stream().anyMatch(a -> a.text().contains("after the course is completed")
                && a.sources().equals(java.util.List.of("003_2814ce3b0d65104f.txt"))));
        assertEquals(1, g.depths().size()); // the clean profile's home plan asks for texture
    }
}
