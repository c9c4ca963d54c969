package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;
import static org.needlescreen.Screens.screen;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/** How findings and unknown answers combine into one decision (DOMAIN.md "Decisions"). */
class DecisionTest {

    @Test
    void orderIsTheDomainOrder() {
        assertEquals(List.of(Decision.SUITABLE, Decision.CAUTION, Decision.PROFESSIONAL_ONLY, Decision.REFER,
                Decision.INCOMPLETE, Decision.NOT_SUITABLE), Arrays.asList(Decision.values()));
        assertEquals(Decision.REFER, Decision.CAUTION.and(Decision.REFER));
        assertEquals(Decision.REFER, Decision.REFER.and(Decision.CAUTION));
        assertTrue(Decision.NOT_SUITABLE.isMoreRestrictiveThan(Decision.INCOMPLETE));
    }

    @Test
    void mostRestrictiveFindingWins() {
        ScreeningResult r = screen(clean().acne(AcneSeverity.MILD).coldSoreHistory(Answer.YES)
                .treatment(Treatment.builder().setting(Setting.HOME).device(Device.PEN).needleDepthMm(0.25)
                        .area(Area.CHEEKS).concerns(Concern.TEXTURE).build())
                .keloidTendency(Answer.YES).build());
        assertEquals(Decision.REFER, r.decision());
        assertEquals(List.of(Decision.REFER, Decision.PROFESSIONAL_ONLY, Decision.CAUTION, Decision.CAUTION),
                r.findings().stream().map(Finding::decision).toList(), "most restrictive first");
        assertEquals(List.of("ACNE-MILD", "HERPES-HISTORY"),
                r.findings().subList(2, 4).stream().map(Finding::ruleId).toList(), "then by rule id");
    }

    @Test
    void unknownRequiredAnswerOutranksRefer() {
        ScreeningResult r = screen(clean().keloidTendency(Answer.YES).anticoagulants(Answer.UNKNOWN).build());
        assertEquals(Decision.INCOMPLETE, r.decision());
        assertEquals(Decision.REFER, r.findings().get(0).decision());
        assertEquals("anticoagulants", r.requiredMissingAnswers().get(0).field());
    }

    @Test
    void definiteNotSuitableOutranksUnknown() {
        ScreeningResult r = screen(clean().rosacea(Answer.YES).acne(null).bleedingDisorder(Answer.UNKNOWN).build());
        assertEquals(Decision.NOT_SUITABLE, r.decision());
        assertEquals(List.of("acne", "bleedingDisorder"), r.missingAnswers().stream().map(MissingAnswer::field).toList(),
                "the questions are still listed");
    }

    @Test
    void unknownOptionalAnswerLeavesCautionAlone() {
        ScreeningResult r = screen(clean().acne(AcneSeverity.MILD).coldSoreHistory(Answer.UNKNOWN).build());
        assertEquals(Decision.CAUTION, r.decision());
        assertEquals(1, r.missingAnswers().size());
    }

    @Test
    void temporaryAndPermanentReasonsTogetherHaveNoRescreenDate() {
        ScreeningResult r = screen(clean().bleedingDisorder(Answer.YES)
                .recentProcedure(ProcedureType.LASER, TODAY.minusDays(3)).build());
        assertEquals(Decision.NOT_SUITABLE, r.decision());
        assertTrue(r.rescreenOn().isEmpty(), "a bleeding disorder does not pass with time");
    }

    @Test
    void resultIsImmutable() {
        ScreeningResult r = screen(clean().acne(AcneSeverity.MILD).treatment(Treatment.builder()
                .setting(Setting.HOME).concerns(Concern.TEXTURE).build()).build());
        assertThrows(UnsupportedOperationException.class, () -> r.findings().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.missingAnswers().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.findings().get(0).sources().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.guidance().depths().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.guidance().aftercare().clear());
    }

    @Test
    void resultNamesTheRuleSetAndEchoesTheClientRef() {
        ScreeningResult r = screen(clean().clientRef("C-1042").build());
        assertEquals("needlescreen-default", r.ruleSet().name());
        assertEquals(64, r.ruleSet().fingerprint().length());
        assertEquals(Screens.DEFAULT.ruleSet(), r.ruleSet());
        assertEquals("C-1042", r.clientRef());
        assertTrue(r.ruleSet().ruleCount() > 50);
    }
}
