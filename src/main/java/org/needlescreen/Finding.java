package org.needlescreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rule's finding about a client: which rule, what it decides, why in plain language, and on
 * whose authority.
 *
 * <p>Immutable, with value equality. Findings come from a {@link Screener}; to build one (for an
 * embedder's own tests or stubs) use {@link #builder()}:
 *
 * <pre>{@code
 * Finding f = Finding.builder().ruleId("ACNE-ACTIVE").decision(Decision.NOT_SUITABLE)
 *         .message("Active acne: wait until it is controlled.").sources(List.of("Minutilli")).build();
 * }</pre>
 */
public final class Finding {

    private final String ruleId;
    private final Decision decision;
    private final String message;
    private final List<String> sources;
    private final LocalDate rescreenOn;

    private Finding(Builder b) {
        this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
        this.decision = Objects.requireNonNull(b.decision, "decision");
        this.message = Objects.requireNonNull(b.message, "message");
        this.sources = List.copyOf(Objects.requireNonNull(b.sources, "sources"));
        this.rescreenOn = b.rescreenOn;
    }

    /**
     * A builder for a finding, with no sources and no re-screen date.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this finding's values, to build a changed copy.
     *
     * @return a new builder with every value of this finding
     */
    public Builder toBuilder() {
        return new Builder().ruleId(ruleId).decision(decision).message(message).sources(sources)
                .rescreenOn(rescreenOn);
    }

    /**
     * The rule that found this.
     *
     * @return the rule's {@code @ruleId}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * What the rule decides.
     *
     * @return the rule's {@code @decision}
     */
    public Decision decision() {
        return decision;
    }

    /**
     * Why, in plain language.
     *
     * @return a plain-language message for the client or clinician
     */
    public String message() {
        return message;
    }

    /**
     * On whose authority.
     *
     * @return the rule's {@code @sources}: seed article file names and literature keys (immutable)
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * When a temporary reason no longer applies.
     *
     * @return for a temporary reason, the first date on which it no longer applies; {@code null}
     *         otherwise
     */
    public LocalDate rescreenOn() {
        return rescreenOn;
    }

    /**
     * Value equality: the same rule id, decision, message, sources and re-screen date.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is a finding with equal values
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Finding f && ruleId.equals(f.ruleId) && decision == f.decision
                && message.equals(f.message) && sources.equals(f.sources) && Objects.equals(rescreenOn, f.rescreenOn);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(ruleId, decision, message, sources, rescreenOn);
    }

    /**
     * The rule id only: the message and the date are worded from the client's answers.
     *
     * @return {@code Finding[ruleId=...; values redacted]}
     */
    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + "; values redacted]";
    }

    /** Builds a {@link Finding}; not thread-safe. */
    public static final class Builder {

        private String ruleId;
        private Decision decision;
        private String message;
        private List<String> sources = List.of();
        private LocalDate rescreenOn;

        private Builder() {
        }

        /**
         * Sets the rule id (required).
         *
         * @param ruleId the rule's {@code @ruleId}
         * @return this builder
         * @throws NullPointerException when {@code ruleId} is {@code null}
         */
        public Builder ruleId(String ruleId) {
            this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
            return this;
        }

        /**
         * Sets the decision (required).
         *
         * @param decision the rule's {@code @decision}
         * @return this builder
         * @throws NullPointerException when {@code decision} is {@code null}
         */
        public Builder decision(Decision decision) {
            this.decision = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * Sets the message (required).
         *
         * @param message a plain-language message for the client or clinician
         * @return this builder
         * @throws NullPointerException when {@code message} is {@code null}
         */
        public Builder message(String message) {
            this.message = Objects.requireNonNull(message, "message");
            return this;
        }

        /**
         * Sets the sources (empty unless set); the list is copied.
         *
         * @param sources the rule's {@code @sources}: seed article file names and literature keys
         * @return this builder
         * @throws NullPointerException when {@code sources} is {@code null}, or holds {@code null}
         */
        public Builder sources(List<String> sources) {
            this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
            return this;
        }

        /**
         * Sets the re-screen date ({@code null} unless set).
         *
         * @param rescreenOn for a temporary reason, the first date on which it no longer applies;
         *                   {@code null} otherwise
         * @return this builder
         */
        public Builder rescreenOn(LocalDate rescreenOn) {
            this.rescreenOn = rescreenOn;
            return this;
        }

        /**
         * Builds the finding.
         *
         * @return a new immutable finding
         * @throws NullPointerException when the rule id, the decision or the message was not set
         */
        public Finding build() {
            return new Finding(this);
        }
    }
}
