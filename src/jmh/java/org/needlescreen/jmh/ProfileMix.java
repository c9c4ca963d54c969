package org.needlescreen.jmh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.needlescreen.Decision;
import org.needlescreen.Policy;
import org.needlescreen.Screener;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;
import org.needlescreen.oracle.DomainOracle;

/**
 * The benchmarks' fixed profile mix: {@link #SIZE} profiles from a fixed seed, shaped like a
 * clinic's intake rather than the oracle's edge cases. Each starts from a fully answered clean
 * client with a home or a professional plan (a few without a plan), then gets, by weight, nothing
 * (clean), a caution, a referral, a reason not to treat, or unknown required answers; a fifth get
 * a second change of any kind, and a third list past procedures (mostly outside their washouts).
 * Every profile has {@code screenedOn} set, so no clock is read.
 */
public final class ProfileMix {

    /** The mix's size and seed: change them and every figure recorded in BENCHMARKS.md is void. */
    public static final int SIZE = 1_000;
    public static final long SEED = 20261122L;

    private static final LocalDate[] DATES = {
            LocalDate.of(2026, 11, 21), LocalDate.of(2026, 3, 2), LocalDate.of(2025, 12, 31), LocalDate.of(2027, 6, 15)};

    private ProfileMix() {
    }

    /** The mix: the same {@link #SIZE} profiles on every call. */
    public static List<ClientProfile> profiles() {
        return generate(SIZE, SEED, Policy.defaults());
    }

