package org.needlescreen;

import java.util.Objects;

/**
 * One problem found while loading a rule set: a DRL compile error, a metadata problem (missing or
 * duplicate {@code @ruleId}, unknown decision, no source, ...) or a file that cannot be read.
 *
 * <p>Immutable, with value equality; built with {@link #of(String, int, String, String)}.
 */
public final class RuleProblem {

    private final String file;
    private final int line;
    private final String rule;
    private final String message;

    private RuleProblem(String file, int line, String rule, String message) {
        this.file = file == null ? "" : file;
        this.rule = rule == null ? "" : rule;
        this.message = Objects.requireNonNull(message, "message");
        this.line = Math.max(line, 0);
    }

    /**
     * A problem, normalised: a {@code null} file or rule becomes empty, a negative line 0.
     *
     * @param file    the DRL file, relative to the rule directory ({@code /}-separated); empty (or
     *                {@code null}) when the problem concerns the rule set as a whole
     * @param line    the 1-based line, or 0 when no line could be recovered
     * @param rule    the rule's name where known, else empty (or {@code null})
     * @param message what is wrong, in words
     * @return the problem
     * @throws NullPointerException when {@code message} is {@code null}
     */
    public static RuleProblem of(String file, int line, String rule, String message) {
        return new RuleProblem(file, line, rule, message);
    }

    /**
     * Where: the file.
     *
     * @return the DRL file, relative to the rule directory ({@code /}-separated); empty when the
     *         problem concerns the rule set as a whole
     */
    public String file() {
        return file;
    }

    /**
     * Where: the line.
     *
     * @return the 1-based line, or 0 when no line could be recovered
     */
    public int line() {
        return line;
    }

    /**
     * Which rule.
     *
     * @return the rule's name where known, else empty
     */
    public String rule() {
        return rule;
    }

    /**
     * What is wrong.
     *
     * @return what is wrong, in words
     */
    public String message() {
        return message;
    }

    /**
     * Value equality: the same file, line, rule and message.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is an equal problem
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleProblem p && file.equals(p.file) && line == p.line && rule.equals(p.rule)
                && message.equals(p.message);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(file, line, rule, message);
    }

    /**
     * {@code file:line: message (rule "name")}, the form editors and CI logs understand.
     *
     * @return the problem on one line
     */
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
