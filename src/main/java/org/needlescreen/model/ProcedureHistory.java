package org.needlescreen.model;

import java.time.LocalDate;

/**
 * What the profile says about one type of procedure on the area: the fact rules match for recent
 * procedures. The engine inserts one per type listed in {@code recentProcedures}, so a rule fires
 * once per type, from its latest date.
 *
 * @param type       the procedure
 * @param latestDate the latest known date of this type; {@code null} when no entry of it is dated
 * @param undated    whether some entry of this type has no date (its timing is then unknown)
 */
public record ProcedureHistory(ProcedureType type, LocalDate latestDate, boolean undated) {

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "ProcedureHistory[values redacted]";
    }
}
