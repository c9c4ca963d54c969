package org.needlescreen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import java.util.Map;

import org.needlescreen.internal.CompiledRules;
import org.needlescreen.internal.CustomAnswerCheck;
import org.needlescreen.internal.Engine;
import org.needlescreen.internal.GuidanceWriter;
import org.needlescreen.internal.RuleFile;
import org.needlescreen.internal.RuleMeta;
import org.needlescreen.internal.RuleSource;
import org.needlescreen.internal.RuleCompiler;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.CustomAnswers;

/**
 * Screens client profiles for microneedling against a rule set. The front door of the library.
 *
 * <pre>{@code
 * Screener screener = Screener.withDefaultRules();        // once, at start-up (about a second)
 * ScreeningResult result = screener.screen(profile);     // from any thread, ~7 µs of CPU
 * }</pre>
 *
 * <p><b>Thread safety:</b> a {@code Screener} is immutable once built and safe to share between
 * threads; build it once and reuse it. Each {@link #screen} runs in its own rule session.
 *
 * <p><b>Fail closed:</b> {@link #screen} either returns a complete result or throws; an internal
 * failure (a rule that throws, a rule that fires without reporting) is a {@link ScreeningException},
 * never a result. Building fails with {@link RulesLoadException} listing every problem when a rule
 * does not compile, lacks metadata, repeats an id, or when no rule loads.
 *
 * <p>Rules are executable code: they load from the jar's default set or from directories the
 * embedder names explicitly, never from a default location on disk.
 */
public final class Screener {

    private final CompiledRules rules;
    private final Policy policy;
    /** The clock set on the builder, or {@code null}: the system clock, in the zone of the moment of use. */
    private final Clock clock;
    private final RuleSetInfo info;
    private final List<RuleDescription> catalogue;

    private final List<CustomAnswer> customAnswers;
    private final Map<String, CustomAnswer> customByName;
    private final List<MissingAnswer> customMissing;

    private Screener(CompiledRules rules, Policy policy, Clock clock, List<CustomAnswer> customAnswers,
                     String declarations) {
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
        this.customAnswers = List.copyOf(customAnswers);
        Map<String, CustomAnswer> byName = new java.util.LinkedHashMap<>();
        customAnswers.forEach(a -> byName.put(a.name(), a));
        this.customByName = java.util.Collections.unmodifiableMap(byName);
        this.customMissing = CustomAnswerCheck.asMissing(this.customAnswers);
        this.info = RuleSetInfo.builder().name(rules.name()).version(rules.version())
                .fingerprint(fingerprint(rules.rulesDigest() + declarations, policy)).ruleCount(rules.rules().size())
                .build();
        this.catalogue = rules.ruleList().stream().map(Screener::describe).toList();
    }

    /**
     * A screener over the default rule set and the default policy, with the system clock.
     *
     * @return a new screener; build it once and share it
     * @throws RulesLoadException when the bundled rules fail to load (a broken build, never a
     *                            client's input)
     */
    public static Screener withDefaultRules() {
        return builder().build();
    }

    /**
     * A builder starting from the default rule set, the default policy and the system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Screens one profile. A profile without {@code screenedOn} is screened as of today by this
     * screener's clock.
     *
     * @param profile the client profile
     * @return the complete result, never {@code null}
     * @throws NullPointerException       when {@code profile} is null
     * @throws org.needlescreen.model.InvalidProfileException when a date is after the screening date
     * @throws ScreeningException         on any internal failure; never a partial result
     */
    public ScreeningResult screen(ClientProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ClientProfile p = profile.screenedOn() == null
                ? profile.withScreenedOn(LocalDate.now(clock != null ? clock : Clock.systemDefaultZone()))
                : profile;
        CustomAnswers custom = CustomAnswerCheck.check(p.custom(), customByName);
        Engine.Outcome outcome = Engine.screen(rules, policy, p, custom,
                CustomAnswerCheck.unknown(custom, customMissing));
        Guidance guidance = guidance(p);
        return ScreeningResult.builder().decision(outcome.decision()).findings(outcome.findings())
                .missingAnswers(outcome.missingAnswers()).guidance(guidance).ruleSet(info).screenedOn(p.screenedOn())
                .clientRef(p.clientRef()).build();
    }

    /** Most guidance entries kept: guidance depends only on the plan and one answer, so few are distinct. */
    static final int GUIDANCE_CACHE_SIZE = 4096;

    /**
     * A treatment plan and the allergy answer packed into two longs, with the hash computed once:
     * the cache is consulted on every screening, and hashing the plan's objects each time cost a
     * seventh of a screening (JMH with JFR).
     */
    private static final class GuidanceKey {
        private final long plan;
        private final long depthBits;
        private final int hash;

