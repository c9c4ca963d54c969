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
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/** Shared test fixtures: one screener over the default rules with a fixed clock, and a clean profile to vary. */
final class Screens {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Screener DEFAULT = Screener.builder().clock(CLOCK).build();

    /** A home plan within every home limit: draws no finding. */
    static final Treatment HOME_PLAN = Treatment.builder().setting(Setting.HOME).device(Device.ROLLER)
            .needleDepthMm(0.25).area(Area.CHEEKS).concerns(Concern.TEXTURE).build();

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
     * Screened on {@link #TODAY}, age 34, Fitzpatrick II, a fully specified home plan within the home
     * limits (roller, 0.25 mm, cheeks, texture).
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
                .wartsOrMolluscumInArea(Answer.NO)
                .coldSoreHistory(Answer.NO)
                .keloidTendency(Answer.NO)
                .koebnerisingDisease(Answer.NO)
                .skinCancerOrSuspiciousLesionInArea(Answer.NO)
                .permanentFillerOrThreadsInArea(Answer.NO)
                .tattooOrPermanentMakeupInArea(Answer.NO)
                .bleedingDisorder(Answer.NO)
                .anticoagulants(Answer.NO)
                .bloodThinningNsaidsOrSupplements(Answer.NO)
                .photosensitisingMedication(Answer.NO)
                .immunosuppressed(Answer.NO)
                .diabetes(DiabetesStatus.NONE)
                .isotretinoin(Isotretinoin.never())
                .metalOrAnaestheticAllergy(Answer.NO)
                .autoimmuneOrCollagenDisease(Answer.NO)
                .hyperpigmentationHistory(Answer.NO)
                .recentProcedures(java.util.List.of())
                .treatment(HOME_PLAN);
    }
}
