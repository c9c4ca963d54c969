package org.needlescreen;

import java.util.List;
import java.util.Objects;

/**
 * An answer the rules needed but the profile left unknown, with the question to ask.
 *
 * <p>Immutable, with value equality. Missing answers come from a {@link Screener}; to build one
 * (for an embedder's own tests or stubs) use {@link #builder()}.
 */
public final class MissingAnswer {

    private final String field;
    private final boolean required;
    private final String question;
    private final String ruleId;
    private final List<String> allowed;

    private MissingAnswer(Builder b) {
        this.field = Objects.requireNonNull(b.field, "field");
        this.required = b.required;
        this.question = Objects.requireNonNull(b.question, "question");
        this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
        this.allowed = List.copyOf(Objects.requireNonNull(b.allowed, "allowed"));
    }

    /**
     * A builder for a missing answer: optional, with no allowed values, unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The profile field whose answer is unknown.
     *
     * @return the field, e.g. {@code acne} or {@code isotretinoin.lastDose}
     */
    public String field() {
        return field;
    }

    /**
     * Whether the answer is required: an unknown required answer makes the result at least
     * {@link Decision#INCOMPLETE} unless a finding forbids outright.
     *
     * @return {@code true} for a required answer
     */
    public boolean required() {
        return required;
    }

    /**
     * The question to ask.
     *
     * @return a plain-language question to ask the client
     */
    public String question() {
        return question;
    }

    /**
     * The rule that asked.
     *
     * @return the asking rule's {@code @ruleId}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The allowed values.
     *
     * @return the allowed values (empty for free values such as dates and numbers; immutable)
     */
    public List<String> allowed() {
        return allowed;
    }

    /**
     * Value equality: the same field, requiredness, question, rule id and allowed values.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is a missing answer with equal values
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MissingAnswer m && field.equals(m.field) && required == m.required
                && question.equals(m.question) && ruleId.equals(m.ruleId) && allowed.equals(m.allowed);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(field, required, question, ruleId, allowed);
    }

    /**
     * The field, whether it is required and the rule that asked: no client data.
     *
     * @return {@code MissingAnswer[field=..., required=..., ruleId=...]}
     */
    @Override
    public String toString() {
        return "MissingAnswer[field=" + field + ", required=" + required + ", ruleId=" + ruleId + "]";
    }

    /** Builds a {@link MissingAnswer}; not thread-safe. */
    public static final class Builder {

        private String field;
        private boolean required;
        private String question;
        private String ruleId;
        private List<String> allowed = List.of();

        private Builder() {
        }

        /**
         * Sets the field (required).
         *
         * @param field the profile field, e.g. {@code acne} or {@code isotretinoin.lastDose}
         * @return this builder
         * @throws NullPointerException when {@code field} is {@code null}
         */
        public Builder field(String field) {
            this.field = Objects.requireNonNull(field, "field");
            return this;
        }

        /**
         * Sets whether the answer is required ({@code false} unless set).
         *
         * @param required whether an unknown answer makes the result at least
         *                 {@link Decision#INCOMPLETE}
         * @return this builder
         */
        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /**
         * Sets the question (required).
         *
         * @param question a plain-language question to ask the client
         * @return this builder
         * @throws NullPointerException when {@code question} is {@code null}
         */
        public Builder question(String question) {
            this.question = Objects.requireNonNull(question, "question");
            return this;
        }

        /**
         * Sets the rule that asked (required).
         *
         * @param ruleId the asking rule's {@code @ruleId}
         * @return this builder
         * @throws NullPointerException when {@code ruleId} is {@code null}
         */
        public Builder ruleId(String ruleId) {
            this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
            return this;
        }

        /**
         * Sets the allowed values (empty unless set); the list is copied.
         *
         * @param allowed the allowed values (empty for free values such as dates and numbers)
         * @return this builder
         * @throws NullPointerException when {@code allowed} is {@code null}, or holds {@code null}
         */
        public Builder allowed(List<String> allowed) {
            this.allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed"));
            return this;
        }

        /**
         * Builds the missing answer.
         *
         * @return a new immutable missing answer
         * @throws NullPointerException when the field, the question or the rule id was not set
         */
        public MissingAnswer build() {
            return new MissingAnswer(this);
        }
    }
}
