package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.needlescreen.GeneratedProfiles.Sample;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;

/**
 * Rules added to the default set only add: for generated profiles and generated added rule sets that
 * keep the rule contract, the default findings are always among the findings with the added set, and
 * the decision never becomes more permissive. (Issue: "for generated profiles and generated added rule
 * sets that obey the contract, the default findings are always a subset of the findings with the added
 * set, and the decision never becomes more permissive".)
 *
 * <p>Each try draws one added rule set (1 to 5 rules from condition templates over the facts the
 * engine inserts, any finding decision, optional salience, in one or two files and packages), writes
 * it as DRL to a temporary directory, compiles it with the defaults ({@code addRules}), and screens a
 * batch of generated profiles with and without it. Compiling takes seconds, so there are few tries and
 * large batches; compiled screeners are cached by the rule set's text, so shrinking the batch recompiles
 * nothing.
 */
class AddedRulesOnlyAddProperties {

    private static Path root;
    private static final Map<String, Screener> COMPILED = new HashMap<>();

    private static final class Holder {
        static final Screener DEFAULT = Screener.withDefaultRules();
    }

    @BeforeContainer
    static void createRoot() throws IOException {
        QuietLog.install();
        root = Files.createTempDirectory("needlescreen-added-rules");
    }

    @AfterContainer
    static void deleteRoot() throws IOException {
        try {
            if (root != null) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } finally {
            COMPILED.clear();
            QuietLog.restore();
        }
    }

    // =============================================================================================
    // Generated rule sets

    /** The finding decisions a rule may declare. */
    static final List<Decision> FINDING_DECISIONS = List.of(Decision.CAUTION, Decision.PROFESSIONAL_ONLY,
            Decision.REFER, Decision.NOT_SUITABLE);

    /** Where a rule goes: a file and the package its folder requires. */
    record RuleFile(String path, String pkg) {
        static final RuleFile EXTRA = new RuleFile("clinic/extra.drl", "clinic");
        static final RuleFile MORE = new RuleFile("clinic/more/more.drl", "clinic.more");

        /** A new file in a default rule's folder, so in that rule's package: {@code needlescreen/skin/clinic.drl}. */
        static RuleFile besideDefault(String defaultFile) {
            String folder = defaultFile.substring(0, defaultFile.lastIndexOf('/'));
            return new RuleFile(folder + "/clinic.drl", folder.replace('/', '.'));
        }
    }

    /**
     * The files added rules go to: two of the clinic's own packages, and a new file in each package of
     * the default set (the contract allows it; rule names stay unique, since a repeated name in a
     * package is a load error, not an override).
     */
    static List<RuleFile> ruleFiles() {
        List<RuleFile> files = new ArrayList<>(List.of(RuleFile.EXTRA, RuleFile.MORE));
        Holder.DEFAULT.rules().stream().map(r -> RuleFile.besideDefault(r.file())).distinct().sorted(
                Comparator.comparing(RuleFile::path)).forEach(files::add);
        return files;
    }

    /** One added rule: its conditions (patterns), decision, optional salience and file. */
    record AddedRule(List<String> conditions, Decision decision, Integer salience, RuleFile file) {
    }

    /** An added rule set; rule {@code i} is numbered {@code i + 1}, with id CLINIC-ADDED-(i + 1). */
    record AddedRuleSet(List<AddedRule> rules) {

        static String ruleId(int number) {
            return "CLINIC-ADDED-" + number;
        }

        Set<String> ruleIds() {
            Set<String> ids = new java.util.TreeSet<>();
            for (int i = 0; i < rules.size(); i++) {
                ids.add(ruleId(i + 1));
            }
            return ids;
        }

