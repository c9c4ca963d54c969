package org.needlescreen.model;

/**
 * The area to be treated. Each area has a maximum needle depth in the {@link org.needlescreen.Policy}
 * (key {@code depth.area.<NAME>.maxMm}); the defaults are given with each constant.
 */
public enum Area {
    /** The forehead (maximum 0.5 mm by default). */
    FOREHEAD,
    /** The skin around the eyes, never inside the orbital rim (maximum 0.3 mm by default). */
    PERIORBITAL,
    /** The nose (maximum 0.5 mm by default). */
    NOSE,
    /** The cheeks (maximum 2.0 mm by default). */
    CHEEKS,
    /** The upper lip (maximum 0.5 mm by default). */
    UPPER_LIP,
    /** The chin and jawline (maximum 2.0 mm by default). */
    CHIN_JAW,
    /** The neck (maximum 1.0 mm by default). */
    NECK,
    /** The décolletage, the upper chest below the neck (maximum 1.0 mm by default). */
    DECOLLETAGE,
    /** The scalp, usually for hair loss (maximum 1.5 mm by default). */
    SCALP,
    /** The abdomen, a body area (maximum 2.5 mm by default). */
    ABDOMEN,
    /** The thighs, a body area (maximum 2.5 mm by default). */
    THIGHS,
    /** The buttocks, a body area (maximum 2.5 mm by default). */
    BUTTOCKS,
    /** The arms, a body area (maximum 2.5 mm by default). */
    ARMS,
    /** The back, a body area (maximum 2.5 mm by default). */
    BACK;

    /**
     * Returns whether this is a body area (below the neck and décolletage).
     *
     * @return {@code true} for {@link #ABDOMEN} and the areas after it, {@code false} for the face,
     *         neck, décolletage and scalp
     */
    public boolean isBody() {
        return compareTo(ABDOMEN) >= 0;
    }
}
