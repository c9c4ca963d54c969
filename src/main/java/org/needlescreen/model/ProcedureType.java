package org.needlescreen.model;

/**
 * A procedure on the area to be treated. {@code TOPICAL_RETINOID_OR_ACID} dates the last
 * application; {@code SUNTAN} is sunbathing or a tanning bed; {@code WAXING_OR_DEPILATION} covers
 * waxing, depilatory creams and electrolysis. The waiting periods are
 * {@link org.needlescreen.Policy} values (keys {@code washout.<NAME>.days} and
 * {@code referral.<NAME>.months}); the defaults are given with each constant.
 */
public enum ProcedureType {
    /** A chemical peel (washout 14 days by default: NOT_SUITABLE within it). */
    CHEMICAL_PEEL,
    /** A laser treatment (washout 42 days by default: NOT_SUITABLE within it). */
    LASER,
    /** A dermal filler injection (washout 14 days by default: NOT_SUITABLE within it). */
    FILLER,
    /** A neurotoxin (botulinum toxin) injection (washout 14 days by default: NOT_SUITABLE within it). */
    NEUROTOXIN,
    /** Surgery (referral window 12 months by default: REFER within it). */
    SURGERY,
    /** Radiotherapy to the area: REFER at any time, whatever the date. */
    RADIOTHERAPY,
    /** An earlier microneedling session (interval 28 days by default: NOT_SUITABLE within it). */
    MICRONEEDLING,
    /** Waxing, a depilatory cream or electrolysis (washout 7 days by default: NOT_SUITABLE within it). */
    WAXING_OR_DEPILATION,
    /** A topical retinoid or acid, dated by its last application (washout 7 days by default: NOT_SUITABLE within it). */
    TOPICAL_RETINOID_OR_ACID,
    /** Sunbathing or a tanning bed (washout 14 days by default: NOT_SUITABLE within it). */
    SUNTAN
}
