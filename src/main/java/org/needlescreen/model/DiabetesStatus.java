package org.needlescreen.model;

/** Diabetes, as far as wound healing is concerned. */
public enum DiabetesStatus {
    /** No diabetes. */
    NONE,
    /** Diabetes that is well controlled: CAUTION, healing may be slower. */
    CONTROLLED,
    /** Diabetes that is not controlled: REFER to the treating physician (poor wound healing). */
    UNCONTROLLED
}
