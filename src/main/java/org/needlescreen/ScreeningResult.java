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
 * @param decision       the overall decision
 * @param findings       what the rules found
 * @param missingAnswers the unknown answers the rules asked about
 * @param guidance       depth, course, preparation and aftercare advice
 * @param ruleSet        which rules (and policy) decided this
 * @param screenedOn     the screening date the rules used
 * @param clientRef      the profile's opaque reference, if any
 */
public record ScreeningResult(Decision decision, List<Finding> findings, List<MissingAnswer> missingAnswers,
                              Guidance guidance, RuleSetInfo ruleSet, LocalDate screenedOn, String clientRef) {

    /**
     * Checks the required components and copies the lists. The order of findings and missing
     * answers is the caller's (the screener sorts them).
     *
     * @param decision       the overall decision
     * @param findings       what the rules found
     * @param missingAnswers the unknown answers the rules asked about
     * @param guidance       depth, course, preparation and aftercare advice
     * @param ruleSet        which rules (and policy) decided this
     * @param screenedOn     the screening date the rules used
     * @param clientRef      the profile's opaque reference, if any
     * @throws NullPointerException when a component other than {@code clientRef} is {@code null}
     */
    public ScreeningResult {
        Objects.requireNonNull(decision, "decision");
        findings = List.copyOf(findings);
        missingAnswers = List.copyOf(missingAnswers);
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(screenedOn, "screenedOn");
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
     * Counts only: the client reference, the dates, the decision and the findings' messages are
     * about the client, and a result's {@code toString} ends up in logs and exception messages.
     */
    @Override
    public String toString() {
        return "ScreeningResult[" + findings.size() + " findings, " + missingAnswers.size()
                + " missing answers; values redacted]";
    }
}
