package org.needlescreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of screening one client profile.
 *
 * <p>{@link #decision()} is the most restrictive finding's decision, or {@link Decision#INCOMPLETE}
 * when a required answer is unknown and no finding is more restrictive, or
 * {@link Decision#SUITABLE} when there is no finding and every required answer is known.
 * Findings are ordered most restrictive first, then by rule id; missing answers required first,
 * then by field. Every finding names the rule that fired and its sources; {@link #ruleSet()}
 * names the rule set and its fingerprint.
 *
 * <p>Results come from a {@link Screener}. To build one (for an embedder's own tests or stubs) use
 * {@link #builder()}; {@link #toBuilder()} gives a changed copy. Value equality.
 */
public final class ScreeningResult {

    private final Decision decision;
    private final List<Finding> findings;
    private final List<MissingAnswer> missingAnswers;
    private final Guidance guidance;
    private final RuleSetInfo ruleSet;
    private final LocalDate screenedOn;
    private final String clientRef;

    private ScreeningResult(Builder b) {
        this.decision = Objects.requireNonNull(b.decision, "decision");
        this.findings = List.copyOf(Objects.requireNonNull(b.findings, "findings"));
        this.missingAnswers = List.copyOf(Objects.requireNonNull(b.missingAnswers, "missingAnswers"));
        this.guidance = Objects.requireNonNull(b.guidance, "guidance");
        this.ruleSet = Objects.requireNonNull(b.ruleSet, "ruleSet");
        this.screenedOn = Objects.requireNonNull(b.screenedOn, "screenedOn");
        this.clientRef = b.clientRef;
    }

    /**
     * A builder for a result, with no findings, no missing answers and no client reference.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this result's values, to build a changed copy.
     *
     * @return a new builder with every value of this result
     */
    public Builder toBuilder() {
        return new Builder().decision(decision).findings(findings).missingAnswers(missingAnswers).guidance(guidance)
                .ruleSet(ruleSet).screenedOn(screenedOn).clientRef(clientRef);
    }

    /**
     * The overall decision.
     *
     * @return the most restrictive finding's decision, or INCOMPLETE or SUITABLE as the class
     *         comment says
     */
    public Decision decision() {
        return decision;
    }

    /**
     * What the rules found.
     *
     * @return the findings, most restrictive first, then by rule id (immutable)
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The unknown answers the rules asked about.
     *
     * @return the missing answers, required first, then by field (immutable)
     */
    public List<MissingAnswer> missingAnswers() {
        return missingAnswers;
    }

    /**
     * Depth, course, preparation and aftercare advice.
     *
     * @return the guidance, given whatever the decision
     */
    public Guidance guidance() {
        return guidance;
    }

    /**
     * Which rules (and policy) decided this.
     *
     * @return the rule set's name, version, fingerprint and size
     */
    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /**
     * The screening date the rules used.
     *
     * @return the profile's {@code screenedOn}, or the screener's clock's date when it had none
     */
    public LocalDate screenedOn() {
        return screenedOn;
    }

    /**
     * The profile's opaque reference, echoed.
     *
     * @return the client reference; {@code null} when the profile had none
     */
    public String clientRef() {
        return clientRef;
    }

    /**
     * The ids of every rule that fired: those that yielded a finding and those that asked a
     * question, sorted, without repeats.
     *
     * @return the rule ids in natural string order; empty when no rule fired
     */
    public List<String> firedRuleIds() {
        return java.util.stream.Stream.concat(findings.stream().map(Finding::ruleId),
                missingAnswers.stream().map(MissingAnswer::ruleId)).distinct().sorted().toList();
    }

    /**
     * The required answers that are unknown.
     *
     * @return those of {@link #missingAnswers()} that are required, in the same order; empty when
     *         every required answer is known
     */
    public List<MissingAnswer> requiredMissingAnswers() {
        return missingAnswers.stream().filter(MissingAnswer::required).toList();
    }


    /**
     * The earliest date on which every temporary NOT_SUITABLE reason has passed, if every
     * NOT_SUITABLE finding is dated; empty when none is or any is not.
     *
     * @return the latest {@link Finding#rescreenOn()} of the NOT_SUITABLE findings; empty when
     *         there is no NOT_SUITABLE finding or one of them is permanent
     */
    public Optional<LocalDate> rescreenOn() {
        List<Finding> blocking = findings.stream().filter(f -> f.decision() == Decision.NOT_SUITABLE).toList();
        if (blocking.isEmpty() || blocking.stream().anyMatch(f -> f.rescreenOn() == null)) {
            return Optional.empty();
        }
        return blocking.stream().map(Finding::rescreenOn).max(LocalDate::compareTo);
    }

    /**
     * Value equality: equal decision, findings, missing answers, guidance, rule set, screening
     * date and client reference.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is a result with equal values
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ScreeningResult r && decision == r.decision && findings.equals(r.findings)
                && missingAnswers.equals(r.missingAnswers) && guidance.equals(r.guidance) && ruleSet.equals(r.ruleSet)
                && screenedOn.equals(r.screenedOn) && Objects.equals(clientRef, r.clientRef);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(decision, findings, missingAnswers, guidance, ruleSet, screenedOn, clientRef);
    }

    /**
     * Counts only: the client reference, the dates, the decision and the findings' messages are
     * about the client, and a result's {@code toString} ends up in logs and exception messages.
     *
     * @return {@code ScreeningResult[n findings, m missing answers; values redacted]}
     */
    @Override
    public String toString() {
        return "ScreeningResult[" + findings.size() + " findings, " + missingAnswers.size()
                + " missing answers; values redacted]";
    }

    /** Builds a {@link ScreeningResult}; not thread-safe. */
    public static final class Builder {

        private Decision decision;
        private List<Finding> findings = List.of();
        private List<MissingAnswer> missingAnswers = List.of();
        private Guidance guidance;
        private RuleSetInfo ruleSet;
        private LocalDate screenedOn;
        private String clientRef;

        private Builder() {
        }

        /**
         * Sets the overall decision (required). The builder does not derive it from the findings.
         *
         * @param decision the overall decision
         * @return this builder
         * @throws NullPointerException when {@code decision} is {@code null}
         */
        public Builder decision(Decision decision) {
            this.decision = Objects.requireNonNull(decision, "decision");
            return this;
        }

        /**
         * Sets the findings (empty unless set), in the order given: the screener sorts them most
         * restrictive first, then by rule id. The list is copied.
         *
         * @param findings what the rules found
         * @return this builder
         * @throws NullPointerException when {@code findings} is {@code null}, or holds {@code null}
         */
        public Builder findings(List<Finding> findings) {
            this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
            return this;
        }

        /**
         * Sets the missing answers (empty unless set), in the order given: the screener sorts them
         * required first, then by field. The list is copied.
         *
         * @param missingAnswers the unknown answers the rules asked about
         * @return this builder
         * @throws NullPointerException when {@code missingAnswers} is {@code null}, or holds {@code null}
         */
        public Builder missingAnswers(List<MissingAnswer> missingAnswers) {
            this.missingAnswers = List.copyOf(Objects.requireNonNull(missingAnswers, "missingAnswers"));
            return this;
        }

        /**
         * Sets the guidance (required).
         *
         * @param guidance depth, course, preparation and aftercare advice
         * @return this builder
         * @throws NullPointerException when {@code guidance} is {@code null}
         */
        public Builder guidance(Guidance guidance) {
            this.guidance = Objects.requireNonNull(guidance, "guidance");
            return this;
        }

        /**
         * Sets the rule set (required).
         *
         * @param ruleSet which rules (and policy) decided this
         * @return this builder
         * @throws NullPointerException when {@code ruleSet} is {@code null}
         */
        public Builder ruleSet(RuleSetInfo ruleSet) {
            this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
            return this;
        }

        /**
         * Sets the screening date (required).
         *
         * @param screenedOn the screening date the rules used
         * @return this builder
         * @throws NullPointerException when {@code screenedOn} is {@code null}
         */
        public Builder screenedOn(LocalDate screenedOn) {
            this.screenedOn = Objects.requireNonNull(screenedOn, "screenedOn");
            return this;
        }

        /**
         * Sets the client reference ({@code null} unless set).
         *
         * @param clientRef the profile's opaque reference, or {@code null}
         * @return this builder
         */
        public Builder clientRef(String clientRef) {
            this.clientRef = clientRef;
            return this;
        }

        /**
         * Builds the result.
         *
         * @return a new immutable result
         * @throws NullPointerException when the decision, the guidance, the rule set or the screening date was not set
         */
        public ScreeningResult build() {
            return new ScreeningResult(this);
        }
    }
}
