package org.needlescreen.json;

/**
 * Thrown when a policy override file cannot be used: malformed JSON, an unknown key, a value that
 * is not a number or that the policy rejects (not positive, not whole where it counts days, months
 * or years, a range's minimum above its maximum). The message names the file, the key and the
 * value; {@link #key()} carries the key where there is one.
 */
public final class PolicyFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The offending policy key, or empty; see {@link #key()}. */
    private final String key;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the file, the key and the value
     * @param key     the offending policy key; {@code null} when the problem concerns the file as a
     *                whole (stored as empty)
     */
    public PolicyFileException(String message, String key) {
        super(message);
        this.key = key == null ? "" : key;
    }

    /**
     * The offending policy key, or empty when the problem concerns the file as a whole.
     *
     * @return the key, never {@code null}
     */
    public String key() {
        return key;
    }
}
