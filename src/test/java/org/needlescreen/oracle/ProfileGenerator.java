package org.needlescreen.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.needlescreen.Policy;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * A seeded generator of valid client profiles that leans on the edges of the specification: every
 * answer value including unknown (as {@code UNKNOWN} and as {@code null}), every enumeration
 * value, no treatment and partial treatments, needle depths at and 0.05 mm around every policy
 * threshold, procedure lists with repeated types and undated entries, dates the day before, of and
 * after each washout end (month ends and 29 February for the month windows), and ages around the
 * age limits. Deterministic for a given seed and policy.
 */
public final class ProfileGenerator {

    /** The default seed; {@code -Doracle.seed=N} varies it. */
    public static final long DEFAULT_SEED = 20261122L;

    private final Random random;
    private final Policy policy;
    private final double[] thresholds;

    /** Interesting anchor dates for month windows: month ends, 29 February, the days around them. */
    private static final LocalDate[] TRICKY = {
            LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(2024, 2, 28),
            LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28), LocalDate.of(2027, 3, 1),
            LocalDate.of(2025, 8, 29), LocalDate.of(2025, 8, 30), LocalDate.of(2025, 8, 31),
            LocalDate.of(2027, 8, 29), LocalDate.of(2027, 8, 31), LocalDate.of(2026, 8, 31),
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 10, 31), LocalDate.of(2026, 1, 31), LocalDate.of(2025, 9, 30),
            LocalDate.of(2026, 11, 21), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 6, 30),
    };

    public ProfileGenerator(long seed, Policy policy) {
        this.random = new Random(seed);
        this.policy = policy;
        TreeSet<Double> t = new TreeSet<>();
        t.add(policy.homeMaxDepthMm());
        t.add(policy.absoluteMaxDepthMm());
        t.add(policy.smallestAreaMaxDepthMm());
        for (Area a : Area.values()) {
            t.add(policy.areaMaxDepthMm(a));
        }
        for (Concern c : Concern.values()) {
            t.add(policy.concernMinDepthMm(c));
            t.add(policy.concernMaxDepthMm(c));
        }
        this.thresholds = t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The seed from {@code -Doracle.seed}, or {@link #DEFAULT_SEED}. */
    public static long seedFromSystem() {
        String s = System.getProperty("oracle.seed");
        return s == null || s.isBlank() ? DEFAULT_SEED : Long.parseLong(s.trim());
    }

    /** The next profile. */
    public ClientProfile next() {
        // How often answers are unknown or YES: some profiles fully known and clean, some noisy.
        double[] unknownLevels = {0.0, 0.0, 0.02, 0.1, 0.34};
        double[] yesLevels = {0.0, 0.0, 0.02, 0.08, 0.33};
        double pUnknown = unknownLevels[random.nextInt(unknownLevels.length)];
        double pYes = yesLevels[random.nextInt(yesLevels.length)];

        Treatment treatment = treatment();
        LocalDate anchor = null;
        LocalDate screenedOn;
        int mode = random.nextInt(4);
        if (mode == 0) {
            // A tricky date first, then screenedOn around it + 6 or 12 months (the month windows).
            anchor = pick(TRICKY);
            int months = random.nextBoolean() ? policy.isotretinoinWashoutMonths()
                    : policy.referralMonths(ProcedureType.SURGERY);
            screenedOn = anchor.plusMonths(months).plusDays(random.nextInt(5) - 2);
        } else if (mode == 1) {
            screenedOn = pick(TRICKY);
        } else {
            screenedOn = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365 * 5));
        }

        ClientProfile.Builder b = ClientProfile.builder()
                .clientRef(random.nextInt(10) == 0 ? "C-" + random.nextInt(10000) : null)
                .screenedOn(screenedOn)
                .age(age(pUnknown))
                .fitzpatrickType(maybe(pUnknown) ? null : pick(FitzpatrickType.values()))
                .pregnantOrBreastfeeding(answer(pUnknown, pYes))
                .acne(maybe(pUnknown) ? null : acne(pYes))
                .rosacea(answer(pUnknown, pYes))
                .rashOrDermatitisInArea(answer(pUnknown, pYes))
                .activeInfectionInArea(answer(pUnknown, pYes))
                .openWoundOrSunburnInArea(answer(pUnknown, pYes))
                .wartsOrMolluscumInArea(answer(pUnknown, pYes))
                .coldSoreHistory(answer(pUnknown, pYes))
                .keloidTendency(answer(pUnknown, pYes))
                .koebnerisingDisease(answer(pUnknown, pYes))
                .skinCancerOrSuspiciousLesionInArea(answer(pUnknown, pYes))
                .permanentFillerOrThreadsInArea(answer(pUnknown, pYes))
                .tattooOrPermanentMakeupInArea(answer(pUnknown, pYes))
                .bleedingDisorder(answer(pUnknown, pYes))
                .anticoagulants(answer(pUnknown, pYes))
                .bloodThinningNsaidsOrSupplements(answer(pUnknown, pYes))
                .photosensitisingMedication(answer(pUnknown, pYes))
                .immunosuppressed(answer(pUnknown, pYes))
                .diabetes(maybe(pUnknown) ? null : diabetes(pYes))
                .isotretinoin(isotretinoin(pUnknown, screenedOn, anchor))
                .metalOrAnaestheticAllergy(answer(pUnknown, pYes))
                .autoimmuneOrCollagenDisease(answer(pUnknown, pYes))
                .hyperpigmentationHistory(answer(pUnknown, pYes))
                .treatment(treatment);
        b.recentProcedures(procedures(pUnknown, screenedOn, anchor));
        return b.build();
    }

    // --- answers ----------------------------------------------------------------------------

    private boolean maybe(double p) {
        return random.nextDouble() < p;
    }

    private Answer answer(double pUnknown, double pYes) {
        if (maybe(pUnknown)) {
            return random.nextBoolean() ? Answer.UNKNOWN : null; // both mean unknown
        }
        return maybe(pYes) ? Answer.YES : Answer.NO;
    }

    private AcneSeverity acne(double pYes) {
        return maybe(Math.max(pYes, 0.1)) ? pick(AcneSeverity.values()) : AcneSeverity.NONE;
    }

    private DiabetesStatus diabetes(double pYes) {
        return maybe(Math.max(pYes, 0.1)) ? pick(DiabetesStatus.values()) : DiabetesStatus.NONE;
    }

    private Integer age(double pUnknown) {
        if (maybe(pUnknown)) {
            return null;
        }
        int r = random.nextInt(10);
        if (r < 5) {
            // around the limits: adult age and authorised age, -2..+1
            int base = random.nextBoolean() ? policy.adultAge() : policy.authorisedAge();
            return base + random.nextInt(4) - 2;
        }
        if (r == 5) {
            return pick(new Integer[] {0, 1, 120, 119, 65});
        }
        return 22 + random.nextInt(60);
    }

    private Isotretinoin isotretinoin(double pUnknown, LocalDate screenedOn, LocalDate anchor) {
        if (maybe(pUnknown)) {
            return random.nextBoolean() ? null : Isotretinoin.of(null, null);
        }
        int r = random.nextInt(10);
        if (r < 4) {
            return Isotretinoin.never();
        }
        if (r == 4) {
            return Isotretinoin.current();
        }
        if (r == 5) {
            // edge cases the record allows: a status with an unexpected date, or a date without a status
            LocalDate d = screenedOn.minusDays(random.nextInt(400));
            return random.nextBoolean() ? Isotretinoin.of(IsotretinoinStatus.CURRENT, d) : Isotretinoin.of(null, d);
        }
        if (r == 6 && !maybe(0.7)) {
            return Isotretinoin.stopped(null);
        }
        return Isotretinoin.stopped(monthDate(screenedOn, anchor, policy.isotretinoinWashoutMonths()));
    }

    // --- procedures -------------------------------------------------------------------------

    private List<RecentProcedure> procedures(double pUnknown, LocalDate screenedOn, LocalDate anchor) {
        if (maybe(Math.max(pUnknown, 0.03))) {
            return null;
        }
        int n = random.nextInt(5); // 0-4 entries
        List<RecentProcedure> list = new ArrayList<>();
        ProcedureType previous = null;
        for (int i = 0; i < n; i++) {
            // often repeat the previous type, to have several entries of one type
            ProcedureType type = previous != null && random.nextInt(3) == 0 ? previous : pick(ProcedureType.values());
            previous = type;
            LocalDate date;
            if (random.nextInt(8) == 0) {
                date = null; // undated
            } else if (type == ProcedureType.SURGERY || (type == ProcedureType.RADIOTHERAPY && random.nextBoolean())) {
                date = monthDate(screenedOn, anchor, policy.referralMonths(ProcedureType.SURGERY));
            } else {
                date = dayDate(screenedOn, type);
            }
            list.add(RecentProcedure.of(type, date));
        }
        return list;
    }

    /** A date whose washout ends the day before, the day of or the day after screenedOn, or elsewhere. */
    private LocalDate dayDate(LocalDate screenedOn, ProcedureType type) {
        int r = random.nextInt(10);
        int washout = policy.washoutDays(type);
        if (r < 6 && washout > 0) {
            // screenedOn - date = washout + {-1, 0, +1}: still applies, ends today, ended yesterday
            return notAfter(screenedOn.minusDays(washout + random.nextInt(3) - 1), screenedOn);
        }
        if (r < 8) {
            // around another type's washout (catches a wrong period)
            int other = policy.washoutDays(pick(ProcedureType.values()));
            return notAfter(screenedOn.minusDays(other + random.nextInt(3) - 1), screenedOn);
        }
        if (r == 8) {
            return screenedOn; // today
        }
        return screenedOn.minusDays(random.nextInt(500));
    }

    /** A date around {@code months} calendar months before screenedOn (month ends included). */
    private LocalDate monthDate(LocalDate screenedOn, LocalDate anchor, int months) {
        int r = random.nextInt(10);
        if (anchor != null && r < 5) {
            // screenedOn was built as anchor + 6 or 12 months +/- 2 days
            return notAfter(anchor.plusDays(random.nextInt(3) - 1), screenedOn);
        }
        if (r < 8) {
            // minusMonths is not the inverse of plusMonths at month ends: both readings are probed
            return notAfter(screenedOn.minusMonths(months).plusDays(random.nextInt(5) - 2), screenedOn);
        }
        if (r == 8) {
            return screenedOn;
        }
        return screenedOn.minusDays(random.nextInt(800));
    }

    private static LocalDate notAfter(LocalDate date, LocalDate screenedOn) {
        return date.isAfter(screenedOn) ? screenedOn : date;
    }

    // --- treatment --------------------------------------------------------------------------

    private Treatment treatment() {
        if (random.nextInt(8) == 0) {
            return null; // no treatment at all
        }
        Treatment.Builder t = Treatment.builder();
        Area area = random.nextInt(5) == 0 ? null : pick(Area.values());
        List<Concern> concerns = new ArrayList<>();
        if (random.nextInt(5) != 0) {
            int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 11 : 3);
            for (int i = 0; i < n; i++) {
                concerns.add(pick(Concern.values())); // duplicates allowed, they count once
            }
        }
        t.setting(random.nextInt(5) == 0 ? null : pick(Setting.values()));
        t.device(random.nextInt(5) == 0 ? null : pick(Device.values()));
        t.area(area);
        t.concerns(concerns);
        t.needleDepthMm(random.nextInt(6) == 0 ? null : depth(area, concerns));
        return t.build();
    }

    private Double depth(Area area, List<Concern> concerns) {
        int r = random.nextInt(10);
        double base;
        if (r < 3 && area != null) {
            base = policy.areaMaxDepthMm(area);
        } else if (r < 5 && !concerns.isEmpty()) {
            base = policy.concernMinDepthMm(concerns.get(random.nextInt(concerns.size())));
        } else if (r == 5) {
            base = policy.homeMaxDepthMm();
        } else if (r < 9) {
            base = thresholds[random.nextInt(thresholds.length)];
        } else {
            base = 0.01 + random.nextInt(500) / 100.0; // 0.01 .. 5.00
        }
        double delta = (random.nextInt(3) - 1) * 0.05; // -0.05, 0, +0.05
        double d = Math.round((base + delta) * 100.0) / 100.0;
        if (d <= 0) {
            d = 0.01;
        }
        return Math.min(d, Treatment.MAX_PLAUSIBLE_DEPTH_MM);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    // --- description ------------------------------------------------------------------------

    /** Every value of a profile, for a failure message (the model's toString redacts them). */
    public static String describe(ClientProfile p) {
        StringBuilder s = new StringBuilder();
        s.append("screenedOn=").append(p.screenedOn())
                .append(" age=").append(p.age())
                .append(" fitzpatrick=").append(p.fitzpatrickType())
                .append(" pregnant=").append(p.pregnantOrBreastfeeding())
                .append(" acne=").append(p.acne())
                .append(" rosacea=").append(p.rosacea())
                .append(" rash=").append(p.rashOrDermatitisInArea())
                .append(" infection=").append(p.activeInfectionInArea())
                .append(" wound=").append(p.openWoundOrSunburnInArea())
                .append(" warts=").append(p.wartsOrMolluscumInArea())
                .append(" coldSore=").append(p.coldSoreHistory())
                .append(" keloid=").append(p.keloidTendency())
                .append(" koebner=").append(p.koebnerisingDisease())
                .append(" lesion=").append(p.skinCancerOrSuspiciousLesionInArea())
                .append(" filler=").append(p.permanentFillerOrThreadsInArea())
                .append(" tattoo=").append(p.tattooOrPermanentMakeupInArea())
                .append(" bleeding=").append(p.bleedingDisorder())
                .append(" anticoag=").append(p.anticoagulants())
                .append(" nsaids=").append(p.bloodThinningNsaidsOrSupplements())
                .append(" photosens=").append(p.photosensitisingMedication())
                .append(" immuno=").append(p.immunosuppressed())
                .append(" diabetes=").append(p.diabetes())
                .append(" allergy=").append(p.metalOrAnaestheticAllergy())
                .append(" autoimmune=").append(p.autoimmuneOrCollagenDisease())
                .append(" hyperpig=").append(p.hyperpigmentationHistory());
        Isotretinoin iso = p.isotretinoin();
        s.append(" isotretinoin=").append(iso == null ? "null" : iso.status() + "/" + iso.lastDose());
        if (p.recentProcedures() == null) {
            s.append(" procedures=null");
        } else {
            s.append(" procedures=[");
            for (int i = 0; i < p.recentProcedures().size(); i++) {
                RecentProcedure r = p.recentProcedures().get(i);
                s.append(i == 0 ? "" : ", ").append(r.type()).append('@').append(r.date());
            }
            s.append(']');
        }
        Treatment t = p.treatment();
        if (t == null) {
            s.append(" treatment=null");
        } else {
            s.append(" treatment={setting=").append(t.setting()).append(" device=").append(t.device())
                    .append(" depth=").append(t.needleDepthMm()).append(" area=").append(t.area())
                    .append(" concerns=").append(t.concerns()).append('}');
        }
        return s.toString();
    }
}