        GuidanceKey(org.needlescreen.model.Treatment t, org.needlescreen.model.Answer allergy) {
            long bits = allergy == null ? 0 : allergy.ordinal() + 1L;
            if (t != null) {
                bits |= 1L << 3;
                bits |= (t.setting() == null ? 0 : t.setting().ordinal() + 1L) << 4;
                bits |= (t.device() == null ? 0 : t.device().ordinal() + 1L) << 8;
                bits |= (t.area() == null ? 0 : t.area().ordinal() + 1L) << 12;
                for (org.needlescreen.model.Concern c : t.concerns()) {
                    bits |= 1L << (20 + c.ordinal());
                }
            }
            this.plan = bits;
            Double depth = t == null ? null : t.needleDepthMm();
            this.depthBits = depth == null ? Long.MIN_VALUE + 1 : Double.doubleToLongBits(depth);
            this.hash = Long.hashCode(plan * 31 + depthBits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GuidanceKey k && k.plan == plan && k.depthBits == depthBits;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static {
        // The packing above leaves 4 bits per enum and 44 bits for the concerns.
        if (org.needlescreen.model.Setting.values().length > 14 || org.needlescreen.model.Device.values().length > 14
                || org.needlescreen.model.Area.values().length > 14 || org.needlescreen.model.Answer.values().length > 6
                || org.needlescreen.model.Concern.values().length > 43) {
            throw new ExceptionInInitializerError("GuidanceKey packing is too small for the model's enums");
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<GuidanceKey, Guidance> guidanceCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The guidance for a profile: it depends only on the treatment plan, the allergy answer and this
     * screener's policy, so it is cached per plan (bounded: once full, new plans are computed, not kept).
     */
    private Guidance guidance(ClientProfile p) {
        GuidanceKey key = new GuidanceKey(p.treatment(), p.metalOrAnaestheticAllergy());
        Guidance g = guidanceCache.get(key);
        if (g == null) {
            g = GuidanceWriter.write(p, policy);
            if (guidanceCache.size() < GUIDANCE_CACHE_SIZE) {
                guidanceCache.putIfAbsent(key, g);
            }
        }
        return g;
    }

    /**
     * The rule set's name, version, fingerprint and size.
     *
     * @return the same information every result of this screener carries
     */
    public RuleSetInfo ruleSet() {
        return info;
    }

    /**
     * The answers the rule directories add to the profile ({@code answers.json}), in declaration
     * order; empty for the default rules.
     *
     * @return the declarations, unmodifiable
     */
    public List<CustomAnswer> customAnswers() {
        return customAnswers;
    }

    /**
     * The policy the rules read.
     *
     * @return the configured policy with any values the rule directories declare added
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Every loaded rule, by file and line: the catalogue.
     *
     * @return the rules, unmodifiable; finding rules and question rules alike
     */
    public List<RuleDescription> rules() {
        return catalogue;
    }

    private static RuleDescription describe(RuleMeta m) {
        return RuleDescription.builder().ruleId(m.ruleId()).name(m.ruleName()).decision(m.decision()).asks(m.asks())
                .required(m.required()).question(m.question()).summary(m.summary()).sources(m.sources())
                .policyKeys(m.policyKeys()).rationale(m.rationale()).file(m.file()).line(m.line()).build();
    }

    private static String fingerprint(String rulesDigest, Policy policy) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(rulesDigest.getBytes(StandardCharsets.UTF_8));
            for (Policy.Value v : policy.values()) {
                md.update((v.key() + "=" + v.value() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Configures a {@link Screener}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<Path> directories = new ArrayList<>();
        private boolean includeDefaultRules = true;
        private Policy policy = Policy.defaults();
        /**
         * {@code null}: the system clock, resolved when a profile without {@code screenedOn} is
         * screened (looking up the default time zone reads the zone database: 40 ms of a cold start).
         */
        private Clock clock;

        private Builder() {
        }

        /**
         * Uses the DRL files in {@code directory} instead of the default rule set. May be combined
         * with {@link #addRules(Path)}.
         *
         * @param directory a rule directory (DRL files, optionally {@code ruleset.properties},
         *                  {@code answers.json} and {@code policy.json}); read by {@link #build()}
         * @return this builder
         * @throws NullPointerException when {@code directory} is {@code null}
         */
        public Builder rulesFrom(Path directory) {
            includeDefaultRules = false;
            directories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * Adds the DRL files in {@code directory} to the rule set (e.g. a clinic's stricter rules).
         *
         * @param directory a rule directory; read by {@link #build()}
         * @return this builder
         * @throws NullPointerException when {@code directory} is {@code null}
         */
        public Builder addRules(Path directory) {
            directories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * The policy values the rules read; {@link Policy#defaults()} unless set.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException when {@code policy} is {@code null}
         */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The clock that dates profiles without {@code screenedOn}; the system clock unless set.
         *
         * @param clock the clock, e.g. {@link Clock#fixed} in tests
         * @return this builder
         * @throws NullPointerException when {@code clock} is {@code null}
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A copy of this configuration, so later changes to this builder do not affect it. */
        Builder copy() {
            Builder b = new Builder();
            b.directories.addAll(directories);
            b.includeDefaultRules = includeDefaultRules;
            b.policy = policy;
            b.clock = clock;
            return b;
        }

        /** The rule directories named so far. */
        List<Path> directories() {
            return List.copyOf(directories);
        }

        /**
         * Loads, compiles and checks the rules.
         *
         * @return a new screener
         * @throws RulesLoadException listing every problem found
         */
        public Screener build() {
            return build(readSources());
        }

        /**
         * Compiles and checks rule sources already read (by {@link #readSources()}), with this
         * configuration's policy and clock: what {@link ScreenerRef} builds from a stable read.
         *
         * @throws RulesLoadException listing every problem found
         */
        Screener build(List<RuleSource> sources) {
            List<RuleFile> files = new ArrayList<>();
            List<CustomAnswer> answers = new ArrayList<>();
            List<Policy.Value> declared = new ArrayList<>();
            List<RuleProblem> declarationProblems = new ArrayList<>();
            StringBuilder declarations = new StringBuilder();
            Map<String, String> answerOwner = new java.util.HashMap<>();
            for (RuleSource s : sources) {
                files.addAll(s.files());
                declarationProblems.addAll(s.problems());
                declarations.append(s.declarations());
                for (CustomAnswer a : s.answers()) {
                    if (answerOwner.putIfAbsent(a.name(), s.name()) != null) {
                        declarationProblems.add(RuleProblem.of(a.file(), 0, "", "custom answer \"" + a.name()
                                + "\" is also declared by rule set " + answerOwner.get(a.name())));
                    } else {
                        answers.add(a);
                    }
                }
                declared.addAll(s.declaredPolicy());
            }
            String name = String.join("+", sources.stream().map(RuleSource::name).toList());
            String version = String.join("+", sources.stream().map(RuleSource::version).toList());
            Policy effective;
            try {
                effective = policy.withDeclared(declared);
            } catch (IllegalArgumentException e) {
                declarationProblems.add(RuleProblem.of("policy.json", 0, "", e.getMessage()));
                effective = policy;
            }
            // The default rules alone may use the packages compiled at build time (when they match the DRL).
            boolean defaultsOnly = includeDefaultRules && directories.isEmpty();
            java.util.Set<String> answerNames = new java.util.HashSet<>(answerOwner.keySet());
            CompiledRules compiled = RuleCompiler.compile(name, version, files, effective, defaultsOnly, answerNames,
                    declarationProblems);
            return new Screener(compiled, effective, clock, answers, declarations.toString());
        }

        /**
         * {@code base} with the policy values that the named rule directories declare in their
         * {@code policy.json} added (keys {@code base} already holds keep their value): the policy a
         * {@code --policy} file overrides, so that it may override a clinic's own keys too.
         *
         * @param base the policy to add the declared values to
         * @return {@code base} with the declared values added; {@code base} itself when a declared
         *         value is invalid (that is reported when the screener is built)
         */
        public Policy policyWithDeclarations(Policy base) {
            List<Policy.Value> declared = new ArrayList<>();
            for (Path dir : directories) {
                declared.addAll(RuleSource.declaredPolicy(dir)); // policy.json only: the rules are read by build()
            }
            try {
                return base.withDeclared(declared);
            } catch (IllegalArgumentException e) {
                return base; // reported, with its line, when the screener is built
            }
        }

        /**
         * Reads the rule sources this configuration names, in order: the default set (when
         * included) and each directory.
         *
         * @throws RulesLoadException when a directory or file cannot be read
         */
        List<RuleSource> readSources() {
            List<RuleSource> sources = new ArrayList<>();
            if (includeDefaultRules) {
                sources.add(RuleSource.defaultRules());
            }
            for (Path dir : directories) {
                sources.add(RuleSource.fromDirectory(dir));
            }
            return sources;
        }
    }
}
