package org.needlescreen.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlescreen.Decision;
import org.needlescreen.Finding;
import org.needlescreen.MissingAnswer;
import org.needlescreen.Policy;
import org.needlescreen.RuleDescription;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Treatment;
import org.needlescreen.oracle.DomainOracle.Expected;
import org.needlescreen.oracle.DomainOracle.ExpectedFinding;
import org.needlescreen.oracle.DomainOracle.ExpectedMissing;

/**
 * "Rules report, never steer": the engine's decision, findings and missing answers on generated
 * profiles must equal those of {@link DomainOracle}, an independent reading of DOMAIN.md.
 *
 * <p>{@code -Doracle.seed=N} varies the profiles, {@code -Doracle.count=N} their number (default
 * 100,000).
 */
class OracleComparisonTest {

    private static final int DEFAULT_COUNT = 100_000;
    private static final int SHOWN = 10;

    /** The finding rules of the rule catalogue (rule table). */
    static final List<String> FINDING_RULES = List.of(
            "HOME-DEPTH-LIMIT", "HOME-PEN", "HOME-DERMAL-CONCERN", "HOME-PLAN-UNSPECIFIED", "AREA-MAX-DEPTH",
            "ABSOLUTE-MAX-DEPTH", "AREA-UNSPECIFIED", "PERIORBITAL", "DEPTH-BELOW-CONCERN-RANGE",
            "CONCERN-RANGE-UNREACHABLE", "BLEEDING-DISORDER", "ANTICOAGULANTS", "NSAIDS-SUPPLEMENTS",
            "PHOTOSENSITISING-MEDICATION", "IMMUNOSUPPRESSED", "PREGNANCY", "DIABETES-UNCONTROLLED",
            "DIABETES-CONTROLLED", "ALLERGY-METAL-ANAESTHETIC", "AUTOIMMUNE", "AGE-MINOR", "AGE-YOUNG-ADULT",
            "ISOTRETINOIN-CURRENT", "ISOTRETINOIN-WASHOUT-HOME", "ISOTRETINOIN-WASHOUT-PROFESSIONAL", "PIH-RISK",
            "PROCEDURE-WASHOUT", "MICRONEEDLING-INTERVAL", "PRE-CARE-WASHOUT", "SUNTAN-WASHOUT",
            "PROCEDURE-SURGERY", "PROCEDURE-RADIOTHERAPY", "ACNE-ACTIVE", "ACNE-MILD", "ROSACEA", "RASH",
            "INFECTION", "WARTS-MOLLUSCUM", "WOUND-SUNBURN", "HERPES-HISTORY", "KELOID", "KOEBNER", "LESION",
            "PERMANENT-FILLER-THREADS", "TATTOO");

    /** The question rules of the rule catalogue (rule table). */
    static final List<String> ASK_RULES = List.of(
            "ASK-PHOTOTYPE", "ASK-HERPES-HISTORY", "ASK-HYPERPIGMENTATION-HISTORY", "ASK-TATTOO",
            "ASK-NSAIDS-SUPPLEMENTS", "ASK-PHOTOSENSITISING-MEDICATION", "ASK-TREATMENT-SETTING",
            "ASK-TREATMENT-DEVICE", "ASK-TREATMENT-NEEDLE-DEPTH", "ASK-TREATMENT-AREA", "ASK-TREATMENT-CONCERNS",
            "ASK-AGE", "ASK-PREGNANCY", "ASK-ACNE", "ASK-ROSACEA", "ASK-RASH", "ASK-INFECTION", "ASK-WOUND-SUNBURN",
            "ASK-WARTS-MOLLUSCUM", "ASK-KELOID", "ASK-KOEBNER", "ASK-LESION", "ASK-PERMANENT-FILLER-THREADS",
            "ASK-BLEEDING-DISORDER", "ASK-ANTICOAGULANTS", "ASK-IMMUNOSUPPRESSED", "ASK-DIABETES",
            "ASK-ISOTRETINOIN", "ASK-ISOTRETINOIN-LAST-DOSE", "ASK-ALLERGY-METAL-ANAESTHETIC", "ASK-AUTOIMMUNE",
            "ASK-RECENT-PROCEDURES", "ASK-PROCEDURE-DATE");

    private static Screener screener;
    private static Policy policy;
    private static List<ClientProfile> profiles;
    private static List<Expected> expectations;
    private static long seed;

