package org.needlescreen.model;

/** Current (active) acne. MODERATE and SEVERE mean active, inflammatory acne. */
public enum AcneSeverity {
    /** No active acne. */
    NONE,
    /** Mild acne: CAUTION, treat around active lesions, never over them. */
    MILD,
    /** Moderate, active inflammatory acne: NOT_SUITABLE until it is controlled. */
    MODERATE,
    /** Severe, active inflammatory acne: NOT_SUITABLE until it is controlled. */
    SEVERE
}
