package org.needlescreen;

import java.util.List;
import java.util.Objects;

/**
 * A question a rule directory adds to the profile, declared in its {@code answers.json}:
 *
 * <pre>{@code
 * {"tattooInArea": {"type": "YES_NO", "required": false,
 *                   "question": "Is there a tattoo or permanent make-up on the area?"}}
 * }</pre>
 *
 * <p>Profiles carry the answers under {@code "custom"} ({@code ClientProfile.builder().custom(name,
 * value)}); rules read them through the {@code CustomAnswers} fact, e.g.
 * {@code CustomAnswers( yes("tattooInArea") )}. An unknown required answer makes the result
 * INCOMPLETE with its question; an unknown optional one is listed as worth asking.
 *
 * <p>Immutable, with value equality. Declarations come from {@link Screener#customAnswers()}; to
 * build one (for an embedder's own tests or stubs) use {@link #builder()}.
 */
public final class CustomAnswer {

    /** The kinds of custom answer. */
    public enum Type {
        /** Tri-state: YES, NO or UNKNOWN. */
        YES_NO,
        /** One of the declared {@code values}. */
        CHOICE,
        /** A number, optionally bounded and whole. */
        NUMBER,
        /** An ISO-8601 date, YYYY-MM-DD. */
        DATE
    }

    private final String name;
    private final Type type;
    private final boolean required;
    private final String question;
    private final List<String> values;
    private final Double min;
    private final Double max;
    private final boolean whole;
    private final String file;

    private CustomAnswer(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.type = Objects.requireNonNull(b.type, "type");
        this.required = b.required;
        this.question = Objects.requireNonNull(b.question, "question");
        this.values = List.copyOf(Objects.requireNonNull(b.values, "values"));
        this.min = b.min;
        this.max = b.max;
        this.whole = b.whole;
        this.file = b.file;
    }

    /**
     * A builder for a declaration: optional, with no values, no bounds, not whole and no file,
     * unless set. It checks only that the declaration is complete; the loader checks the rest
     * (name syntax, bounds) against the {@code answers.json} it reads.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The answer's name.
     *
     * @return a Java-style identifier that shadows no built-in answer
     */
    public String name() {
        return name;
    }

    /**
     * What the answer holds.
     *
     * @return its type
     */
    public Type type() {
        return type;
    }

    /**
     * Whether an unknown answer makes the result INCOMPLETE.
     *
     * @return {@code true} for a required answer
     */
    public boolean required() {
        return required;
    }

    /**
     * The question to ask the client.
     *
     * @return the question
     */
    public String question() {
        return question;
    }

    /**
     * For {@link Type#CHOICE}, the allowed values.
     *
     * @return the allowed values (upper case); empty for the other types (immutable)
     */
    public List<String> values() {
        return values;
    }

    /**
     * For {@link Type#NUMBER}, the smallest allowed value.
     *
     * @return the lower bound, or {@code null}
     */
    public Double min() {
        return min;
    }

    /**
     * For {@link Type#NUMBER}, the largest allowed value.
     *
     * @return the upper bound, or {@code null}
     */
    public Double max() {
        return max;
    }

    /**
     * For {@link Type#NUMBER}, whether only whole numbers are allowed.
     *
     * @return {@code true} when only whole numbers are allowed
     */
    public boolean whole() {
        return whole;
    }

    /**
     * Where it is declared.
     *
     * @return the {@code answers.json} that declares it, relative to its rule directory
     */
    public String file() {
        return file;
    }

    /**
     * What a value of this answer may be, in words (as error messages and questionnaires give it).
     *
     * @return e.g. {@code "YES, NO or UNKNOWN"} or {@code "a whole number from 0 to 10"}
     */
    public String allowed() {
        return switch (type) {
            case YES_NO -> "YES, NO or UNKNOWN";
            case CHOICE -> "one of " + String.join(", ", values) + " (or UNKNOWN)";
            case NUMBER -> (whole ? "a whole number" : "a number")
                    + (min != null ? " from " + Policy.format(min) : "") + (max != null ? " to " + Policy.format(max) : "");
            case DATE -> "an ISO-8601 date, YYYY-MM-DD";
        };
    }

