package org.needlescreen.model;

/**
 * A tri-state answer to a yes/no question. {@link #UNKNOWN} is distinct from {@link #NO}: the
 * rules never read an unknown answer as "no".
 */
public enum Answer {
    YES,
    NO,
    UNKNOWN;

    /** Returns whether this answer is {@link #YES} or {@link #NO}. */
    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** Maps {@code true} to YES, {@code false} to NO and {@code null} to UNKNOWN. */
    public static Answer of(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }
}
