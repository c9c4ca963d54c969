package org.needlescreen;

/**
 * An internal failure during a screening: a rule that threw, a rule that fired without reporting,
 * a runaway rule. Never a result: the screening is fail-closed. The message names the rule where
 * known and never holds profile values.
 */
public final class ScreeningException extends NeedleScreenException {
    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public ScreeningException(String message, String ruleId, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /** The id (or name) of the rule involved, or {@code null} when none is known. */
    public String ruleId() {
        return ruleId;
    }
}
