package org.needlescreen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;

/** Shared test fixtures: one screener over the default rules with a fixed clock, and a clean profile to vary. */
final class Screens {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Screener DEFAULT = Screener.builder().clock(CLOCK).build();

    private Screens() {
    }

    /** Screens with the default screener. */
    static ScreeningResult screen(ClientProfile profile) {
        return DEFAULT.screen(profile);
    }

    static ScreeningResult screen(Screener screener, ClientProfile profile) {
        return screener.screen(profile);
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
                .hyperpigmentationHistory(Answer.NO)
                .recentProcedures(java.util.List.of());
    }
}
