package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.internal.Engine;
import org.needlescreen.json.CatalogueJson;
import org.needlescreen.json.PolicyFileException;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.InvalidProfileException;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureHistory;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;
import org.needlescreen.scenario.Scenario;
import org.needlescreen.scenario.ScenarioException;
import org.needlescreen.scenario.ScenarioRunner;

/**
 * No client data through {@code toString()}: a profile full of distinctive values is screened, and
 * the {@code toString()} of every object reachable from the result and the profile, and of an
 * instance of every public type of the {@code org.needlescreen} packages (found by reflection, so
 * a new type is covered or this test fails), holds none of them: ids and counts only.
 */
class PrivacyTest {

    static final String REF = "ZZREF-9431";
    static final LocalDate SCREENED = LocalDate.of(2019, 3, 17);
    static final LocalDate LAST_DOSE = LocalDate.of(2019, 1, 23);
    static final LocalDate LASER = LocalDate.of(2019, 2, 28);
    static final LocalDate SURGERY = LocalDate.of(2018, 11, 5);
    static final int AGE = 77;
    static final double DEPTH = 0.37;

    /** Values no toString may show: the profile's own and anything shaped like a date. */
    static final List<Pattern> SECRETS = List.of(
            Pattern.compile(Pattern.quote(REF)),
            Pattern.compile("9431"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), // any ISO date: screenedOn, lastDose, procedures, re-screen dates
            Pattern.compile("\\b2019\\b|\\b2018\\b"),
            Pattern.compile("\\b" + AGE + "\\b"),
            Pattern.compile("0?\\.37\\b"));

    /**
     * Public types that hold no client data, so their {@code toString()} may show what they hold;
     * each with the reason. Every other public type with a {@code toString()} of its own is checked.
     */
    static final Map<Class<?>, String> NO_CLIENT_DATA = Map.ofEntries(
            Map.entry(RuleSetInfo.class, "rule set name, version, fingerprint and size"),
            Map.entry(RuleDescription.class, "a rule's metadata from its DRL file"),
            Map.entry(RuleProblem.class, "a problem in a rule file"),
            Map.entry(Policy.class, "thresholds (configuration)"),
            Map.entry(Policy.Value.class, "a threshold and its provenance"),
            Map.entry(ScreenerRef.ReloadEvent.class, "a rule set and the problems of its files"),
            Map.entry(CatalogueJson.Question.class, "the questionnaire"),
            Map.entry(org.needlescreen.internal.RuleMeta.class, "a rule's metadata"),
            Map.entry(org.needlescreen.internal.RuleSource.class, "rule files"),
            Map.entry(org.needlescreen.internal.RuleFile.class, "a rule file"),
            Map.entry(RulesLoadException.class, "problems in rule files"),
            Map.entry(NeedleScreenException.class, "the root of the two failures above and below; never thrown as such"),
            Map.entry(CustomAnswer.class, "a question a rule directory declares (answers.json)"),
            Map.entry(org.needlescreen.scenario.Coverage.class, "which rules a scenario run must fire (rule ids and files)"),
            Map.entry(PolicyFileException.class, "a problem in a policy file, reported to the one who gave it"),
            Map.entry(ScenarioException.class, "a problem in a scenario file, reported to its author"),
            Map.entry(InvalidProfileException.class,
                    "the caller's own invalid input, reported to that caller (the one exception that shows a value)"));

    @TempDir
    Path dir;