        /** The DRL files by path relative to the rule directory. */
        Map<String, String> files() {
            Map<String, StringBuilder> files = new LinkedHashMap<>();
            for (int i = 0; i < rules.size(); i++) {
                AddedRule r = rules.get(i);
                int n = i + 1;
                StringBuilder sb = files.computeIfAbsent(r.file().path(), p -> new StringBuilder()
                        .append("package ").append(r.file().pkg()).append(";\n\n")
                        .append("// Generated by AddedRulesOnlyAddProperties: a clinic's added rules.\n\n")
                        .append("import org.needlescreen.model.*;\n"));
                sb.append("\nrule \"Added rule ").append(n).append("\"\n")
                        .append("    @ruleId(\"").append(ruleId(n)).append("\")\n")
                        .append("    @decision(\"").append(r.decision()).append("\")\n")
                        .append("    @summary(\"Generated clinic rule ").append(n).append(".\")\n")
                        .append("    @sources(\"ClinicForms\")\n");
                if (r.salience() != null) {
                    sb.append("    salience ").append(r.salience()).append('\n');
                }
                sb.append("when\n");
                for (String c : r.conditions()) {
                    sb.append("    ").append(c).append('\n');
                }
                sb.append("then\n")
                        .append("    finding(\"Clinic rule ").append(n).append(": ")
                        .append(r.decision().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .append(" by the clinic's own policy.\");\n")
                        .append("end\n");
            }
            Map<String, String> out = new LinkedHashMap<>();
            files.forEach((path, sb) -> out.put(path, sb.toString()));
            return out;
        }

        @Override
        public String toString() {
            return files().entrySet().stream().map(e -> "--- " + e.getKey() + "\n" + e.getValue())
                    .collect(Collectors.joining("\n"));
        }
    }

    private static <T extends Enum<T>> Arbitrary<String> enumCondition(String format, Class<T> type) {
        return Arbitraries.of(type).map(v -> String.format(format, v.name()));
    }

    /** One pattern (or a not/exists of one) over a fact the engine inserts. */
    static Arbitrary<String> conditions() {
        Arbitrary<String> tri = Combinators.combine(Arbitraries.of(GeneratedProfiles.TRI_STATES),
                Arbitraries.of(Answer.class)).as((t, a) -> "ClientProfile( " + t.name() + " == Answer." + a + " )");
        Arbitrary<Integer> ages = Arbitraries.integers().between(0, 120);
        Arbitrary<String> depths = Arbitraries.of(GeneratedProfiles.REPRESENTATIVE_DEPTHS).map(String::valueOf);
        List<Arbitrary<String>> templates = List.of(
                tri,
                ages.map(a -> "ClientProfile( age != null, age > " + a + " )"),
                ages.map(a -> "ClientProfile( age != null, age < " + a + " )"),
                Arbitraries.just("ClientProfile( age == null )"),
                enumCondition("ClientProfile( acne == AcneSeverity.%s )", AcneSeverity.class),
                Arbitraries.just("ClientProfile( acne == null )"),
                enumCondition("ClientProfile( diabetes == DiabetesStatus.%s )", DiabetesStatus.class),
                enumCondition("ClientProfile( fitzpatrickType == FitzpatrickType.%s )", FitzpatrickType.class),
                Arbitraries.just("ClientProfile( fitzpatrickType in (FitzpatrickType.IV, FitzpatrickType.V) )"),
                Arbitraries.just("ClientProfile( recentProcedures == null )"),
                Arbitraries.integers().between(1, 3)
                        .map(k -> "ClientProfile( recentProcedures != null, recentProcedures.size() >= " + k + " )"),
                depths.map(d -> "Treatment( needleDepthMm != null, needleDepthMm > " + d + " )"),
                Arbitraries.just("Treatment( needleDepthMm != null, needleDepthMm > policy().homeMaxDepthMm() )"),
                Arbitraries.just("Treatment( needleDepthMm == null )"),
                enumCondition("Treatment( setting == Setting.%s )", Setting.class),
                Arbitraries.just("Treatment( homeOrUnknown )"),
                enumCondition("Treatment( device == Device.%s )", Device.class),
                enumCondition("Treatment( area == Area.%s )", Area.class),
                Arbitraries.just("Treatment( area == null )"),
                Arbitraries.just("Treatment( concerns.isEmpty() )"),
                enumCondition("Concern( this == Concern.%s )", Concern.class),
                enumCondition("exists Concern( this == Concern.%s )", Concern.class),
                enumCondition("ProcedureHistory( type == ProcedureType.%s )", ProcedureType.class),
                enumCondition("not ProcedureHistory( type == ProcedureType.%s )", ProcedureType.class),
                Arbitraries.just("ProcedureHistory( undated )"),
                Arbitraries.integers().between(1, 60).map(d ->
                        "ProcedureHistory( latestDate != null, latestDate > screeningDate().minusDays(" + d + ") )"),
                enumCondition("Isotretinoin( status == IsotretinoinStatus.%s )", IsotretinoinStatus.class),
                Arbitraries.just("Isotretinoin( status == IsotretinoinStatus.STOPPED, lastDose == null )"),
                Arbitraries.integers().between(1, 12).map(m -> "Isotretinoin( status == IsotretinoinStatus.STOPPED,"
                        + " lastDose != null, lastDose > screeningDate().minusMonths(" + m + ") )"),
                Arbitraries.just("not Isotretinoin()"));
        return Arbitraries.oneOf(templates);
    }

