package org.needlescreen.model;

/** Fitzpatrick skin phototype, I (always burns) to VI (never burns). */
public enum FitzpatrickType {
    I, II, III, IV, V, VI;

    /** Types IV to VI carry a higher risk of post-inflammatory hyperpigmentation (Cohen 2016). */
    public boolean isDarker() {
        return compareTo(IV) >= 0;
    }
}
