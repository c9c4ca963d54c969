package org.needlescreen.model;

/** The area to be treated. */
public enum Area {
    FOREHEAD, PERIORBITAL, NOSE, CHEEKS, UPPER_LIP, CHIN_JAW, NECK, DECOLLETAGE, SCALP,
    ABDOMEN, THIGHS, BUTTOCKS, ARMS, BACK;

    /** Returns whether this is a body area (below the neck and décolletage). */
    public boolean isBody() {
        return compareTo(ABDOMEN) >= 0;
    }
}
