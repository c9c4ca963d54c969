package org.needlescreen.model;

/**
 * What the client wants treated. Each concern has a professional needle depth range in the
 * {@link org.needlescreen.Policy} (keys {@code depth.concern.<NAME>.minMm} and {@code .maxMm});
 * the defaults are given with each constant, together with whether {@link #needsDermis()}.
 */
public enum Concern {
    /** Rough or uneven skin texture; a surface concern (0.25 to 0.5 mm by default). */
    TEXTURE,
    /** Enlarged pores; a surface concern (0.5 to 1.0 mm by default). */
    ENLARGED_PORES,
    /** Fine lines; a surface concern (0.5 to 1.0 mm by default). */
    FINE_LINES,
    /** Wrinkles deeper than fine lines; needs the dermis (1.0 to 1.5 mm by default). */
    WRINKLES,
    /** Acne scars; needs the dermis (1.0 to 2.0 mm by default). */
    ACNE_SCARS,
    /** Scars other than acne scars; needs the dermis (1.0 to 2.0 mm by default). */
    OTHER_SCARS,
    /** Stretch marks (striae); needs the dermis (1.5 to 2.5 mm by default). */
    STRETCH_MARKS,
    /** Hyperpigmentation (dark marks); needs the dermis (0.5 to 1.5 mm by default). */
    HYPERPIGMENTATION,
    /** Sun damage (photoageing); a surface concern (0.5 to 1.0 mm by default). */
    SUN_DAMAGE,
    /** Loose or sagging skin; needs the dermis (1.0 to 1.5 mm by default). */
    LOOSE_SKIN,
    /** Hair loss, treated on the scalp; needs the dermis (0.5 to 1.5 mm by default). */
    HAIR_LOSS;

    /**
     * Returns whether this concern needs needles that reach the dermis, which home devices do
     * not (sources 004, 000 point 4; Alster 2018). The others are surface concerns.
     *
     * @return {@code true} for a concern that needs the dermis (at home it leads to
     *         PROFESSIONAL_ONLY), {@code false} for a surface concern
     */
    public boolean needsDermis() {
        return switch (this) {
            case TEXTURE, ENLARGED_PORES, FINE_LINES, SUN_DAMAGE -> false;
            default -> true;
        };
    }
}
