package org.needlescreen.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A loaded, checked rule set: the shared (thread-safe) KieBase and each rule's metadata.
 */
public final class CompiledRules {

    private final KieBase kieBase;
    private final SessionPool sessions;
    private final Map<String, RuleMeta> rules;
    private final Map<Rule, RuleMeta> byRule = new IdentityHashMap<>();
    private final Map<RuleMeta, org.needlescreen.MissingAnswer> questions = new IdentityHashMap<>();
    private final String name;
    private final String version;
    private final String rulesDigest;

    /**
     * @param kieBase     the compiled rules
     * @param rules       metadata by {@link RuleMeta#key()}, in catalogue order (file, then line)
     * @param name        rule set name
     * @param version     rule set version
     * @param rulesDigest SHA-256 over the DRL files' paths and contents
     */
    CompiledRules(KieBase kieBase, Map<String, RuleMeta> rules, String name,
                         String version, String rulesDigest) {
        this.kieBase = kieBase;
        this.sessions = new SessionPool(kieBase, SessionPool.defaultMaxIdle());
        this.rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
        this.name = name;
        this.version = version;
        this.rulesDigest = rulesDigest;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleMeta m = rules.get(RuleMeta.key(r.getPackageName(), r.getName()));
                if (m != null) {
                    byRule.put(r, m);
                }
            }
        }
        this.ruleList = List.copyOf(rules.values());
        for (RuleMeta m : ruleList) {
            if (m.isQuestion()) {
                questions.put(m, m.missingAnswer());
            }
        }
    }

    private final List<RuleMeta> ruleList;

    /** What a question rule of this base reports, built once per rule set rather than per firing. */
    org.needlescreen.MissingAnswer missingAnswer(RuleMeta m) {
        org.needlescreen.MissingAnswer a = questions.get(m);
        return a != null ? a : m.missingAnswer();
    }

    /** The metadata of a rule of this base (null when it has none, which the loader prevents). */
    RuleMeta meta(Rule rule) {
        RuleMeta m = byRule.get(rule);
        return m != null ? m : rules.get(RuleMeta.key(rule.getPackageName(), rule.getName()));
    }

    /**
     * The compiled rules, shared by every screening; thread-safe.
     *
     * @return the KieBase
     */
    KieBase kieBase() {
        return kieBase;
    }

    /** The sessions screenings take and give back (facts deleted). */
    SessionPool sessionPool() {
        return sessions;
    }

    /**
     * Each rule's metadata, by package and rule name ({@code package/name}).
     *
     * @return the metadata, unmodifiable, in catalogue order (file, then line)
     */
    public Map<String, RuleMeta> rules() {
        return rules;
    }

    /**
     * The rule set's name; several rule sets combined are joined with {@code +}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The rule set's version; several rule sets combined are joined with {@code +}.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The digest of the rule files, the part of the fingerprint that does not depend on the policy.
     *
     * @return SHA-256 over the DRL files' paths and contents, as hex
     */
    public String rulesDigest() {
        return rulesDigest;
    }

    /**
     * Metadata in catalogue order (file, then line).
     *
     * @return the metadata of every rule, unmodifiable
     */
    public List<RuleMeta> ruleList() {
        return ruleList;
    }
}
