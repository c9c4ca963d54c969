package org.needlescreen;

import java.util.Objects;

/**
 * One problem found while loading a rule set: a DRL compile error, a metadata problem (missing or
 * duplicate {@code @ruleId}, unknown decision, no source, ...) or a file that cannot be read.
 *
 * @param file    the DRL file, relative to the rule directory ({@code /}-separated); empty when the
 *                problem concerns the rule set as a whole
 * @param line    the 1-based line, or 0 when no line could be recovered
 * @param rule    the rule's name where known, else empty
 * @param message what is wrong, in words
 */
public record RuleProblem(String file, int line, String rule, String message) {

    /**
     * Normalises the problem: a {@code null} file or rule becomes empty, a negative line 0.
     *
     * @param file    the DRL file, relative to the rule directory ({@code /}-separated); empty when the
     *                problem concerns the rule set as a whole
     * @param line    the 1-based line, or 0 when no line could be recovered
     * @param rule    the rule's name where known, else empty
     * @param message what is wrong, in words
     * @throws NullPointerException when {@code message} is {@code null}
     */
    public RuleProblem {
        file = file == null ? "" : file;
        rule = rule == null ? "" : rule;
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 0);
    }

    /** {@code file:line: message (rule "name")}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(file.isEmpty() ? "<rule set>" : file).append(':').append(line).append(": ").append(message);
        if (!rule.isEmpty() && !message.contains("\"" + rule + "\"")) {
            sb.append(" (rule \"").append(rule).append("\")");
        }
        return sb.toString();
    }
}
