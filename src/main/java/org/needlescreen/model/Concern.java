package org.needlescreen.model;

/** What the client wants treated. */
public enum Concern {
    TEXTURE, ENLARGED_PORES, FINE_LINES, WRINKLES, ACNE_SCARS, OTHER_SCARS, STRETCH_MARKS,
    HYPERPIGMENTATION, SUN_DAMAGE, LOOSE_SKIN, HAIR_LOSS;

    /**
     * Returns whether this concern needs needles that reach the dermis, which home devices do
     * not (sources 004, 000 point 4; Alster 2018). The others are surface concerns.
     */
    public boolean needsDermis() {
        return switch (this) {
            case TEXTURE, ENLARGED_PORES, FINE_LINES, SUN_DAMAGE -> false;
            default -> true;
        };
    }
}