    /**
     * The allowed values as a questionnaire or a missing answer lists them.
     *
     * @return YES, NO and UNKNOWN for a YES_NO answer, the values of a CHOICE, otherwise
     *         {@link #allowed()} in words
     */
    public List<String> allowedValues() {
        return switch (type) {
            case YES_NO -> List.of("YES", "NO", "UNKNOWN");
            case CHOICE -> values;
            default -> List.of(allowed());
        };
    }

    /**
     * Value equality: every value of the declaration equal.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is an equal declaration
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof CustomAnswer a && name.equals(a.name) && type == a.type
                && required == a.required && question.equals(a.question) && values.equals(a.values)
                && Objects.equals(min, a.min) && Objects.equals(max, a.max) && whole == a.whole
                && Objects.equals(file, a.file);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, type, required, question, values, min, max, whole, file);
    }

    /**
     * Every value: a declaration holds no client data.
     *
     * @return {@code CustomAnswer[name=..., type=..., ..., file=...]}
     */
    @Override
    public String toString() {
        return "CustomAnswer[name=" + name + ", type=" + type + ", required=" + required + ", question=" + question
                + ", values=" + values + ", min=" + min + ", max=" + max + ", whole=" + whole + ", file=" + file + "]";
    }

    /** Builds a {@link CustomAnswer}; not thread-safe. */
    public static final class Builder {

        private String name;
        private Type type;
        private boolean required;
        private String question;
        private List<String> values = List.of();
        private Double min;
        private Double max;
        private boolean whole;
        private String file;

        private Builder() {
        }

        /**
         * Sets the name (required).
         *
         * @param name the answer's name, a Java-style identifier that shadows no built-in answer
         * @return this builder
         * @throws NullPointerException when {@code name} is {@code null}
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the type (required).
         *
         * @param type what the answer holds
         * @return this builder
         * @throws NullPointerException when {@code type} is {@code null}
         */
        public Builder type(Type type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets whether the answer is required ({@code false} unless set).
         *
         * @param required whether an unknown answer makes the result INCOMPLETE
         * @return this builder
         */
        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /**
         * Sets the question (required).
         *
         * @param question the question to ask the client
         * @return this builder
         * @throws NullPointerException when {@code question} is {@code null}
         */
        public Builder question(String question) {
            this.question = Objects.requireNonNull(question, "question");
            return this;
        }

        /**
         * Sets the allowed values of a CHOICE (empty unless set); the list is copied.
         *
         * @param values for {@link Type#CHOICE}, the allowed values (upper case); empty otherwise
         * @return this builder
         * @throws NullPointerException when {@code values} is {@code null}, or holds {@code null}
         */
        public Builder values(List<String> values) {
            this.values = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the lower bound of a NUMBER ({@code null} unless set).
         *
         * @param min for {@link Type#NUMBER}, the smallest allowed value, or {@code null}
         * @return this builder
         */
        public Builder min(Double min) {
            this.min = min;
            return this;
        }

        /**
         * Sets the upper bound of a NUMBER ({@code null} unless set).
         *
         * @param max for {@link Type#NUMBER}, the largest allowed value, or {@code null}
         * @return this builder
         */
        public Builder max(Double max) {
            this.max = max;
            return this;
        }

        /**
         * Sets whether a NUMBER must be whole ({@code false} unless set).
         *
         * @param whole for {@link Type#NUMBER}, whether only whole numbers are allowed
         * @return this builder
         */
        public Builder whole(boolean whole) {
            this.whole = whole;
            return this;
        }

        /**
         * Sets the declaring file ({@code null} unless set).
         *
         * @param file the {@code answers.json} that declares it, relative to its rule directory
         * @return this builder
         */
        public Builder file(String file) {
            this.file = file;
            return this;
        }

        /**
         * Builds the declaration.
         *
         * @return a new immutable declaration
         * @throws NullPointerException when the name, the type or the question was not set
         */
        public CustomAnswer build() {
            return new CustomAnswer(this);
        }
    }
}
