package org.needlescreen.internal;

import java.util.List;

import org.needlescreen.Decision;
import org.needlescreen.MissingAnswer;

/**
 * A rule's checked metadata. Exactly one of {@code decision} (a finding rule) and {@code asks}
 * (a question rule) is set.
 */
public record RuleMeta(String packageName, String ruleName, String ruleId, Decision decision,
                       String asks, boolean required, String question, List<String> sources,
                       List<String> policyKeys, String summary, String rationale, String file, int line) {

    public RuleMeta {
        sources = List.copyOf(sources);
        policyKeys = List.copyOf(policyKeys);
    }

    /** What a question rule reports (built once per rule set, not per firing); null for finding rules. */
    MissingAnswer missingAnswer() {
        return asks == null ? null : new MissingAnswer(asks, required, question, ruleId,
                ProfileFields.allowed(asks).orElse(List.of()));
    }

    public boolean isQuestion() {
        return asks != null;
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    String key() {
        return key(packageName, ruleName);
    }
}
