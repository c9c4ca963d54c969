package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.needlescreen.GeneratedProfiles.Sample;
import org.needlescreen.GeneratedProfiles.TriState;
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
 * Properties of the default rule set over generated profiles (DOMAIN.md, "Required answers and the
 * unknown-answer guarantee"):
 * <ol>
 *   <li>the guarantee: with any one client answer unknown, the decision is never more permissive than
 *       the most restrictive decision a known value of it would give, up to INCOMPLETE;</li>
 *   <li>an unspecified field of a home plan never lets a plan through as SUITABLE when some value of it
 *       would need a professional (and an unspecified area when some area forbids the depth);</li>
 *   <li>a worse answer never makes the decision more permissive;</li>
 *   <li>the decision is exactly the most restrictive finding, or INCOMPLETE for a required unknown.</li>
 * </ol>
 * Each check is a plain function of a decision function, so the examples at the end can show that it
 * fails on a screening that breaks the rule.
 *
 * <p>The guarantee property tests one answer per try (jqwik draws which), so 10,000 tries are 10,000
 * profiles with every answer tested a few hundred times; a coverage check fails the run otherwise.
 * jqwik's own edge cases are off: the generators already favour boundary ages, dates and depths, and
 * the edge cases of a profile with thirty fields are mostly one corner repeated.
 */
class UnknownAnswerGuaranteeProperties {

    /** Built on first use (a few seconds), shared by every property. */
    private static final class Holder {
        static final Screener SCREENER = Screener.withDefaultRules();
    }

    @BeforeContainer
    static void quietDebugLog() {
        QuietLog.install();
    }

    @AfterContainer
    static void restoreLog() {
        QuietLog.restore();
    }

    static ScreeningResult screen(ClientProfile p) {
        return Holder.SCREENER.screen(p);
    }

    static Decision decide(ClientProfile p) {
        return screen(p).decision();
    }

    @Provide
    Arbitrary<Sample> samples() {
        return GeneratedProfiles.samples();
    }

    // =============================================================================================
    // a. The unknown-answer guarantee

    /** Ages that cross every age threshold of the policy. */
    static final List<Integer> AGES = List.of(0, 17, 18, 21, 22, 50, 120);

    /** One client answer: how to make it unknown, and its known values, for a given profile. */
    interface Variants {
        List<ClientProfile> of(ClientProfile p, int selector);
    }

    /**
     * A client answer under test. {@code prepare} makes the answer applicable (a STOPPED isotretinoin
     * for its last dose, an entry for a procedure's date); {@code unknown} gives every way of leaving it
     * unknown, {@code known} its known values (a representative set for ages, dates and lists).
     */
    record Field(String name, Prepare prepare, Variants unknown, Variants known) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Prepare {
        ClientProfile apply(ClientProfile p, int selector, ProcedureType type);
    }

    private static final Prepare AS_IS = (p, selector, type) -> p;

    static final List<Field> FIELDS = fields();

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        for (TriState t : GeneratedProfiles.TRI_STATES) {
            fields.add(new Field(t.name(), AS_IS,
                    (p, s) -> List.of(t.with(p, Answer.UNKNOWN)),
                    (p, s) -> List.of(t.with(p, Answer.YES), t.with(p, Answer.NO))));
        }
        fields.add(new Field("age", AS_IS,
                (p, s) -> List.of(p.toBuilder().age(null).build()),
                (p, s) -> AGES.stream().map(a -> p.toBuilder().age(a).build()).toList()));
        fields.add(new Field("fitzpatrickType", AS_IS,
                (p, s) -> List.of(p.toBuilder().fitzpatrickType(null).build()),
                (p, s) -> Arrays.stream(FitzpatrickType.values())
                        .map(f -> p.toBuilder().fitzpatrickType(f).build()).toList()));
        fields.add(new Field("acne", AS_IS,
                (p, s) -> List.of(p.toBuilder().acne(null).build()),
                (p, s) -> Arrays.stream(AcneSeverity.values()).map(a -> p.toBuilder().acne(a).build()).toList()));
        fields.add(new Field("diabetes", AS_IS,
                (p, s) -> List.of(p.toBuilder().diabetes(null).build()),
                (p, s) -> Arrays.stream(DiabetesStatus.values())
                        .map(d -> p.toBuilder().diabetes(d).build()).toList()));
        fields.add(new Field("isotretinoin", AS_IS,
                (p, s) -> List.of(p.toBuilder().isotretinoin(null).build(),
                        p.toBuilder().isotretinoin(Isotretinoin.of(null, null)).build(),
                        p.toBuilder().isotretinoin(Isotretinoin.of(null, p.screenedOn().minusDays(1))).build()),
                (p, s) -> {
                    List<ClientProfile> out = new ArrayList<>();
                    out.add(p.toBuilder().isotretinoin(Isotretinoin.never()).build());
                    out.add(p.toBuilder().isotretinoin(Isotretinoin.current()).build());
                    for (LocalDate d : GeneratedProfiles.representativeDates(p.screenedOn())) {
                        out.add(p.toBuilder().isotretinoin(Isotretinoin.stopped(d)).build());
                    }
                    return out;
                }));
        fields.add(new Field("isotretinoin.lastDose",
                (p, selector, type) -> p.isotretinoin() != null && p.isotretinoin().status() == IsotretinoinStatus.STOPPED
                        ? p : p.toBuilder().isotretinoin(Isotretinoin.stopped(null)).build(),
                (p, s) -> List.of(p.toBuilder().isotretinoin(Isotretinoin.stopped(null)).build()),
                (p, s) -> GeneratedProfiles.representativeDates(p.screenedOn()).stream()
                        .map(d -> p.toBuilder().isotretinoin(Isotretinoin.stopped(d)).build()).toList()));
        fields.add(new Field("recentProcedures", AS_IS,
                (p, s) -> List.of(p.toBuilder().recentProcedures(null).build()),
                (p, s) -> representativeProcedureLists(p.screenedOn()).stream()
                        .map(l -> p.toBuilder().recentProcedures(l).build()).toList()));
        fields.add(new Field("recentProcedures.date",
                (p, selector, type) -> p.recentProcedures() != null && !p.recentProcedures().isEmpty()
                        ? p : p.toBuilder().recentProcedures(List.of(RecentProcedure.of(type, p.screenedOn()))).build(),
                (p, s) -> List.of(withEntryDate(p, s, null)),
                (p, s) -> GeneratedProfiles.representativeDates(p.screenedOn()).stream()
                        .map(d -> withEntryDate(p, s, d)).toList()));
        return List.copyOf(fields);
    }

    /** The profile with the date of entry {@code selector % size} of its (non-empty) procedure list replaced. */
    private static ClientProfile withEntryDate(ClientProfile p, int selector, LocalDate date) {
        List<RecentProcedure> list = new ArrayList<>(p.recentProcedures());
        int i = Math.floorMod(selector, list.size());
        list.set(i, RecentProcedure.of(list.get(i).type(), date));
        return p.toBuilder().recentProcedures(list).build();
    }

    /** None; and each procedure type once, done on the screening day, and once long ago. */
    static List<List<RecentProcedure>> representativeProcedureLists(LocalDate screenedOn) {
        List<List<RecentProcedure>> lists = new ArrayList<>();
        lists.add(List.of());
        for (ProcedureType t : ProcedureType.values()) {
            lists.add(List.of(RecentProcedure.of(t, screenedOn)));
            lists.add(List.of(RecentProcedure.of(t, screenedOn.minusDays(800))));
        }
        return lists;
    }

    @Provide
    Arbitrary<Field> fieldsUnderTest() {
        return Arbitraries.of(FIELDS);
    }

    /**
     * What one check of the guarantee saw: whether it applied (the worst known value gives
     * PROFESSIONAL_ONLY or more), whether it discriminated (the most benign known value gives less than
     * the bound, so a screening that read the unknown answer as that value would fail), and any
     * violation.
     */
    record GuaranteeCheck(boolean binding, boolean discriminating, Decision maxKnown, Optional<String> violation) {
    }

    /**
     * Checks the guarantee for one answer of one profile under a decision function: whenever the most
     * restrictive known value gives PROFESSIONAL_ONLY or more, every unknown form gives at least
     * {@code min(that, INCOMPLETE)}.
     */
    static GuaranteeCheck checkGuarantee(Function<ClientProfile, Decision> decide, ClientProfile base, Field field,
                                         int selector) {
        Decision maxKnown = Decision.SUITABLE;
        Decision minKnown = Decision.NOT_SUITABLE;
        ClientProfile worst = null;
        for (ClientProfile known : field.known().of(base, selector)) {
            Decision d = decide.apply(known);
            if (worst == null || d.isMoreRestrictiveThan(maxKnown)) {
                maxKnown = d;
                worst = known;
            }
            if (minKnown.isMoreRestrictiveThan(d)) {
                minKnown = d;
            }
        }
        if (maxKnown.compareTo(Decision.PROFESSIONAL_ONLY) < 0) {
            return new GuaranteeCheck(false, false, maxKnown, Optional.empty());
        }
        Decision bound = maxKnown.compareTo(Decision.INCOMPLETE) < 0 ? maxKnown : Decision.INCOMPLETE;
        boolean discriminating = minKnown.compareTo(bound) < 0;
        for (ClientProfile unknown : field.unknown().of(base, selector)) {
            Decision d = decide.apply(unknown);
            if (d.compareTo(bound) < 0) {
                return new GuaranteeCheck(true, discriminating, maxKnown, Optional.of("with " + field.name() + " unknown the decision is "
                        + d + ", more permissive than " + bound + " (a known value gives " + maxKnown + ")"
                        + "\n  unknown: " + GeneratedProfiles.describe(unknown)
                        + "\n  worst known: " + GeneratedProfiles.describe(worst)));
            }
        }
        return new GuaranteeCheck(true, discriminating, maxKnown, Optional.empty());
    }

    /**
     * The answers whose worst value gives only a CAUTION (DOMAIN.md "Optional"): leaving one unknown
     * never changes the decision, so no check of theirs can discriminate.
     */
    static final Set<String> OPTIONAL_ANSWERS = Set.of("fitzpatrickType", "coldSoreHistory",
            "hyperpigmentationHistory", "tattooOrPermanentMakeupInArea", "bloodThinningNsaidsOrSupplements",
            "photosensitisingMedication");

    @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
    void unknownAnswerIsNeverMorePermissiveThanItsWorstKnownValue(
            @ForAll("samples") Sample sample, @ForAll("fieldsUnderTest") Field field,
            @ForAll @IntRange(min = 0, max = 49) int selector, @ForAll ProcedureType entryType) {
        ClientProfile base = field.prepare().apply(sample.profile(), selector, entryType);
        GuaranteeCheck check = checkGuarantee(UnknownAnswerGuaranteeProperties::decide, base, field, selector);
        Statistics.label("field").collect(field.name());
        Statistics.label("worst known value").collect(check.maxKnown());
        Statistics.label("discriminating checks (the most benign known value is below the bound)")
                .collect(check.discriminating() ? field.name() : "-");
        check.violation().ifPresent(v -> {
            throw new AssertionError(v);
        });
        Statistics.label("field").coverage(c -> {
            for (Field f : FIELDS) {
                c.check(f.name()).count(n -> n >= 200);
            }
        });
        Statistics.label("discriminating checks (the most benign known value is below the bound)").coverage(c -> {
            for (Field f : FIELDS) {
                if (!OPTIONAL_ANSWERS.contains(f.name())) {
                    c.check(f.name()).count(n -> n >= 40);
                }
            }
        });
    }

    // =============================================================================================
    // b. Home plans

    /** The plan fields that may be left unspecified without making the result INCOMPLETE. */
    enum PlanField {
        DEVICE, NEEDLE_DEPTH, CONCERNS;

        List<Object> representativeValues() {
            return switch (this) {
                case DEVICE -> List.of((Object[]) Device.values());
                case NEEDLE_DEPTH -> List.copyOf(GeneratedProfiles.REPRESENTATIVE_DEPTHS);
                case CONCERNS -> {
                    List<Object> lists = new ArrayList<>();
                    for (Concern c : Concern.values()) {
                        lists.add(List.of(c));
                    }
                    lists.add(List.of(Concern.values()));
                    yield lists;
                }
            };
        }
    }

    /** The treatment with one plan field replaced ({@code null} or an empty list: unspecified). */
    @SuppressWarnings("unchecked")
    static Treatment withPlan(Treatment t, PlanField field, Object value) {
        Treatment b = t == null ? Treatment.UNSPECIFIED : t;
        return switch (field) {
            case DEVICE -> b.toBuilder().device((Device) value).build();
            case NEEDLE_DEPTH -> b.toBuilder().needleDepthMm((Double) value).build();
            case CONCERNS -> b.toBuilder().concerns(value == null ? List.<Concern>of() : (List<Concern>) value).build();
        };
    }

    static Treatment withArea(Treatment t, Area area) {
        Treatment b = t == null ? Treatment.UNSPECIFIED : t;
        return b.toBuilder().area(area).build();
    }

    /**
     * Checks that a profile whose plan leaves a field unspecified is not SUITABLE when some value of
     * that field would make it PROFESSIONAL_ONLY or more restrictive.
     */
    static Optional<String> checkUnspecified(Function<ClientProfile, Decision> decide, ClientProfile unspecified,
                                             List<ClientProfile> specified, String what) {
        for (ClientProfile s : specified) {
            Decision d = decide.apply(s);
            if (d.compareTo(Decision.PROFESSIONAL_ONLY) >= 0) {
                Decision u = decide.apply(unspecified);
                return u == Decision.SUITABLE
                        ? Optional.of("with " + what + " unspecified the plan is SUITABLE, but a value of it gives " + d
                        + "\n  unspecified: " + GeneratedProfiles.describe(unspecified)
                        + "\n  specified: " + GeneratedProfiles.describe(s))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Provide
    Arbitrary<Setting> homeOrUnknownSettings() {
        return Arbitraries.just(Setting.HOME).injectNull(0.5);
    }

    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void unspecifiedHomePlanFieldIsNeverSuitableWhenSomeValueNeedsAProfessional(
            @ForAll("samples") Sample sample, @ForAll PlanField field,
            @ForAll("homeOrUnknownSettings") Setting setting, @ForAll boolean noTreatmentAtAll) {
        ClientProfile p = sample.profile();
        Treatment plan;
        if (noTreatmentAtAll) {
            plan = null;
        } else {
            Treatment t = p.treatment() == null ? Treatment.UNSPECIFIED : p.treatment();
            plan = withPlan(t.toBuilder().setting(setting).build(), field, null);
        }
        ClientProfile unspecified = p.toBuilder().treatment(plan).build();
        List<ClientProfile> specified = field.representativeValues().stream()
                .map(v -> p.toBuilder().treatment(withPlan(plan, field, v)).build()).toList();
        Optional<String> violation = checkUnspecified(UnknownAnswerGuaranteeProperties::decide, unspecified, specified,
                "treatment." + field.name());
        Statistics.label("decision with the field unspecified").collect(decide(unspecified));
        violation.ifPresent(v -> {
            throw new AssertionError(v);
        });
        Statistics.label("decision with the field unspecified")
                .coverage(c -> c.check(Decision.CAUTION).count(n -> n >= 30));
    }

    /**
     * DOMAIN.md: "a depth above the smallest area maximum given without an area draws the
     * area-unspecified CAUTION in any setting". So in any setting, an unspecified area is never SUITABLE
     * when some area would make the decision PROFESSIONAL_ONLY or more restrictive.
     */
    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void unspecifiedAreaIsNeverSuitableWhenSomeAreaForbidsThePlan(@ForAll("samples") Sample sample) {
        ClientProfile p = sample.profile();
        Treatment plan = withArea(p.treatment(), null);
        ClientProfile unspecified = p.toBuilder().treatment(plan).build();
        List<ClientProfile> specified = Arrays.stream(Area.values())
                .map(a -> p.toBuilder().treatment(withArea(plan, a)).build()).toList();
        checkUnspecified(UnknownAnswerGuaranteeProperties::decide, unspecified, specified, "treatment.area")
                .ifPresent(v -> {
                    throw new AssertionError(v);
                });
    }

    // =============================================================================================
    // c. Monotonic safety

    /**
     * A way to make one answer worse: the profile with that answer at each step of a chain from least
     * to most risky. The decision must not become more permissive along the chain.
     */
    record Worsening(String name, Chain chain) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Chain {
        List<ClientProfile> of(ClientProfile p, int a, int b, ProcedureType type);
    }

    static final List<Worsening> WORSENINGS = worsenings();

    private static List<Worsening> worsenings() {
        List<Worsening> list = new ArrayList<>();
        for (TriState t : GeneratedProfiles.TRI_STATES) {
            list.add(new Worsening(t.name() + " NO->YES",
                    (p, a, b, type) -> List.of(t.with(p, Answer.NO), t.with(p, Answer.YES))));
        }
        list.add(new Worsening("acne NONE<MILD<MODERATE<SEVERE", (p, a, b, type) -> Arrays
                .stream(AcneSeverity.values()).map(v -> p.toBuilder().acne(v).build()).toList()));
        list.add(new Worsening("diabetes NONE<CONTROLLED<UNCONTROLLED", (p, a, b, type) -> Arrays
                .stream(DiabetesStatus.values()).map(v -> p.toBuilder().diabetes(v).build()).toList()));
        list.add(new Worsening("isotretinoin NEVER<STOPPED(older)<STOPPED(later)<CURRENT", (p, a, b, type) -> {
            List<LocalDate> dates = GeneratedProfiles.representativeDates(p.screenedOn()); // latest first
            LocalDate later = dates.get(Math.floorMod(Math.min(a, b), dates.size()));
            LocalDate older = dates.get(Math.floorMod(Math.max(a, b), dates.size()));
            if (older.isAfter(later)) {
                LocalDate x = older;
                older = later;
                later = x;
            }
            return List.of(p.toBuilder().isotretinoin(Isotretinoin.never()).build(),
                    p.toBuilder().isotretinoin(Isotretinoin.stopped(older)).build(),
                    p.toBuilder().isotretinoin(Isotretinoin.stopped(later)).build(),
                    p.toBuilder().isotretinoin(Isotretinoin.current()).build());
        }));
        list.add(new Worsening("recentProcedures: one more entry", (p, a, b, type) -> {
            List<RecentProcedure> before = p.recentProcedures() == null ? List.of() : p.recentProcedures();
            List<LocalDate> dates = GeneratedProfiles.representativeDates(p.screenedOn());
            LocalDate date = Math.floorMod(a, 8) == 0 ? null : dates.get(Math.floorMod(b, dates.size()));
            List<RecentProcedure> after = new ArrayList<>(before);
            after.add(RecentProcedure.of(type, date));
            return List.of(p.toBuilder().recentProcedures(before).build(),
                    p.toBuilder().recentProcedures(after).build());
        }));
        return List.copyOf(list);
    }

    @Provide
    Arbitrary<Worsening> worseningsUnderTest() {
        return Arbitraries.of(WORSENINGS);
    }

    /** Checks that the decision does not become more permissive along a chain of worsening answers. */
    static Optional<String> checkMonotonic(Function<ClientProfile, Decision> decide, List<ClientProfile> chain,
                                           String name) {
        Decision before = null;
        ClientProfile previous = null;
        for (ClientProfile p : chain) {
            Decision d = decide.apply(p);
            if (before != null && before.isMoreRestrictiveThan(d)) {
                return Optional.of(name + ": the worse answer gives " + d + ", more permissive than " + before
                        + "\n  better: " + GeneratedProfiles.describe(previous)
                        + "\n  worse:  " + GeneratedProfiles.describe(p));
            }
            before = d;
            previous = p;
        }
        return Optional.empty();
    }

    @Property(tries = 4000, edgeCases = EdgeCasesMode.NONE)
    void aWorseAnswerNeverMakesTheDecisionMorePermissive(
            @ForAll("samples") Sample sample, @ForAll("worseningsUnderTest") Worsening worsening,
            @ForAll @IntRange(min = 0, max = 99) int a, @ForAll @IntRange(min = 0, max = 99) int b,
            @ForAll ProcedureType type) {
        List<ClientProfile> chain = worsening.chain().of(sample.profile(), a, b, type);
        Statistics.label("worsening").collect(worsening.name());
        checkMonotonic(UnknownAnswerGuaranteeProperties::decide, chain, worsening.name()).ifPresent(v -> {
            throw new AssertionError(v);
        });
    }

    // =============================================================================================
    // d. The decision is explained by the findings and the required missing answers

    /**
     * Checks that the decision is the most restrictive finding's, or INCOMPLETE when a required answer
     * is missing and no finding is more restrictive, or SUITABLE when there is neither; that findings
     * carry finding decisions only; and that only NOT_SUITABLE findings carry a re-screen date, after
     * the screening date.
     */
    static Optional<String> checkExplained(ScreeningResult r) {
        Decision expected = Decision.SUITABLE;
        for (Finding f : r.findings()) {
            if (f.decision() == Decision.SUITABLE || f.decision() == Decision.INCOMPLETE) {
                return Optional.of("finding " + f.ruleId() + " has decision " + f.decision());
            }
            if (f.rescreenOn() != null && (f.decision() != Decision.NOT_SUITABLE
                    || !f.rescreenOn().isAfter(r.screenedOn()))) {
                return Optional.of("finding " + f.ruleId() + " (" + f.decision() + ") has re-screen date "
                        + f.rescreenOn() + " (screened on " + r.screenedOn() + ")");
            }
            expected = expected.and(f.decision());
        }
        if (!r.requiredMissingAnswers().isEmpty()) {
            expected = expected.and(Decision.INCOMPLETE);
        }
        return expected == r.decision() ? Optional.empty()
                : Optional.of("decision " + r.decision() + " but the findings and required missing answers give "
                + expected + ": " + GeneratedProfiles.describe(r));
    }

    @Property(tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void decisionIsTheMostRestrictiveFindingOrIncomplete(@ForAll("samples") Sample sample) {
        ScreeningResult r = screen(sample.profile());
        Statistics.label("decision").collect(r.decision());
        checkExplained(r).ifPresent(v -> {
            throw new AssertionError(v + "\n  profile: " + sample);
        });
        Statistics.label("decision").coverage(c -> {
            for (Decision d : Decision.values()) {
                c.check(d).count(n -> n >= 10);
            }
        });
    }

    // =============================================================================================
    // The checks can fail: each one catches a screening that breaks its rule.

    /** Every answer and clean otherwise: SUITABLE with the default rules. */
    static ClientProfile cleanHomePlan() {
        ClientProfile.Builder b = ClientProfile.builder().screenedOn(GeneratedProfiles.FIXED_SCREENED_ON).age(34)
                .fitzpatrickType(FitzpatrickType.II).acne(AcneSeverity.NONE).diabetes(DiabetesStatus.NONE)
                .isotretinoin(Isotretinoin.never()).recentProcedures(List.of())
                .treatment(Treatment.builder().setting(Setting.HOME).device(Device.ROLLER).needleDepthMm(0.25)
                        .area(Area.CHEEKS).concerns(Concern.TEXTURE).build());
        for (TriState t : GeneratedProfiles.TRI_STATES) {
            b = t.set().apply(b, Answer.NO);
        }
        return b.build();
    }

    static Field field(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Example
    void everyClientAnswerIsUnderTest() throws NoSuchMethodException {
        Set<String> answers = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        // Every value a profile holds is one of its instance fields, each read through an accessor of its name.
        for (java.lang.reflect.Field c : ClientProfile.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(c.getModifiers()) || c.isSynthetic()) {
                continue;
            }
            assertEquals(c.getType(), ClientProfile.class.getMethod(c.getName()).getReturnType(), c.getName());
            if (c.getType() == Answer.class) {
                answers.add(c.getName());
            } else if (!Set.of("clientRef", "screenedOn", "treatment", "custom").contains(c.getName())) { // custom: per rule set
                others.add(c.getName());
            }
        }
        assertEquals(answers, GeneratedProfiles.TRI_STATES.stream().map(TriState::name)
                .collect(Collectors.toCollection(TreeSet::new)), "tri-state answers");
        Set<String> expected = new TreeSet<>(answers);
        expected.addAll(others);
        expected.add("isotretinoin.lastDose");
        expected.add("recentProcedures.date");
        assertEquals(expected, FIELDS.stream().map(Field::name).collect(Collectors.toCollection(TreeSet::new)),
                "client answers under test");
    }

    @Example
    void guaranteeCheckCatchesAScreeningThatReadsUnknownAsNo() {
        ClientProfile clean = cleanHomePlan();
        assertEquals(Decision.SUITABLE, decide(clean));
        Field anticoagulants = field("anticoagulants");
        assertTrue(checkGuarantee(UnknownAnswerGuaranteeProperties::decide, clean, anticoagulants, 0)
                .violation().isEmpty(), "the default rules keep the guarantee");
        Function<ClientProfile, Decision> unknownReadAsNo = p -> decide(p.anticoagulants() == Answer.UNKNOWN
                ? p.toBuilder().anticoagulants(Answer.NO).build() : p);
        GuaranteeCheck broken = checkGuarantee(unknownReadAsNo, clean, anticoagulants, 0);
        assertTrue(broken.violation().isPresent(), "reading unknown as NO breaks the guarantee");
        assertEquals(Decision.REFER, broken.maxKnown());
    }

    @Example
    void homePlanCheckCatchesAMissingPlanCaution() {
        ClientProfile p = cleanHomePlan();
        Treatment plan = withPlan(p.treatment(), PlanField.NEEDLE_DEPTH, null);
        ClientProfile unspecified = p.toBuilder().treatment(plan).build();
        List<ClientProfile> specified = PlanField.NEEDLE_DEPTH.representativeValues().stream()
                .map(v -> p.toBuilder().treatment(withPlan(plan, PlanField.NEEDLE_DEPTH, v)).build()).toList();
        assertTrue(checkUnspecified(UnknownAnswerGuaranteeProperties::decide, unspecified, specified, "depth")
                .isEmpty());
        Function<ClientProfile, Decision> withoutPlanCaution = q -> {
            ScreeningResult r = screen(q);
            Decision d = r.requiredMissingAnswers().isEmpty() ? Decision.SUITABLE : Decision.INCOMPLETE;
            for (Finding f : r.findings()) {
                if (!f.ruleId().equals("HOME-PLAN-UNSPECIFIED")) {
                    d = d.and(f.decision());
                }
            }
            return d;
        };
        assertTrue(checkUnspecified(withoutPlanCaution, unspecified, specified, "depth").isPresent());
    }

    @Example
    void monotonicCheckCatchesAnInversion() {
        ClientProfile p = cleanHomePlan().toBuilder().acne(AcneSeverity.MILD).build();
        List<ClientProfile> chain = WORSENINGS.get(1).chain().of(p, 0, 0, ProcedureType.LASER); // rosacea
        assertTrue(checkMonotonic(UnknownAnswerGuaranteeProperties::decide, chain, "rosacea").isEmpty());
        Function<ClientProfile, Decision> yesForgotten = q -> q.rosacea() == Answer.YES ? Decision.SUITABLE : decide(q);
        assertTrue(checkMonotonic(yesForgotten, chain, "rosacea").isPresent());
    }

    @Example
    void explanationCheckCatchesADroppedFinding() {
        ScreeningResult r = screen(cleanHomePlan().toBuilder().anticoagulants(Answer.YES).build());
        assertEquals(Decision.REFER, r.decision());
        assertTrue(checkExplained(r).isEmpty());
        ScreeningResult dropped = r.toBuilder().findings(List.of()).build();
        assertTrue(checkExplained(dropped).isPresent());
    }
}
