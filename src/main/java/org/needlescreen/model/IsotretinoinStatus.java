package org.needlescreen.model;

/** Oral isotretinoin use. */
public enum IsotretinoinStatus {
    /** Never taken. */
    NEVER,
    /** Taking it now: NOT_SUITABLE. */
    CURRENT,
    /** Taken in the past and stopped; the date of the last dose decides whether a washout applies. */
    STOPPED
}
