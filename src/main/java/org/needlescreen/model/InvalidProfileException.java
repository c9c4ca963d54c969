package org.needlescreen.model;

import java.util.Objects;

/**
 * Thrown when a client profile holds an impossible value. The message names the field, the value
 * and what is allowed; {@link #field()} and {@link #value()} carry them as data.
 */
public final class InvalidProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    public InvalidProfileException(String field, Object value, String allowed) {
        super("Invalid value for '" + field + "': " + render(value) + " (" + allowed + ")");
        this.field = Objects.requireNonNull(field, "field");
        this.value = render(value);
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }

    /** The field's path in the profile, e.g. {@code treatment.needleDepthMm}. */
    public String field() {
        return field;
    }

    /** The rejected value as text (strings quoted). */
    public String value() {
        return value;
    }

    /** What the field allows, in words. */
    public String allowed() {
        return allowed;
    }
}
