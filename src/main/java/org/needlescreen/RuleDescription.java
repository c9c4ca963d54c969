package org.needlescreen;

import java.util.List;
import java.util.Optional;

/**
 * One loaded rule as the catalogue shows it.
 *
 * @param ruleId     its {@code @ruleId}
 * @param name       its DRL name
 * @param decision   the decision a finding rule yields; {@code null} for a question rule
 * @param asks       the profile field a question rule asks about; {@code null} for a finding rule
 * @param required   for a question rule, whether the answer is required
 * @param question   for a question rule, the question to ask
 * @param summary    what it checks, in one sentence
 * @param sources    its sources
 * @param policyKeys the policy values it uses
 * @param rationale  why, where sources conflict or a choice was made; may be {@code null}
 * @param file       its DRL file, relative to its rule directory
 * @param line       the line of its header
 */
public record RuleDescription(String ruleId, String name, Decision decision, String asks, boolean required,
                              String question, String summary, List<String> sources, List<String> policyKeys,
                              String rationale, String file, int line) {

    /**
     * Copies the lists.
     *
     * @param ruleId     its {@code @ruleId}
     * @param name       its DRL name
     * @param decision   the decision a finding rule yields; {@code null} for a question rule
     * @param asks       the profile field a question rule asks about; {@code null} for a finding rule
     * @param required   for a question rule, whether the answer is required
     * @param question   for a question rule, the question to ask
     * @param summary    what it checks, in one sentence
     * @param sources    its sources
     * @param policyKeys the policy values it uses
     * @param rationale  why, where sources conflict or a choice was made; may be {@code null}
     * @param file       its DRL file, relative to its rule directory
     * @param line       the line of its header
     * @throws NullPointerException when {@code sources} or {@code policyKeys} is {@code null}
     */
    public RuleDescription {
        sources = List.copyOf(sources);
        policyKeys = List.copyOf(policyKeys);
    }

    /**
     * Whether this rule asks a question rather than yielding a finding.
     *
     * @return {@code true} when {@link #asks()} is not {@code null}
     */
    public boolean isQuestion() {
        return asks != null;
    }

    /**
     * The decision a finding rule yields, as an {@code Optional}.
     *
     * @return the decision; empty for a question rule
     */
    public Optional<Decision> findingDecision() {
        return Optional.ofNullable(decision);
    }
}
