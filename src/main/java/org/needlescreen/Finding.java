package org.needlescreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rule's finding about a client: which rule, what it decides, why in plain language, and on
 * whose authority.
 *
 * @param ruleId     the rule's {@code @ruleId}
 * @param decision   the rule's {@code @decision}
 * @param message    a plain-language message for the client or clinician
 * @param sources    the rule's {@code @sources}: seed article file names and literature keys
 * @param rescreenOn for a temporary reason, the first date on which it no longer applies;
 *                   {@code null} otherwise
 */
public record Finding(String ruleId, Decision decision, String message, List<String> sources,
                      LocalDate rescreenOn) {

    /**
     * Checks the required components and copies {@code sources}.
     *
     * @param ruleId     the rule's {@code @ruleId}
     * @param decision   the rule's {@code @decision}
     * @param message    a plain-language message for the client or clinician
     * @param sources    the rule's {@code @sources}: seed article file names and literature keys
     * @param rescreenOn for a temporary reason, the first date on which it no longer applies;
     *                   {@code null} otherwise
     * @throws NullPointerException when {@code ruleId}, {@code decision}, {@code message} or
     *                              {@code sources} is {@code null}
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(message, "message");
        sources = List.copyOf(sources);
    }


    /** The rule id only: the message and the date are worded from the client's answers. */
    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + "; values redacted]";
    }
}
