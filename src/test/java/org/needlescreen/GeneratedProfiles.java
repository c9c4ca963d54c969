package org.needlescreen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

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
 * jqwik generators for the property tests: client profiles with every field random, unknown
 * ({@code null} or {@link Answer#UNKNOWN}) included, and a readable description of a profile
 * (its own {@code toString()} is redacted on purpose, which would make counterexamples unreadable).
 *
 * <p>A profile is drawn at one of four {@link Noise} levels. Wholly random profiles are almost
 * always INCOMPLETE or NOT_SUITABLE for several reasons at once, which makes most properties hold
 * trivially; the quieter levels keep the client's answers benign except for a few, so that one
 * answer at a time decides the result.
 */
final class GeneratedProfiles {

    private GeneratedProfiles() {
    }

    /** A fixed screening date, as in the scenarios. */
    static final LocalDate FIXED_SCREENED_ON = LocalDate.of(2026, 11, 21);

    private static final LocalDate FIRST_SCREENED_ON = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST_SCREENED_ON = LocalDate.of(2028, 12, 31);

    /** A generated profile whose {@code toString()} describes it (the profile's own is redacted). */
    record Sample(ClientProfile profile) {
        @Override
        public String toString() {
            return describe(profile);
        }
    }

    /** How far a profile's client answers stray from benign ones. */
    enum Noise {
        /** Every client answer known and benign; only the treatment is random. */
        CLEAN(0),
        /** Each answer strays with probability 3%. */
        LOW(3),
        /** Each answer strays with probability 12%. */
        MEDIUM(12),
        /** Each answer is as likely to stray as not. */
        WILD(50);

        final int percent;

        Noise(int percent) {
            this.percent = percent;
        }
    }

    /** One tri-state answer of the profile: its name, getter and builder setter. */
    record TriState(String name, Function<ClientProfile, Answer> get,
                    BiFunction<ClientProfile.Builder, Answer, ClientProfile.Builder> set) {
        ClientProfile with(ClientProfile p, Answer a) {
            return set.apply(p.toBuilder(), a).build();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every tri-state answer of {@link ClientProfile} (a test checks that none is missing). */
    static final List<TriState> TRI_STATES = List.of(
            new TriState("pregnantOrBreastfeeding", ClientProfile::pregnantOrBreastfeeding,
                    ClientProfile.Builder::pregnantOrBreastfeeding),
            new TriState("rosacea", ClientProfile::rosacea, ClientProfile.Builder::rosacea),
            new TriState("rashOrDermatitisInArea", ClientProfile::rashOrDermatitisInArea,
                    ClientProfile.Builder::rashOrDermatitisInArea),
            new TriState("activeInfectionInArea", ClientProfile::activeInfectionInArea,
                    ClientProfile.Builder::activeInfectionInArea),
            new TriState("openWoundOrSunburnInArea", ClientProfile::openWoundOrSunburnInArea,
                    ClientProfile.Builder::openWoundOrSunburnInArea),
            new TriState("wartsOrMolluscumInArea", ClientProfile::wartsOrMolluscumInArea,
                    ClientProfile.Builder::wartsOrMolluscumInArea),
            new TriState("coldSoreHistory", ClientProfile::coldSoreHistory, ClientProfile.Builder::coldSoreHistory),
            new TriState("keloidTendency", ClientProfile::keloidTendency, ClientProfile.Builder::keloidTendency),
            new TriState("koebnerisingDisease", ClientProfile::koebnerisingDisease,
                    ClientProfile.Builder::koebnerisingDisease),
            new TriState("skinCancerOrSuspiciousLesionInArea", ClientProfile::skinCancerOrSuspiciousLesionInArea,
                    ClientProfile.Builder::skinCancerOrSuspiciousLesionInArea),
            new TriState("permanentFillerOrThreadsInArea", ClientProfile::permanentFillerOrThreadsInArea,
                    ClientProfile.Builder::permanentFillerOrThreadsInArea),
            new TriState("tattooOrPermanentMakeupInArea", ClientProfile::tattooOrPermanentMakeupInArea,
                    ClientProfile.Builder::tattooOrPermanentMakeupInArea),
            new TriState("bleedingDisorder", ClientProfile::bleedingDisorder, ClientProfile.Builder::bleedingDisorder),
            new TriState("anticoagulants", ClientProfile::anticoagulants, ClientProfile.Builder::anticoagulants),
            new TriState("bloodThinningNsaidsOrSupplements", ClientProfile::bloodThinningNsaidsOrSupplements,
                    ClientProfile.Builder::bloodThinningNsaidsOrSupplements),
            new TriState("photosensitisingMedication", ClientProfile::photosensitisingMedication,
                    ClientProfile.Builder::photosensitisingMedication),
            new TriState("immunosuppressed", ClientProfile::immunosuppressed, ClientProfile.Builder::immunosuppressed),
            new TriState("metalOrAnaestheticAllergy", ClientProfile::metalOrAnaestheticAllergy,
                    ClientProfile.Builder::metalOrAnaestheticAllergy),
            new TriState("autoimmuneOrCollagenDisease", ClientProfile::autoimmuneOrCollagenDisease,
                    ClientProfile.Builder::autoimmuneOrCollagenDisease),
            new TriState("hyperpigmentationHistory", ClientProfile::hyperpigmentationHistory,
                    ClientProfile.Builder::hyperpigmentationHistory));

    // ---------------------------------------------------------------------------------------------
    // Dates

    /** Screening dates: the fixed one, or any day in 2024-2028 (month ends and leap days favoured). */
    static Arbitrary<LocalDate> screenedOnDates() {
        long first = FIRST_SCREENED_ON.toEpochDay();
        long last = LAST_SCREENED_ON.toEpochDay();
        Arbitrary<LocalDate> anyDay = Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> monthEnd = Combinators.combine(Arbitraries.integers().between(2024, 2028),
                Arbitraries.integers().between(1, 12)).as((y, m) -> LocalDate.of(y, m, 1).plusMonths(1).minusDays(1));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(FIXED_SCREENED_ON)),
                Tuple.of(1, monthEnd),
                Tuple.of(4, anyDay));
    }

    /**
     * Dates around every time window of the default policy, relative to {@code screenedOn}: the day
     * itself, the day before, each washout's last day, end and day after, the calendar-month windows
     * (isotretinoin, surgery) from two days before to three after their boundary, and long ago.
     * Every date is on or before {@code screenedOn}.
     */
    static List<LocalDate> representativeDates(LocalDate screenedOn) {
        Policy policy = Policy.defaults();
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(screenedOn);
        dates.add(screenedOn.minusDays(1));
        for (ProcedureType type : ProcedureType.values()) {
            int days = policy.washoutDays(type);
            if (days > 0) {
                for (int k = -1; k <= 1; k++) {
                    dates.add(screenedOn.minusDays(days + k));
                }
            }
        }
        List<Integer> months = new ArrayList<>();
        months.add(policy.isotretinoinWashoutMonths());
        for (ProcedureType type : ProcedureType.values()) {
            if (policy.referralMonths(type) > 0) {
                months.add(policy.referralMonths(type));
            }
        }
        for (int m : months) {
            for (int k = -2; k <= 3; k++) {
                LocalDate d = screenedOn.minusMonths(m).plusDays(k);
                if (!d.isAfter(screenedOn)) {
                    dates.add(d);
                }
            }
        }
        dates.add(screenedOn.minusDays(800));
        return List.copyOf(dates.descendingSet());
    }

    /**
     * A date relative to the screening date, resolved once that date is drawn (a generator that
     * depended on the drawn date through {@code flatMap} would be rebuilt for every profile, which
     * costs milliseconds each).
     */
    record PastDate(Kind kind, int n) {
        enum Kind {
            /** {@code representativeDates(screenedOn).get(n % size)} */
            REPRESENTATIVE,
            /** {@code n} days before the screening date */
            DAYS_BACK,
            /** {@code n} days before the longest window (12 months) began: outside every window */
            LONG_AGO
        }

        LocalDate on(LocalDate screenedOn) {
            return switch (kind) {
                case REPRESENTATIVE -> {
                    List<LocalDate> dates = representativeDates(screenedOn);
                    yield dates.get(Math.floorMod(n, dates.size()));
                }
                case DAYS_BACK -> screenedOn.minusDays(n);
                case LONG_AGO -> screenedOn.minusMonths(12).minusDays(n);
            };
        }
    }

    /** A past date: mostly one of {@link #representativeDates}, else any day up to 900 days back. */
    static Arbitrary<PastDate> pastDates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 40).map(n -> new PastDate(PastDate.Kind.REPRESENTATIVE, n))),
                Tuple.of(2, Arbitraries.integers().between(0, 900).map(n -> new PastDate(PastDate.Kind.DAYS_BACK, n))));
    }

    /** A date outside every window: more than the longest window (12 months) ago. */
    private static Arbitrary<PastDate> longAgo() {
        return Arbitraries.integers().between(1, 900).map(n -> new PastDate(PastDate.Kind.LONG_AGO, n));
    }

    // ---------------------------------------------------------------------------------------------
    // Profiles

    static Arbitrary<Sample> samples() {
        return profiles().map(Sample::new);
    }

    /** Profiles at every noise level, screened on a fixed or a random date. */
    static Arbitrary<ClientProfile> profiles() {
        return Arbitraries.oneOf(List.of(profiles(Noise.CLEAN), profiles(Noise.LOW), profiles(Noise.MEDIUM),
                profiles(Noise.WILD)));
    }

    /** The isotretinoin answer, its last dose relative to the screening date. */
    record IsotretinoinDraft(boolean absent, IsotretinoinStatus status, PastDate lastDose) {
        Isotretinoin on(LocalDate screenedOn) {
            return absent ? null : Isotretinoin.of(status, lastDose == null ? null : lastDose.on(screenedOn));
        }
    }

    /** A procedure entry, its date relative to the screening date ({@code null}: undated). */
    record ProcedureDraft(ProcedureType type, PastDate date) {
        RecentProcedure on(LocalDate screenedOn) {
            return RecentProcedure.of(type, date == null ? null : date.on(screenedOn));
        }
    }

    /** A profile being generated: the builder, and the answers whose dates wait for the screening date. */
    static final class Draft {
        final ClientProfile.Builder builder = ClientProfile.builder();
        LocalDate screenedOn;
        IsotretinoinDraft isotretinoin;
        List<ProcedureDraft> procedures;

        ClientProfile build() {
            builder.screenedOn(screenedOn).isotretinoin(isotretinoin.on(screenedOn));
            builder.recentProcedures(procedures == null ? null
                    : procedures.stream().map(d -> d.on(screenedOn)).toList());
            return builder.build();
        }
    }

    /** Profiles at one noise level. */
    static Arbitrary<ClientProfile> profiles(Noise noise) {
        int p = noise.percent;
        Builders.BuilderCombinator<Draft> b = Builders.withBuilder(Draft::new)
                .use(screenedOnDates()).in((d, v) -> {
                    d.screenedOn = v;
                    return d;
                });
        for (TriState t : TRI_STATES) {
            b = b.use(answers(p)).in((d, v) -> {
                t.set().apply(d.builder, v);
                return d;
            });
        }
        return b
                .use(stray(p, Arbitraries.integers().between(22, 90),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.of(0, 17, 18, 21, 22, 120)),
                                Tuple.of(2, Arbitraries.integers().between(0, 120)))
                                .injectNull(0.4)))
                .in((d, v) -> {
                    d.builder.age(v);
                    return d;
                })
                .use(stray(p, Arbitraries.of(FitzpatrickType.class), Arbitraries.just((FitzpatrickType) null)))
                .in((d, v) -> {
                    d.builder.fitzpatrickType(v);
                    return d;
                })
                .use(stray(p, Arbitraries.just(AcneSeverity.NONE),
                        Arbitraries.of(AcneSeverity.MILD, AcneSeverity.MODERATE, AcneSeverity.SEVERE).injectNull(0.3)))
                .in((d, v) -> {
                    d.builder.acne(v);
                    return d;
                })
                .use(stray(p, Arbitraries.just(DiabetesStatus.NONE),
                        Arbitraries.of(DiabetesStatus.CONTROLLED, DiabetesStatus.UNCONTROLLED).injectNull(0.4)))
                .in((d, v) -> {
                    d.builder.diabetes(v);
                    return d;
                })
                .use(stray(p, benignIsotretinoin(), anyIsotretinoin()))
                .in((d, v) -> {
                    d.isotretinoin = v;
                    return d;
                })
                .use(stray(p, benignProcedures(), anyProcedures()))
                .in((d, v) -> {
                    d.procedures = v;
                    return d;
                })
                .use(treatments())
                .in((d, v) -> {
                    d.builder.treatment(v);
                    return d;
                })
                .build(Draft::build);
    }

    /** The benign value, or with probability {@code percent}% a stray one. */
    private static <T> Arbitrary<T> stray(int percent, Arbitrary<T> benign, Arbitrary<T> stray) {
        if (percent == 0) {
            return benign;
        }
        return Arbitraries.frequencyOf(Tuple.of(100 - percent, benign), Tuple.of(percent, stray));
    }

    /** NO, or with probability {@code percent}% YES or unknown (UNKNOWN or null: both mean unknown). */
    static Arbitrary<Answer> answers(int percent) {
        return stray(percent, Arbitraries.just(Answer.NO),
                Arbitraries.of(Answer.YES, Answer.UNKNOWN).injectNull(0.1));
    }

    private static Arbitrary<IsotretinoinDraft> benignIsotretinoin() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(new IsotretinoinDraft(false, IsotretinoinStatus.NEVER, null))),
                Tuple.of(1, longAgo().map(d -> new IsotretinoinDraft(false, IsotretinoinStatus.STOPPED, d))));
    }

    /** Every form: current, stopped with or without a date, never, and unknown in its three forms. */
    private static Arbitrary<IsotretinoinDraft> anyIsotretinoin() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(new IsotretinoinDraft(false, IsotretinoinStatus.CURRENT, null))),
                Tuple.of(4, pastDates().map(d -> new IsotretinoinDraft(false, IsotretinoinStatus.STOPPED, d))),
                Tuple.of(1, Arbitraries.just(new IsotretinoinDraft(false, IsotretinoinStatus.STOPPED, null))),
                Tuple.of(1, Arbitraries.just(new IsotretinoinDraft(false, IsotretinoinStatus.NEVER, null))),
                Tuple.of(1, Arbitraries.just(new IsotretinoinDraft(true, null, null))),
                Tuple.of(1, Arbitraries.just(new IsotretinoinDraft(false, null, null))),
                Tuple.of(1, pastDates().map(d -> new IsotretinoinDraft(false, null, d))));
    }

    private static Arbitrary<List<ProcedureDraft>> benignProcedures() {
        Arbitrary<ProcedureDraft> old = Combinators.combine(
                Arbitraries.of(ProcedureType.class).filter(t -> t != ProcedureType.RADIOTHERAPY),
                longAgo()).as(ProcedureDraft::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<ProcedureDraft>of())),
                Tuple.of(1, old.list().ofMinSize(1).ofMaxSize(3)));
    }

    /** Unknown, or one to four entries of any type, dated around the windows or undated. */
    private static Arbitrary<List<ProcedureDraft>> anyProcedures() {
        Arbitrary<ProcedureDraft> entry = Combinators.combine(Arbitraries.of(ProcedureType.class),
                pastDates().injectNull(0.15)).as(ProcedureDraft::new);
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((List<ProcedureDraft>) null)),
                Tuple.of(4, entry.list().ofMinSize(1).ofMaxSize(4)));
    }

    /** Depths around every policy threshold, plus any depth above 0 and at most 5 mm. */
    static Arbitrary<Double> depths() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(REPRESENTATIVE_DEPTHS)),
                Tuple.of(1, Arbitraries.integers().between(1, 500).map(k -> k / 100.0)));
    }

    /** Needle depths at and around the policy's thresholds (home 0.3, area maxima, absolute 2.5, ranges). */
    static final List<Double> REPRESENTATIVE_DEPTHS = List.of(0.1, 0.25, 0.3, 0.31, 0.5, 0.51, 0.75, 1.0, 1.01,
            1.2, 1.5, 1.51, 2.0, 2.01, 2.5, 2.51, 3.0, 5.0);

    /** No treatment (a fifth of the time), or a treatment with each field given or not. */
    static Arbitrary<Treatment> treatments() {
        Arbitrary<Treatment> some = Builders.withBuilder(Treatment::builder)
                .use(Arbitraries.of(Setting.class).injectNull(0.3)).in(Treatment.Builder::setting)
                .use(Arbitraries.of(Device.class).injectNull(0.3)).in(Treatment.Builder::device)
                .use(depths().injectNull(0.3)).in(Treatment.Builder::needleDepthMm)
                .use(Arbitraries.of(Area.class).injectNull(0.3)).in(Treatment.Builder::area)
                .use(Arbitraries.of(Concern.class).list().ofMaxSize(4))
                .in((tb, cs) -> tb.concerns(cs))
                .build(Treatment.Builder::build);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((Treatment) null)), Tuple.of(4, some));
    }

    // ---------------------------------------------------------------------------------------------
    // Descriptions

    /** Every field of the profile, readably (the record's own toString is redacted). */
    static String describe(ClientProfile p) {
        StringBuilder sb = new StringBuilder("{screenedOn=").append(p.screenedOn())
                .append(", age=").append(p.age())
                .append(", fitzpatrickType=").append(p.fitzpatrickType())
                .append(", acne=").append(p.acne())
                .append(", diabetes=").append(p.diabetes())
                .append(", isotretinoin=").append(describe(p.isotretinoin()))
                .append(", recentProcedures=").append(describe(p.recentProcedures()))
                .append(", treatment=").append(describe(p.treatment()));
        for (TriState t : TRI_STATES) {
            sb.append(", ").append(t.name()).append('=').append(t.get().apply(p));
        }
        return sb.append('}').toString();
    }

    static String describe(Isotretinoin i) {
        return i == null ? "null" : i.status() + (i.lastDose() == null ? "" : "(" + i.lastDose() + ")");
    }

    static String describe(List<RecentProcedure> procedures) {
        return procedures == null ? "null" : procedures.stream().map(r -> r.type() + "@" + r.date())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static String describe(Treatment t) {
        return t == null ? "null" : "{setting=" + t.setting() + ", device=" + t.device() + ", needleDepthMm="
                + t.needleDepthMm() + ", area=" + t.area() + ", concerns=" + t.concerns() + "}";
    }

    /** A result's decision, findings and required missing answers, readably. */
    static String describe(ScreeningResult r) {
        return r.decision() + " findings=" + r.findings().stream()
                .map(f -> f.ruleId() + ":" + f.decision() + (f.rescreenOn() == null ? "" : "@" + f.rescreenOn()))
                .toList()
                + " requiredMissing=" + r.requiredMissingAnswers().stream().map(MissingAnswer::field).toList();
    }
}
