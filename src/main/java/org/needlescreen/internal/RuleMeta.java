package org.needlescreen.internal;

import java.util.List;

import org.needlescreen.Decision;
import org.needlescreen.MissingAnswer;

/**
 * A rule's checked metadata. Exactly one of {@code decision} (a finding rule) and {@code asks}
 * (a question rule) is set.
 *
 * @param packageName the rule's DRL package, e.g. {@code needlescreen.depth}
 * @param ruleName    the rule's DRL name
 * @param ruleId      its {@code @ruleId}, unique across the rule set
 * @param decision    its {@code @decision} for a finding rule; {@code null} for a question rule
 * @param asks        its {@code @asks}, the profile field a question rule asks about; {@code null} for
 *                    a finding rule
 * @param required    its {@code @required}: for a question rule, whether an unknown answer makes the
 *                    result INCOMPLETE
 * @param question    its {@code @question}, the question to ask; {@code null} for a finding rule
 * @param sources     its {@code @sources}: seed article file names and literature keys
 * @param policyKeys  its {@code @thresholds}: the policy keys it reads (a key ending in {@code *}
 *                    covers every key with that prefix)
 * @param summary     its {@code @summary}: what it checks, in one sentence
 * @param rationale   its {@code @rationale}, why, where sources conflict or a choice was made;
 *                    {@code null} when it has none
 * @param file        its DRL file, relative to its rule directory
 * @param line        the line of its header
 */
public record RuleMeta(String packageName, String ruleName, String ruleId, Decision decision,
                       String asks, boolean required, String question, List<String> sources,
                       List<String> policyKeys, String summary, String rationale, String file, int line) {

    /**
     * Copies the lists; the loader checks the rest.
     *
     * @param packageName the rule's DRL package, e.g. {@code needlescreen.depth}
     * @param ruleName    the rule's DRL name
     * @param ruleId      its {@code @ruleId}, unique across the rule set
     * @param decision    its {@code @decision} for a finding rule; {@code null} for a question rule
     * @param asks        its {@code @asks}, the profile field a question rule asks about; {@code null} for
     *                    a finding rule
     * @param required    its {@code @required}: for a question rule, whether an unknown answer makes the
     *                    result INCOMPLETE
     * @param question    its {@code @question}, the question to ask; {@code null} for a finding rule
     * @param sources     its {@code @sources}: seed article file names and literature keys
     * @param policyKeys  its {@code @thresholds}: the policy keys it reads (a key ending in {@code *}
     *                    covers every key with that prefix)
     * @param summary     its {@code @summary}: what it checks, in one sentence
     * @param rationale   its {@code @rationale}, why, where sources conflict or a choice was made;
     *                    {@code null} when it has none
     * @param file        its DRL file, relative to its rule directory
     * @param line        the line of its header
     * @throws NullPointerException when {@code sources} or {@code policyKeys} is {@code null}
     */
    public RuleMeta {
        sources = List.copyOf(sources);
        policyKeys = List.copyOf(policyKeys);
    }

    /** What a question rule reports; null for finding rules. {@link CompiledRules} keeps one per rule. */
    MissingAnswer missingAnswer() {
        return asks == null ? null : MissingAnswer.builder().field(asks).required(required).question(question)
                .ruleId(ruleId).allowed(ProfileFields.allowed(asks).orElse(List.of())).build();
    }

    /**
     * Whether this rule asks a question rather than yielding a finding.
     *
     * @return {@code true} when {@code asks} is set
     */
    boolean isQuestion() {
        return asks != null;
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    String key() {
        return key(packageName, ruleName);
    }
}