    /** Every answer given, with a value that appears nowhere else. */
    static ClientProfile distinctiveProfile() {
        return ClientProfile.builder()
                .clientRef(REF)
                .screenedOn(SCREENED)
                .age(AGE)
                .fitzpatrickType(FitzpatrickType.V)
                .pregnantOrBreastfeeding(Answer.NO)
                .acne(AcneSeverity.MILD)
                .rosacea(Answer.NO)
                .rashOrDermatitisInArea(Answer.NO)
                .activeInfectionInArea(Answer.NO)
                .openWoundOrSunburnInArea(Answer.NO)
                .wartsOrMolluscumInArea(Answer.UNKNOWN)
                .coldSoreHistory(Answer.YES)
                .keloidTendency(Answer.NO)
                .koebnerisingDisease(Answer.NO)
                .skinCancerOrSuspiciousLesionInArea(Answer.NO)
                .permanentFillerOrThreadsInArea(Answer.NO)
                .tattooOrPermanentMakeupInArea(Answer.YES)
                .bleedingDisorder(Answer.NO)
                .anticoagulants(Answer.NO)
                .bloodThinningNsaidsOrSupplements(Answer.YES)
                .photosensitisingMedication(Answer.UNKNOWN)
                .immunosuppressed(Answer.NO)
                .diabetes(DiabetesStatus.CONTROLLED)
                .isotretinoin(Isotretinoin.stopped(LAST_DOSE))
                .metalOrAnaestheticAllergy(Answer.YES)
                .autoimmuneOrCollagenDisease(Answer.NO)
                .hyperpigmentationHistory(Answer.YES)
                .recentProcedure(ProcedureType.LASER, LASER)
                .recentProcedure(ProcedureType.CHEMICAL_PEEL, null)
                .recentProcedure(ProcedureType.SURGERY, SURGERY)
                .treatment(Treatment.builder().setting(Setting.HOME).device(Device.PEN).needleDepthMm(DEPTH)
                        .area(Area.FOREHEAD).concerns(Concern.ACNE_SCARS, Concern.TEXTURE).build())
                .build();
    }

