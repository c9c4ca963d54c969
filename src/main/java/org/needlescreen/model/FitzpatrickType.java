package org.needlescreen.model;

/** Fitzpatrick skin phototype, I (always burns) to VI (never burns). */
public enum FitzpatrickType {
    /** Type I: always burns, never tans. */
    I,
    /** Type II: usually burns, tans minimally. */
    II,
    /** Type III: sometimes burns, tans gradually. */
    III,
    /** Type IV: burns minimally, tans easily; darker skin with a higher risk of hyperpigmentation. */
    IV,
    /** Type V: rarely burns, tans darkly; darker skin with a higher risk of hyperpigmentation. */
    V,
    /** Type VI: never burns; darker skin with a higher risk of hyperpigmentation. */
    VI;

    /**
     * Types IV to VI carry a higher risk of post-inflammatory hyperpigmentation (Cohen 2016).
     *
     * @return {@code true} for types IV, V and VI, {@code false} for I to III
     */
    public boolean isDarker() {
        return compareTo(IV) >= 0;
    }
}
