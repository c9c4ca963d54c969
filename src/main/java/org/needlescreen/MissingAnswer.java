package org.needlescreen;

import java.util.List;
import java.util.Objects;

/**
 * An answer the rules needed but the profile left unknown, with the question to ask.
 *
 * @param field    the profile field, e.g. {@code acne} or {@code isotretinoin.lastDose}
 * @param required whether the answer is required: an unknown required answer makes the result
 *                 at least {@link Decision#INCOMPLETE} unless a finding forbids outright
 * @param question a plain-language question to ask the client
 * @param ruleId   the rule that asked
 * @param allowed  the allowed values (empty for free values such as dates and numbers)
 */
public record MissingAnswer(String field, boolean required, String question, String ruleId,
                            List<String> allowed) {
    /**
     * Checks the required components and copies {@code allowed}.
     *
     * @param field    the profile field, e.g. {@code acne} or {@code isotretinoin.lastDose}
     * @param required whether the answer is required: an unknown required answer makes the result
     *                 at least {@link Decision#INCOMPLETE} unless a finding forbids outright
     * @param question a plain-language question to ask the client
     * @param ruleId   the rule that asked
     * @param allowed  the allowed values (empty for free values such as dates and numbers)
     * @throws NullPointerException when {@code field}, {@code question}, {@code ruleId} or
     *                              {@code allowed} is {@code null}
     */
    public MissingAnswer {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(ruleId, "ruleId");
        allowed = List.copyOf(allowed);
    }

    /** The field, whether it is required and the rule that asked: no client data. */
    @Override
    public String toString() {
        return "MissingAnswer[field=" + field + ", required=" + required + ", ruleId=" + ruleId + "]";
    }
}