    @BeforeAll
    static void generate() {
        long t0 = System.nanoTime();
        screener = Screener.withDefaultRules();
        policy = Policy.defaults();
        seed = ProfileGenerator.seedFromSystem();
        String countProperty = System.getProperty("oracle.count");
        int count = countProperty == null || countProperty.isBlank() ? DEFAULT_COUNT
                : Integer.parseInt(countProperty.trim());
        ProfileGenerator generator = new ProfileGenerator(seed, policy);
        profiles = new ArrayList<>(count);
        expectations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClientProfile p = generator.next();
            profiles.add(p);
            expectations.add(DomainOracle.expect(p, policy));
        }
        System.out.printf("oracle: seed %d, %d profiles, screener built and profiles generated in %d ms%n",
                seed, count, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void engineAgreesWithTheOracleOnEveryGeneratedProfile() {
        long t0 = System.nanoTime();
        List<String> shown = new ArrayList<>();
        int mismatches = 0;
        PrintStream err = quietStderr();
        try {
            for (int i = 0; i < profiles.size(); i++) {
                ClientProfile p = profiles.get(i);
                Expected expected = expectations.get(i);
                ScreeningResult actual = screener.screen(p);
                String diff = diff(expected, actual);
                if (diff != null) {
                    mismatches++;
                    if (shown.size() < SHOWN) {
                        shown.add("#" + i + " " + ProfileGenerator.describe(p) + "\n" + diff);
                    }
                }
            }
        } finally {
            System.setErr(err);
        }
        System.out.printf("oracle: %d profiles screened and compared in %d ms, %d mismatches%n",
                profiles.size(), (System.nanoTime() - t0) / 1_000_000, mismatches);
        if (mismatches > 0) {
            fail(mismatches + " of " + profiles.size() + " profiles (seed " + seed
                    + ") differ from the oracle; the first " + shown.size() + ":\n\n"
                    + String.join("\n\n", shown));
        }
    }

    /** The comparison is only as good as the oracle's coverage: every rule and decision must occur. */
    @Test
    void theGeneratedSetExercisesEveryRuleAndEveryDecision() {
        Set<String> fired = new TreeSet<>();
        Set<String> asked = new TreeSet<>();
        Set<Decision> decisions = EnumSet.noneOf(Decision.class);
        int repeatedFinding = 0;
        int undatedWashout = 0;
        int datedRescreen = 0;
        for (Expected e : expectations) {
            e.findings().forEach(f -> fired.add(f.ruleId()));
            e.missing().forEach(m -> asked.add(m.ruleId()));
            decisions.add(e.decision());
            if (e.findings().stream().map(ExpectedFinding::ruleId).distinct().count() < e.findings().size()) {
                repeatedFinding++;
            }
            if (e.findings().stream().anyMatch(f -> f.decision() == Decision.NOT_SUITABLE
                    && f.ruleId().endsWith("WASHOUT") && f.rescreenOn() == null)) {
                undatedWashout++;
            }
            if (e.rescreenOn() != null) {
                datedRescreen++;
            }
        }
        Set<String> neverFired = new TreeSet<>(FINDING_RULES);
        neverFired.removeAll(fired);
        Set<String> neverAsked = new TreeSet<>(ASK_RULES);
        neverAsked.removeAll(asked);
        assertTrue(neverFired.isEmpty(), "finding rules the oracle never expects: " + neverFired);
        assertTrue(neverAsked.isEmpty(), "questions the oracle never expects: " + neverAsked);
        assertTrue(FINDING_RULES.containsAll(fired), "the oracle expects unknown rules: " + fired);
        assertTrue(ASK_RULES.containsAll(asked), "the oracle expects unknown questions: " + asked);
        assertEquals(EnumSet.allOf(Decision.class), decisions, "decisions the oracle expects");
        assertTrue(repeatedFinding > 0, "no profile expects the same rule twice (per type / per concern)");
        assertTrue(undatedWashout > 0, "no profile expects an undated washout finding");
        assertTrue(datedRescreen > 0, "no profile expects a re-screen date");
        System.out.printf("oracle coverage: %d finding rules, %d questions, decisions %s; %d profiles repeat a "
                        + "rule, %d have an undated washout, %d a re-screen date%n", fired.size(), asked.size(),
                decisions, repeatedFinding, undatedWashout, datedRescreen);
    }

    /** The generated profiles sit on the boundaries the specification draws, not only near them. */
    @Test
    void theGeneratedSetHitsEveryBoundary() {
        Set<String> hits = new TreeSet<>();
        for (ClientProfile p : profiles) {
            LocalDate today = p.screenedOn();
            Treatment t = p.treatment();
            if (t == null) {
                hits.add("no treatment");
            } else if (t.needleDepthMm() != null) {
                double d = t.needleDepthMm();
                if (t.area() != null) {
                    double max = policy.areaMaxDepthMm(t.area());
                    hits.add(depthHit("area max " + t.area(), d, max));
                }
                hits.add(depthHit("home max", d, policy.homeMaxDepthMm()));
                if (t.area() == null) {
                    hits.add(depthHit("absolute max", d, policy.absoluteMaxDepthMm()));
                    hits.add(depthHit("smallest area max", d, policy.smallestAreaMaxDepthMm()));
                }
                for (Concern c : t.concerns()) {
                    hits.add(depthHit("concern min " + c, d, policy.concernMinDepthMm(c)));
                }
            }
            if (p.age() != null) {
                hits.add("age " + p.age());
            }
            Isotretinoin iso = p.isotretinoin();
            if (iso != null && iso.status() == IsotretinoinStatus.STOPPED && iso.lastDose() != null) {
                hits.add(dateHit("isotretinoin", today, iso.lastDose(), iso.lastDose().plusMonths(
                        policy.isotretinoinWashoutMonths())));
                if (iso.lastDose().plusMonths(policy.isotretinoinWashoutMonths()).getDayOfMonth()
                        != iso.lastDose().getDayOfMonth()) {
                    hits.add("isotretinoin month end clamped");
                }
                if (iso.lastDose().getMonthValue() == 2 && iso.lastDose().getDayOfMonth() == 29) {
                    hits.add("isotretinoin 29 February");
                }
            }
            if (p.recentProcedures() != null) {
                hits.add(p.recentProcedures().size() + " procedures");
                for (RecentProcedure r : p.recentProcedures()) {
                    if (r.date() == null) {
                        hits.add("undated " + r.type());
                    } else if (r.type() == ProcedureType.SURGERY) {
                        LocalDate end = r.date().plusMonths(policy.referralMonths(ProcedureType.SURGERY));
                        hits.add(dateHit("SURGERY", today, r.date(), end));
                        if (end.getDayOfMonth() != r.date().getDayOfMonth()) {
                            hits.add("SURGERY month end clamped");
                        }
                    } else if (r.type() != ProcedureType.RADIOTHERAPY) {
                        hits.add(dateHit(r.type().name(), today, r.date(), r.date().plusDays(policy.washoutDays(r.type()))));
                    }
                }
            }
        }
        List<String> wanted = new ArrayList<>(List.of("no treatment", "0 procedures", "4 procedures",
                "isotretinoin month end clamped", "isotretinoin 29 February", "SURGERY month end clamped"));
        for (int age : new int[] {policy.adultAge() - 1, policy.adultAge(), policy.authorisedAge() - 1,
                policy.authorisedAge()}) {
            wanted.add("age " + age);
        }
        for (String where : new String[] {"-0.05", "=", "+0.05"}) {
            wanted.add("home max " + where);
            wanted.add("absolute max " + where);
            wanted.add("smallest area max " + where);
            for (Area a : Area.values()) {
                wanted.add("area max " + a + " " + where);
            }
            for (Concern c : Concern.values()) {
                wanted.add("concern min " + c + " " + where);
            }
        }
        for (ProcedureType type : ProcedureType.values()) {
            wanted.add("undated " + type);
            if (type != ProcedureType.RADIOTHERAPY) {
                for (String when : new String[] {"day before end", "end day", "day after end"}) {
                    wanted.add(type + " " + when);
                }
            }
        }
        for (String when : new String[] {"day before end", "end day", "day after end"}) {
            wanted.add("isotretinoin " + when);
        }
        List<String> absent = wanted.stream().filter(w -> !hits.contains(w)).toList();
        assertTrue(absent.isEmpty(), "boundaries the generated profiles never hit: " + absent);
    }

    private static String depthHit(String what, double depth, double threshold) {
        long diff = Math.round((depth - threshold) * 100);
        return diff == 0 ? what + " =" : diff == -5 ? what + " -0.05" : diff == 5 ? what + " +0.05" : "-";
    }

    private static String dateHit(String what, LocalDate today, LocalDate date, LocalDate end) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, end);
        return days == 1 ? what + " day before end" : days == 0 ? what + " end day"
                : days == -1 ? what + " day after end" : "-";
    }

    /** The oracle knows every rule the engine loads, and no other. */
    @Test
    void theOracleCoversTheEnginesRuleCatalogue() {
        Set<String> engine = screener.rules().stream().map(RuleDescription::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> oracle = new TreeSet<>(FINDING_RULES);
        oracle.addAll(ASK_RULES);
        assertEquals(oracle, engine, "rule ids: oracle (rule table) vs engine catalogue");
    }

    /** The comparison can fail: an oracle reading a slightly different policy must disagree. */
    @Test
    void theComparisonDetectsADifferentReading() {
        Policy other = Policy.defaults()
                .with(Policy.HOME_MAX_DEPTH, 0.25, "mutation")
                .with(Policy.washoutDaysKey(ProcedureType.LASER), 41, "mutation")
                .with(Policy.ISOTRETINOIN_WASHOUT, 5, "mutation");
        int n = Math.min(profiles.size(), 5_000);
        int differ = 0;
        PrintStream err = quietStderr();
        try {
            for (int i = 0; i < n; i++) {
                if (diff(DomainOracle.expect(profiles.get(i), other), screener.screen(profiles.get(i))) != null) {
                    differ++;
                }
            }
        } finally {
            System.setErr(err);
        }
        assertTrue(differ > 0, "a mutated oracle agreed with the engine on " + n + " profiles");
    }

    /**
     * The test logging binding writes one DEBUG line per screening to stderr (see LoggingTest);
     * 100,000 of them slow the run and bury the report, so stderr is discarded while screening in
     * bulk. Returns the stream to restore.
     */
    private static PrintStream quietStderr() {
        PrintStream original = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        return original;
    }

    /** The differences between what the oracle expects and what the engine said, or null when none. */
    static String diff(Expected expected, ScreeningResult actual) {
        List<ExpectedFinding> actualFindings = new ArrayList<>();
        for (Finding f : actual.findings()) {
            actualFindings.add(new ExpectedFinding(f.ruleId(), f.decision(), f.rescreenOn()));
        }
        actualFindings.sort(null);
        Set<ExpectedMissing> actualMissing = new TreeSet<>();
        for (MissingAnswer m : actual.missingAnswers()) {
            actualMissing.add(new ExpectedMissing(m.field(), m.required(), m.ruleId()));
        }
        LocalDate actualRescreen = actual.rescreenOn().orElse(null);

        StringBuilder s = new StringBuilder();
        if (expected.decision() != actual.decision()) {
            s.append("  decision: expected ").append(expected.decision()).append(", engine ")
                    .append(actual.decision()).append('\n');
        }
        if (!expected.findings().equals(actualFindings)) {
            s.append("  findings only expected: ").append(minus(expected.findings(), actualFindings)).append('\n');
            s.append("  findings only engine:   ").append(minus(actualFindings, expected.findings())).append('\n');
        }
        if (!expected.missing().equals(actualMissing)) {
            Set<ExpectedMissing> onlyExpected = new TreeSet<>(expected.missing());
            onlyExpected.removeAll(actualMissing);
            Set<ExpectedMissing> onlyEngine = new TreeSet<>(actualMissing);
            onlyEngine.removeAll(expected.missing());
            s.append("  missing answers only expected: ").append(onlyExpected).append('\n');
            s.append("  missing answers only engine:   ").append(onlyEngine).append('\n');
        }
        if (!java.util.Objects.equals(expected.rescreenOn(), actualRescreen)) {
            s.append("  rescreenOn: expected ").append(expected.rescreenOn()).append(", engine ")
                    .append(actualRescreen).append('\n');
        }
        return s.length() == 0 ? null : s.toString();
    }

    /** Multiset difference of two sorted lists. */
    private static List<ExpectedFinding> minus(List<ExpectedFinding> a, List<ExpectedFinding> b) {
        List<ExpectedFinding> rest = new ArrayList<>(a);
        for (ExpectedFinding f : b) {
            rest.remove(f);
        }
        return rest;
    }
}
