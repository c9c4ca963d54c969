package org.needlescreen.model;

/** Current (active) acne. MODERATE and SEVERE mean active, inflammatory acne. */
public enum AcneSeverity { NONE, MILD, MODERATE, SEVERE }