    static Arbitrary<AddedRule> addedRules() {
        return Combinators.combine(
                conditions().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(FINDING_DECISIONS),
                Arbitraries.integers().between(-100, 100).injectNull(0.5),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(RuleFile.EXTRA)),
                        Tuple.of(1, Arbitraries.just(RuleFile.MORE)), Tuple.of(2, Arbitraries.of(ruleFiles()))))
                .as(AddedRule::new);
    }

    @Provide
    Arbitrary<AddedRuleSet> ruleSets() {
        return addedRules().list().ofMinSize(1).ofMaxSize(5).map(AddedRuleSet::new);
    }

    @Provide
    Arbitrary<List<Sample>> batches() {
        return GeneratedProfiles.samples().list().ofSize(BATCH);
    }

    /** Profiles per rule set: 6 tries x 600 = 3,600 profiles screened with and without the added rules. */
    static final int BATCH = 600;

    /** The default rules plus the set, compiled once per distinct text. */
    static Screener compile(AddedRuleSet set) {
        Map<String, String> files = set.files();
        String key = set.toString();
        return COMPILED.computeIfAbsent(key, k -> {
            try {
                Path dir = root.resolve("set-" + HexFormat.of().toHexDigits(k.hashCode()) + "-" + COMPILED.size());
                for (Map.Entry<String, String> f : files.entrySet()) {
                    Path file = dir.resolve(f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
                }
                return Screener.builder().addRules(dir).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // =============================================================================================
    // The comparison

    /** What identifies a finding: rule, decision, message and re-screen date. */
    record FindingKey(String ruleId, Decision decision, String message, LocalDate rescreenOn) {
        static FindingKey of(Finding f) {
            return new FindingKey(f.ruleId(), f.decision(), f.message(), f.rescreenOn());
        }
    }

    static Map<FindingKey, Integer> multiset(List<Finding> findings) {
        Map<FindingKey, Integer> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            m.merge(FindingKey.of(f), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Checks that {@code extended} (the defaults plus added rules) only adds to {@code base} (the
     * defaults): every default finding is still there as often, every extra finding comes from an added
     * rule, every missing answer is still asked, and the decision is not more permissive.
     */
    static Optional<String> checkOnlyAdds(ScreeningResult base, ScreeningResult extended, Set<String> addedIds) {
        List<String> problems = new ArrayList<>();
        Map<FindingKey, Integer> before = multiset(base.findings());
        Map<FindingKey, Integer> after = multiset(extended.findings());
        before.forEach((k, n) -> {
            int m = after.getOrDefault(k, 0);
            if (m < n) {
                problems.add("default finding lost (" + n + " before, " + m + " after): " + k);
            }
        });
        after.forEach((k, m) -> {
            if (m > before.getOrDefault(k, 0) && !addedIds.contains(k.ruleId())) {
                problems.add("finding added by a rule that is not an added one: " + k);
            }
        });
        for (MissingAnswer a : base.missingAnswers()) {
            if (extended.missingAnswers().stream()
                    .noneMatch(b -> b.field().equals(a.field()) && b.required() == a.required())) {
                problems.add("missing answer no longer asked: " + a.field());
            }
        }
        if (base.decision().isMoreRestrictiveThan(extended.decision())) {
            problems.add("decision became more permissive: " + base.decision() + " -> " + extended.decision());
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems)
                + "\n  default: " + GeneratedProfiles.describe(base)
                + "\n  with added rules: " + GeneratedProfiles.describe(extended));
    }

    @Property(tries = 6, edgeCases = EdgeCasesMode.NONE)
    void defaultFindingsSurviveAddedRulesAndTheDecisionNeverRelaxes(
            @ForAll("ruleSets") AddedRuleSet set, @ForAll("batches") List<Sample> batch) {
        Screener combined = compile(set);
        Set<String> addedIds = set.ruleIds();
        int withAddedFinding = 0;
        for (Sample sample : batch) {
            ScreeningResult base = Holder.DEFAULT.screen(sample.profile());
            ScreeningResult extended = combined.screen(sample.profile());
            Optional<String> violation = checkOnlyAdds(base, extended, addedIds);
            if (violation.isPresent()) {
                throw new AssertionError(violation.get() + "\n  profile: " + sample + "\n  added rules:\n" + set);
            }
            if (extended.findings().stream().anyMatch(f -> addedIds.contains(f.ruleId()))) {
                withAddedFinding++;
            }
        }
        Statistics.label("rules in the added set").collect(set.rules().size());
        Statistics.label("batch in which an added rule fired").collect(withAddedFinding > 0);
        Statistics.label("batch in which an added rule fired").coverage(c -> c.check(true).count(n -> n >= 3));
    }

    // =============================================================================================
    // The comparison can fail, and added rules do fire through the harness.

    /** A clean home plan (SUITABLE with the defaults) with the given changes. */
    static ClientProfile clean(java.util.function.UnaryOperator<ClientProfile.Builder> change) {
        ClientProfile.Builder b = UnknownAnswerGuaranteeProperties.cleanHomePlan().toBuilder();
        return change.apply(b).build();
    }

    @Example
    void comparisonDetectsARemovedOrChangedFinding() {
        ScreeningResult r = Holder.DEFAULT.screen(clean(b -> b.anticoagulants(Answer.YES).coldSoreHistory(Answer.YES)
                .recentProcedure(ProcedureType.CHEMICAL_PEEL, GeneratedProfiles.FIXED_SCREENED_ON.minusDays(3))));
        assertTrue(r.findings().size() >= 3, GeneratedProfiles.describe(r));
        assertTrue(checkOnlyAdds(r, r, Set.of()).isEmpty());

        List<Finding> fewer = new ArrayList<>(r.findings());
        Finding removed = fewer.remove(fewer.size() - 1);
        Optional<String> v = checkOnlyAdds(r, withFindings(r, r.decision(), fewer), Set.of());
        assertTrue(v.isPresent() && v.get().contains(removed.ruleId()), "a removed finding is detected: " + v);

        List<Finding> redated = new ArrayList<>();
        for (Finding f : r.findings()) {
            redated.add(f.rescreenOn() == null ? f
                    : f.toBuilder().rescreenOn(f.rescreenOn().plusDays(1)).build());
        }
        assertTrue(checkOnlyAdds(r, withFindings(r, r.decision(), redated), Set.of()).isPresent(),
                "a changed re-screen date is detected");

        assertTrue(checkOnlyAdds(r, withFindings(r, Decision.CAUTION, r.findings()), Set.of()).isPresent(),
                "a more permissive decision is detected");

        List<Finding> doubled = new ArrayList<>(r.findings());
        doubled.add(r.findings().get(0));
        assertTrue(checkOnlyAdds(r, withFindings(r, r.decision(), doubled), Set.of()).isPresent(),
                "a default finding reported twice is not an added one");
    }

    private static ScreeningResult withFindings(ScreeningResult r, Decision decision, List<Finding> findings) {
        return r.toBuilder().decision(decision).findings(findings).build();
    }

    @Example
    void anAddedRuleFiresBesideTheDefaults() {
        AddedRuleSet set = new AddedRuleSet(List.of(
                new AddedRule(List.of("ClientProfile( rosacea == Answer.NO )", "Treatment( homeOrUnknown )"),
                        Decision.REFER, 50, RuleFile.EXTRA),
                new AddedRule(List.of("not ProcedureHistory( type == ProcedureType.SURGERY )"),
                        Decision.CAUTION, null, RuleFile.MORE)));
        Screener combined = compile(set);
        ClientProfile p = clean(b -> b.coldSoreHistory(Answer.YES));
        ScreeningResult base = Holder.DEFAULT.screen(p);
        ScreeningResult extended = combined.screen(p);
        assertEquals(Decision.CAUTION, base.decision());
        assertEquals(Decision.REFER, extended.decision());
        assertEquals(Set.of("HERPES-HISTORY", "CLINIC-ADDED-1", "CLINIC-ADDED-2"),
                extended.findings().stream().map(Finding::ruleId).collect(Collectors.toSet()));
        assertTrue(checkOnlyAdds(base, extended, set.ruleIds()).isEmpty());
        assertTrue(checkOnlyAdds(extended, base, set.ruleIds()).isPresent(), "removing the added set is detected");
    }
}
