package org.needlescreen.model;

/** Where the treatment is done. An unknown setting is screened as {@link #HOME}, the stricter reading. */
public enum Setting {
    /** Self-treatment at home, held to the home depth limit (0.3 mm by default) and surface concerns. */
    HOME,
    /** Treatment by a professional in a clinic. */
    PROFESSIONAL
}
