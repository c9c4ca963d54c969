package org.needlescreen;

/**
 * An internal failure during a screening: a rule that threw, a rule that fired without reporting,
 * a runaway rule. Never a result: the screening is fail-closed. The message names the rule where
 * known and never holds profile values.
 */
public final class ScreeningException extends NeedleScreenException {
    private static final long serialVersionUID = 1L;

    /** The rule involved; see {@link #ruleId()}. */
    private final String ruleId;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without profile values
     * @param ruleId  the id (or name) of the rule involved; {@code null} when none is known
     * @param cause   the underlying exception; {@code null} when there is none
     */
    public ScreeningException(String message, String ruleId, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /**
     * The id (or name) of the rule involved.
     *
     * @return the rule id or name, or {@code null} when none is known
     */
    public String ruleId() {
        return ruleId;
    }
}
