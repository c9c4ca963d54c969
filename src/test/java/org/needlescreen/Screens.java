package org.needlescreen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;

/**
 * Shared test fixtures: one screener over the default rules with a fixed clock, a clean profile
 * to vary, and the record of every rule that fired in any test (checked by RuleCoverageTest).
 */
final class Screens {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Screener DEFAULT = Screener.builder().clock(CLOCK).build();

    /** Rule ids that fired in any test of this JVM. */
    static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    private Screens() {
    }

    /** Screens with the default screener and records which rules fired. */
    static ScreeningResult screen(ClientProfile profile) {
        return screen(DEFAULT, profile);
    }

    static ScreeningResult screen(Screener screener, ClientProfile profile) {
        ScreeningResult r = screener.screen(profile);
        FIRED.addAll(r.firedRuleIds());
        return r;
    }

    /**
     * A profile with every answer known and nothing to find: the baseline each test varies.
     * Screened on {@link #TODAY}, age 34, Fitzpatrick II, no treatment.
     */
    static ClientProfile.Builder clean() {
        return ClientProfile.builder()
                .screenedOn(TODAY)
                .age(34)
                .fitzpatrickType(FitzpatrickType.II)
                .pregnantOrBreastfeeding(Answer.NO)
                .acne(AcneSeverity.NONE)
                .rosacea(Answer.NO)
                .rashOrDermatitisInArea(Answer.NO)
                .activeInfectionInArea(Answer.NO)
                .openWoundOrSunburnInArea(Answer.NO)
                .coldSoreHistory(Answer.NO)
                .keloidTendency(Answer.NO)
                .skinCancerOrSuspiciousLesionInArea(Answer.NO)
                .bleedingDisorder(Answer.NO)
                .anticoagulants(Answer.NO)
                .immunosuppressed(Answer.NO)
                .diabetes(DiabetesStatus.NONE)
                .isotretinoin(Isotretinoin.never())
                .metalOrAnaestheticAllergy(Answer.NO)
                .autoimmuneOrCollagenDisease(Answer.NO)
                .hyperpigmentationHistory(Answer.NO);
    }
}