    static List<ClientProfile> generate(int n, long seed, Policy policy) {
        Random r = new Random(seed);
        List<ClientProfile> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next(r, policy));
        }
        return List.copyOf(out);
    }

    private static ClientProfile next(Random r, Policy policy) {
        LocalDate today = DATES[r.nextInt(DATES.length)];
        ClientProfile.Builder b = clean(r, today, policy);
        int kind = r.nextInt(100);
        if (kind < 30) {
            // clean
        } else if (kind < 55) {
            pick(r, CAUTIONS).accept(new Ctx(b, r, today, policy));
        } else if (kind < 65) {
            pick(r, REFERRALS).accept(new Ctx(b, r, today, policy));
        } else if (kind < 85) {
            pick(r, NOT_SUITABLE).accept(new Ctx(b, r, today, policy));
        } else {
            pick(r, INCOMPLETE).accept(new Ctx(b, r, today, policy));
        }
        if (r.nextInt(5) == 0) {
            List<Consumer<Ctx>> any = switch (r.nextInt(4)) {
                case 0 -> CAUTIONS;
                case 1 -> REFERRALS;
                case 2 -> NOT_SUITABLE;
                default -> INCOMPLETE;
            };
            pick(r, any).accept(new Ctx(b, r, today, policy));
        }
        return b.build();
    }

    /** A fully answered client with nothing to report, and a plan. */
    private static ClientProfile.Builder clean(Random r, LocalDate today, Policy policy) {
        ClientProfile.Builder b = ClientProfile.builder()
                .clientRef(r.nextInt(3) == 0 ? "C-" + (1000 + r.nextInt(9000)) : null)
                .screenedOn(today)
                .age(25 + r.nextInt(40))
                .fitzpatrickType(pick(r, new FitzpatrickType[] {FitzpatrickType.I, FitzpatrickType.II, FitzpatrickType.III}))
                .pregnantOrBreastfeeding(Answer.NO).acne(AcneSeverity.NONE).rosacea(Answer.NO)
                .rashOrDermatitisInArea(Answer.NO).activeInfectionInArea(Answer.NO)
                .openWoundOrSunburnInArea(Answer.NO).wartsOrMolluscumInArea(Answer.NO)
                .coldSoreHistory(Answer.NO).keloidTendency(Answer.NO).koebnerisingDisease(Answer.NO)
                .skinCancerOrSuspiciousLesionInArea(Answer.NO).permanentFillerOrThreadsInArea(Answer.NO)
                .tattooOrPermanentMakeupInArea(Answer.NO).bleedingDisorder(Answer.NO).anticoagulants(Answer.NO)
                .bloodThinningNsaidsOrSupplements(Answer.NO).photosensitisingMedication(Answer.NO)
                .immunosuppressed(Answer.NO).diabetes(DiabetesStatus.NONE).isotretinoin(Isotretinoin.never())
                .metalOrAnaestheticAllergy(Answer.NO).autoimmuneOrCollagenDisease(Answer.NO)
                .hyperpigmentationHistory(Answer.NO)
                .recentProcedures(List.of());
        int plan = r.nextInt(20);
        if (plan == 0) {
            b.treatment(null); // screened for microneedling in general
        } else if (plan < 12) {
            // home: a roller or stamp at or under the home maximum, surface concerns
            Area area = pick(r, new Area[] {Area.CHEEKS, Area.FOREHEAD, Area.CHIN_JAW, Area.NECK, Area.DECOLLETAGE});
            b.treatment(Treatment.builder().setting(Setting.HOME)
                    .device(r.nextBoolean() ? Device.ROLLER : Device.STAMP)
                    .needleDepthMm(Math.min(policy.homeMaxDepthMm(), policy.areaMaxDepthMm(area)))
                    .area(area).concerns(pick(r, new Concern[] {Concern.TEXTURE, Concern.ENLARGED_PORES, Concern.FINE_LINES}))
                    .build());
        } else {
            // professional: a pen at the area's maximum, dermal concerns
            Area area = pick(r, new Area[] {Area.CHEEKS, Area.FOREHEAD, Area.CHIN_JAW, Area.ABDOMEN, Area.THIGHS, Area.SCALP});
            Concern c = area == Area.SCALP ? Concern.HAIR_LOSS
                    : area.isBody() ? Concern.STRETCH_MARKS : pick(r, new Concern[] {Concern.ACNE_SCARS, Concern.WRINKLES});
            b.treatment(Treatment.builder().setting(Setting.PROFESSIONAL).device(Device.PEN)
                    .needleDepthMm(Math.min(policy.areaMaxDepthMm(area), policy.concernMaxDepthMm(c)))
                    .area(area).concerns(c, Concern.TEXTURE).build());
        }
        if (r.nextInt(3) == 0) {
            // past procedures, mostly long enough ago
            List<org.needlescreen.model.RecentProcedure> list = new ArrayList<>();
            int k = 1 + r.nextInt(3);
            for (int i = 0; i < k; i++) {
                ProcedureType t = pick(r, new ProcedureType[] {ProcedureType.CHEMICAL_PEEL, ProcedureType.LASER,
                        ProcedureType.FILLER, ProcedureType.NEUROTOXIN, ProcedureType.MICRONEEDLING,
                        ProcedureType.WAXING_OR_DEPILATION, ProcedureType.TOPICAL_RETINOID_OR_ACID, ProcedureType.SUNTAN});
                list.add(org.needlescreen.model.RecentProcedure.of(t, today.minusDays(policy.washoutDays(t) + 1 + r.nextInt(300))));
            }
            b.recentProcedures(list);
        }
        return b;
    }

    private record Ctx(ClientProfile.Builder b, Random r, LocalDate today, Policy policy) {
    }

    private static final List<Consumer<Ctx>> CAUTIONS = List.of(
            c -> c.b.coldSoreHistory(Answer.YES),
            c -> c.b.acne(AcneSeverity.MILD),
            c -> c.b.fitzpatrickType(pick(c.r, new FitzpatrickType[] {FitzpatrickType.IV, FitzpatrickType.V, FitzpatrickType.VI})),
            c -> c.b.tattooOrPermanentMakeupInArea(Answer.YES),
            c -> c.b.diabetes(DiabetesStatus.CONTROLLED),
            c -> c.b.bloodThinningNsaidsOrSupplements(Answer.YES),
            c -> c.b.photosensitisingMedication(Answer.YES),
            c -> c.b.hyperpigmentationHistory(Answer.YES),
            c -> c.b.age(c.policy.adultAge() + c.r.nextInt(3)),
            c -> c.b.fitzpatrickType(null)); // optional answer unknown: worth asking

    private static final List<Consumer<Ctx>> REFERRALS = List.of(
            c -> c.b.keloidTendency(Answer.YES),
            c -> c.b.koebnerisingDisease(Answer.YES),
            c -> c.b.skinCancerOrSuspiciousLesionInArea(Answer.YES),
            c -> c.b.permanentFillerOrThreadsInArea(Answer.YES),
            c -> c.b.anticoagulants(Answer.YES),
            c -> c.b.immunosuppressed(Answer.YES),
            c -> c.b.autoimmuneOrCollagenDisease(Answer.YES),
            c -> c.b.metalOrAnaestheticAllergy(Answer.YES),
            c -> c.b.diabetes(DiabetesStatus.UNCONTROLLED),
            c -> c.b.recentProcedure(ProcedureType.SURGERY, c.today.minusMonths(3)),
            c -> c.b.recentProcedure(ProcedureType.RADIOTHERAPY, c.today.minusYears(2)),
            c -> c.b.age(c.policy.adultAge() - 1));

    private static final List<Consumer<Ctx>> NOT_SUITABLE = List.of(
            c -> c.b.pregnantOrBreastfeeding(Answer.YES),
            c -> c.b.rosacea(Answer.YES),
            c -> c.b.rashOrDermatitisInArea(Answer.YES),
            c -> c.b.activeInfectionInArea(Answer.YES),
            c -> c.b.openWoundOrSunburnInArea(Answer.YES),
            c -> c.b.wartsOrMolluscumInArea(Answer.YES),
            c -> c.b.acne(c.r.nextBoolean() ? AcneSeverity.MODERATE : AcneSeverity.SEVERE),
            c -> c.b.bleedingDisorder(Answer.YES),
            c -> c.b.isotretinoin(Isotretinoin.current()),
            c -> c.b.isotretinoin(Isotretinoin.stopped(c.today.minusMonths(2))),
            c -> c.b.recentProcedure(pick(c.r, new ProcedureType[] {ProcedureType.CHEMICAL_PEEL, ProcedureType.LASER,
                    ProcedureType.FILLER, ProcedureType.NEUROTOXIN, ProcedureType.SUNTAN}), c.today.minusDays(3)),
            c -> c.b.treatment(Treatment.builder().setting(Setting.HOME).device(Device.ROLLER)
                    .needleDepthMm(1.5).area(Area.CHEEKS).concerns(Concern.ACNE_SCARS).build()));

    private static final List<Consumer<Ctx>> INCOMPLETE = List.of(
            c -> c.b.pregnantOrBreastfeeding(Answer.UNKNOWN),
            c -> c.b.age(null),
            c -> c.b.bleedingDisorder(null).anticoagulants(Answer.UNKNOWN),
            c -> c.b.recentProcedures(null),
            c -> c.b.recentProcedure(ProcedureType.LASER, null),
            c -> c.b.isotretinoin(Isotretinoin.stopped(null)),
            c -> c.b.acne(null).rosacea(Answer.UNKNOWN).diabetes(null),
            c -> c.b.keloidTendency(Answer.UNKNOWN));

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** The decisions of the mix by the engine, checked against the oracle; throws on any disagreement. */
    public static Map<Decision, Integer> decisionsChecked(Screener screener, List<ClientProfile> profiles) {
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        for (ClientProfile p : profiles) {
            Decision engine = screener.screen(p).decision();
            Decision oracle = DomainOracle.expect(p, screener.policy()).decision();
            if (engine != oracle) {
                throw new IllegalStateException("engine says " + engine + ", the oracle " + oracle + " for a mix profile");
            }
            counts.merge(engine, 1, Integer::sum);
        }
        return counts;
    }

    /** Prints the mix's decisions: {@code java -cp ... org.needlescreen.jmh.ProfileMix}. */
    public static void main(String[] args) {
        List<ClientProfile> profiles = profiles();
        Screener screener = Screener.withDefaultRules();
        int home = 0;
        int pro = 0;
        int none = 0;
        int withProcedures = 0;
        for (ClientProfile p : profiles) {
            if (p.treatment() == null) {
                none++;
            } else if (p.treatment().setting() == Setting.HOME) {
                home++;
            } else {
                pro++;
            }
            if (p.recentProcedures() != null && !p.recentProcedures().isEmpty()) {
                withProcedures++;
            }
        }
        System.out.println("decisions: " + decisionsChecked(screener, profiles));
        System.out.printf("plans: %d home, %d professional, %d none; %d with procedures listed%n", home, pro, none,
                withProcedures);
    }
}
