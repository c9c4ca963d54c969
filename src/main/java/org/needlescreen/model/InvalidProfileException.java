package org.needlescreen.model;

import java.util.Objects;

import org.needlescreen.internal.Display;

/**
 * Thrown when a client profile holds an impossible value. The message names the field, the value
 * and what is allowed; {@link #field()} and {@link #value()} carry them as data.
 *
 * <p>This is the one exception that shows a profile value: the caller's own invalid input,
 * reported back to that caller. Invisible and control characters in the field path and the value
 * are written as <code>&#92;u200c</code>-style escapes (see {@link Display}), so a value such as
 * <code>"CHEEKS&#92;u200c"</code> is visibly not {@code "CHEEKS"} and cannot rewrite a terminal line.
 */
public final class InvalidProfileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field's path, invisible characters escaped; see {@link #field()}. */
    private final String field;
    /** The rejected value as text, quoted and escaped; see {@link #value()}. */
    private final String value;
    /** What the field allows, in words; see {@link #allowed()}. */
    private final String allowed;

    /**
     * Creates the exception and its message, {@code Invalid value for 'field': value (allowed)}.
     *
     * @param field   the field's path in the profile, e.g. {@code treatment.needleDepthMm}
     * @param value   the rejected value: a string is shown quoted, anything else as text,
     *                {@code null} as {@code null}
     * @param allowed what the field allows, in words
     * @throws NullPointerException when {@code field} or {@code allowed} is {@code null}
     */
    public InvalidProfileException(String field, Object value, String allowed) {
        super("Invalid value for '" + Display.visible(field) + "': " + render(value) + " ("
                + Display.visible(allowed) + ")");
        this.field = Display.visible(Objects.requireNonNull(field, "field"));
        this.value = render(value);
        this.allowed = Display.visible(Objects.requireNonNull(allowed, "allowed"));
    }

    /** A string quoted (quotes and backslashes escaped), anything else as text; invisible characters escaped. */
    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence ? Display.quoted(value.toString()) : Display.visible(String.valueOf(value));
    }

    /**
     * The field's path in the profile, e.g. {@code treatment.needleDepthMm}; invisible characters
     * in a field name are escaped, and an empty field name is {@code ""}.
     *
     * @return the field path, never {@code null}
     */
    public String field() {
        return field;
    }

    /**
     * The rejected value as text: a string quoted as in JSON (quotes and backslashes escaped),
     * with invisible and control characters escaped as <code>&#92;u200c</code>.
     *
     * @return the value as text; {@code "null"} when the value was {@code null}
     */
    public String value() {
        return value;
    }

    /**
     * What the field allows, in words.
     *
     * @return the description, e.g. {@code "whole years from 0 to 120"}; never {@code null}
     */
    public String allowed() {
        return allowed;
    }
}
