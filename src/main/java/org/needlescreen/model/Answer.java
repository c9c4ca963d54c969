package org.needlescreen.model;

/**
 * A tri-state answer to a yes/no question. {@link #UNKNOWN} is distinct from {@link #NO}: the
 * rules never read an unknown answer as "no".
 */
public enum Answer {
    /** The client answered yes. */
    YES,
    /** The client answered no. */
    NO,
    /** Not answered, or the client does not know; the rules ask about it rather than assume "no". */
    UNKNOWN;

    /**
     * Returns whether this answer is {@link #YES} or {@link #NO}.
     *
     * @return {@code false} only for {@link #UNKNOWN}
     */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /**
     * Maps {@code true} to YES, {@code false} to NO and {@code null} to UNKNOWN.
     *
     * @param value the answer as a boolean; {@code null} when unknown
     * @return the matching answer, never {@code null}
     */
    public static Answer of(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }
}
