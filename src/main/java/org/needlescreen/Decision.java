package org.needlescreen;

/**
 * The outcome of a screening, ordered from least to most restrictive. A result's decision is the
 * most restrictive of its findings; {@link #INCOMPLETE} when a required answer is unknown and no
 * finding is more restrictive.
 */
public enum Decision {
    /** No finding at all, and every required answer is known. */
    SUITABLE,
    /** May proceed as requested, with the listed precautions. */
    CAUTION,
    /** Not at home; acceptable in a professional setting. */
    PROFESSIONAL_ONLY,
    /** See a dermatologist or the prescribing physician before any microneedling. */
    REFER,
    /** A required answer is unknown; the result lists the questions to ask. */
    INCOMPLETE,
    /** Do not treat as requested. A temporary reason carries the date from which to screen again. */
    NOT_SUITABLE;

    /**
     * Returns the more restrictive of this decision and {@code other}.
     *
     * @param other the decision to combine with this one
     * @return {@code other} when it is more restrictive, else this decision
     * @throws NullPointerException when {@code other} is {@code null}
     */
    public Decision and(Decision other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /**
     * Returns whether this decision is more restrictive than {@code other}.
     *
     * @param other the decision to compare with
     * @return {@code true} when this decision comes later in the order; {@code false} when equal
     * @throws NullPointerException when {@code other} is {@code null}
     */
    public boolean isMoreRestrictiveThan(Decision other) {
        return compareTo(other) > 0;
    }
}