    @Test
    void everythingReachableFromAResultAndItsProfilePrintsNoClientValue() {
        ClientProfile profile = distinctiveProfile();
        ScreeningResult result = Screens.screen(profile);
        // The fixture is worth its name: the values do reach the result's data.
        assertEquals(REF, result.clientRef());
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("2019-")), result.findings()::toString);
        assertTrue(result.findings().stream().anyMatch(f -> f.rescreenOn() != null));

        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<String> leaks = new ArrayList<>();
        List<String> texts = texts(result);
        for (Object root : List.of(result, profile)) {
            walk(root, seen, o -> check(o, texts, leaks));
        }
        assertEquals(List.of(), leaks);
        Set<String> types = new TreeSet<>();
        seen.keySet().forEach(o -> types.add(o.getClass().getName()));
        for (Class<?> c : List.of(ScreeningResult.class, Finding.class, MissingAnswer.class, Guidance.class,
                Guidance.Advice.class, Guidance.DepthAdvice.class, ClientProfile.class, Treatment.class,
                Isotretinoin.class, org.needlescreen.model.RecentProcedure.class)) {
            assertTrue(types.contains(c.getName()), "the walk reaches " + c.getName() + ": " + types);
        }
    }

    @Test
    void everyPublicTypePrintsNoClientValue() throws Exception {
        ClientProfile profile = distinctiveProfile();
        ScreeningResult result = Screens.screen(profile);
        List<String> texts = texts(result);

        // Instances to check and to build other types from: all that the result and the profile
        // hold, and the types no result holds.
        Map<Class<?>, Object> pool = new LinkedHashMap<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Object root : List.of(result, profile)) {
            walk(root, seen, o -> pool.putIfAbsent(o.getClass(), o));
        }
        pool.put(ProcedureHistory.class, ProcedureHistory.of(ProcedureType.LASER, LASER, true));
        pool.put(org.needlescreen.model.CustomAnswers.class, org.needlescreen.model.CustomAnswers.of(
                Map.of("tattooInArea", org.needlescreen.model.Answer.YES, "sessionsSoFar", 37.0,
                        "lastFacial", java.time.LocalDate.of(2019, 3, 17))));
        pool.put(Engine.Outcome.class, new Engine.Outcome(result.decision(), result.findings(), result.missingAnswers()));
        Scenario scenario = Scenario.builder().name("privacy/distinctive").description("A profile of " + REF + " aged " + AGE)
                .profile(profile).decision(result.decision()).fires(result.firedRuleIds())
                .rescreenOn(result.rescreenOn().orElse(null)).build();
        pool.put(Scenario.class, scenario);
        Scenario.Outcome outcome = scenario.run(Screens.DEFAULT);
        pool.put(Scenario.Outcome.class, outcome);
        ScenarioRunner.Result ran = ScenarioRunner.Result.ran(scenario.name(), outcome);
        pool.put(ScenarioRunner.Result.class, ran);
        pool.put(ScenarioRunner.Report.class, ScenarioRunner.Report.builder().folder(dir).results(List.of(ran))
                .counted(Screens.DEFAULT.rules()).build());
        pool.put(ScreeningException.class, throwingScreening());

        List<String> leaks = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        List<Class<?>> types = publicTypes();
        assertTrue(types.size() > 40, "found " + types.size() + " public types");
        for (Class<?> c : types) {
            if (NO_CLIENT_DATA.containsKey(c) || !hasOwnToString(c)) {
                continue;
            }
            Object instance = pool.get(c);
            if (instance == null && c.isRecord()) {
                instance = synthesize(c, pool);
            }
            if (instance == null) {
                unchecked.add(c.getName() + ": no instance to check; add one to the pool, or to NO_CLIENT_DATA"
                        + " with the reason it holds no client data");
                continue;
            }
            check(instance, texts, leaks);
        }
        assertEquals(List.of(), unchecked);
        assertEquals(List.of(), leaks);
    }

    @Test
    void modelExceptionsNameTheFieldWithoutOtherProfileValues() {
        // A rejected date names the caller's own invalid value (allowed) and nothing else of the profile.
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> distinctiveProfile().toBuilder().age(121).build());
        assertEquals("age", e.field());
        assertFalse(e.getMessage().contains(REF), e.getMessage());
        assertFalse(e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void aRuleThatThrowsWithProfileValuesLeaksNoneOfThem() throws Exception {
        ScreeningException e = throwingScreening();
        assertEquals("LEAKY", e.ruleId());
        List<String> leaks = new ArrayList<>();
        check(e, List.of(), leaks);
        assertEquals(List.of(), leaks);
        // The cause does hold them: only the message (and toString) is kept clean.
        assertTrue(String.valueOf(rootCause(e).getMessage()).contains(REF), String.valueOf(rootCause(e)));
    }

    private ScreeningException throwingScreening() throws IOException {
        Path rules = dir.resolve("leaky");
        RuleDirs.write(rules, "leaky.drl", RuleDirs.rule("Leaky", "LEAKY", "CAUTION",
                "ClientProfile( $ref : clientRef, $age : age )",
                "finding(\"x\" + Integer.parseInt($ref + \" \" + $age));"));
        Screener s = Screener.builder().rulesFrom(rules).clock(Screens.CLOCK).build();
        return assertThrows(ScreeningException.class, () -> s.screen(distinctiveProfile()));
    }

    // ---- helpers ----

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The result's texts worded from the profile: no toString may repeat them either. */
    private static List<String> texts(ScreeningResult r) {
        List<String> out = new ArrayList<>();
        r.findings().forEach(f -> out.add(f.message()));
        r.guidance().depths().forEach(d -> out.add(d.note()));
        Stream.of(r.guidance().course(), r.guidance().preparation(), r.guidance().aftercare(), r.guidance().homeCare(),
                List.of(r.guidance().sessionLength(), r.guidance().seeDermatologist()))
                .flatMap(List::stream).forEach(a -> out.add(a.text()));
        return out;
    }

    private static void check(Object o, List<String> texts, List<String> leaks) {
        if (o.getClass().isEnum() || !o.getClass().getName().startsWith("org.needlescreen.")) {
            return;
        }
        String s = o.toString();
        for (Pattern p : SECRETS) {
            if (p.matcher(s).find()) {
                leaks.add(o.getClass().getName() + ".toString() shows /" + p + "/: " + s);
            }
        }
        for (String t : texts) {
            if (s.contains(t)) {
                leaks.add(o.getClass().getName() + ".toString() shows a message: " + s);
            }
        }
    }

    /**
     * Visits {@code o} and everything reachable through its components (see {@link #components}),
     * collections and optionals.
     */
    private static void walk(Object o, Map<Object, Boolean> seen, java.util.function.Consumer<Object> visit) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            c.forEach(x -> walk(x, seen, visit));
            return;
        }
        if (o instanceof Optional<?> opt) {
            opt.ifPresent(x -> walk(x, seen, visit));
            return;
        }
        visit.accept(o);
        for (Method accessor : components(o.getClass())) {
            try {
                accessor.setAccessible(true);
                walk(accessor.invoke(o), seen, visit);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The accessors of a value's components: a record's, or for a final class of the library (the
     * model types, which have no public constructor) the public methods named after its instance
     * fields, such as {@code age()} for the field {@code age}.
     */
    private static List<Method> components(Class<?> c) {
        List<Method> out = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                out.add(rc.getAccessor());
            }
            return out;
        }
        if (!c.getName().startsWith("org.needlescreen.") || c.isEnum()) {
            return out;
        }
        for (Field field : c.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            try {
                Method m = c.getMethod(field.getName());
                if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c) {
                    out.add(m);
                }
            } catch (NoSuchMethodException e) {
                // a field without an accessor of its name is not a component
            }
        }
        return out;
    }

    private static boolean hasOwnToString(Class<?> c) {
        if (c.isEnum() || c.isInterface() || Modifier.isAbstract(c.getModifiers()) && !Throwable.class.isAssignableFrom(c)) {
            return false;
        }
        try {
            Class<?> declaring = c.getMethod("toString").getDeclaringClass();
            return declaring != Object.class && declaring != Enum.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * A record built with distinctive values in every component: the pool's instance of a
     * component's type where there is one, else the profile's values (strings hold the client
     * reference, dates, the age and the depth).
     */
    private static Object synthesize(Class<?> c, Map<Class<?>, Object> pool) {
        RecordComponent[] rcs = c.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            args[i] = value(rcs[i].getGenericType(), pool);
        }
        try {
            Constructor<?> ctor = c.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            fail("cannot build a " + c.getName() + " to check its toString: " + e + "; add one to the pool");
            return null;
        }
    }

    private static Object value(Type type, Map<Class<?>, Object> pool) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (pool.containsKey(raw)) {
            return pool.get(raw);
        }
        if (raw == String.class || raw == Object.class || raw == CharSequence.class) {
            return REF + " " + SCREENED + " " + AGE + " " + DEPTH;
        }
        if (raw == LocalDate.class) {
            return SCREENED;
        }
        if (raw == int.class || raw == Integer.class) {
            return AGE;
        }
        if (raw == long.class || raw == Long.class) {
            return (long) AGE;
        }
        if (raw == double.class || raw == Double.class) {
            return DEPTH;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            Type element = type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : String.class;
            Object e = value(element, pool);
            return raw == Set.class ? Set.of(e) : List.of(e);
        }
        if (raw == Optional.class) {
            Type element = type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : String.class;
            return Optional.of(value(element, pool));
        }
        if (raw.isRecord()) {
            return synthesize(raw, pool);
        }
        return null;
    }

    /** Every public class (nested ones included) under target/classes/org/needlescreen. */
    static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/needlescreen"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                names.add(rel.substring(0, rel.length() - ".class".length()));
            }
        }
        for (String name : names) {
            Class<?> c = Class.forName(name, false, PrivacyTest.class.getClassLoader());
            if (isPublicAllTheWay(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isPublicAllTheWay(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
