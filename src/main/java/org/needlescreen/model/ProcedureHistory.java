package org.needlescreen.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the profile says about one type of procedure on the area: the fact rules match for recent
 * procedures. The engine inserts one per type listed in {@code recentProcedures}, so a rule fires
 * once per type, from its latest date. Made by the engine only, through
 * {@link #of(ProcedureType, LocalDate, boolean)}; there is no public constructor. Two histories are
 * equal when every value is equal.
 */
public final class ProcedureHistory {

    private final ProcedureType type;
    private final LocalDate latestDate;
    private final boolean undated;

    private ProcedureHistory(ProcedureType type, LocalDate latestDate, boolean undated) {
        this.type = type;
        this.latestDate = latestDate;
        this.undated = undated;
    }

    /**
     * For the engine: the history of one procedure type. Embedders never need one; rules match
     * those the engine inserts.
     *
     * @param type       the procedure
     * @param latestDate the latest known date of this type; {@code null} when no entry of it is dated
     * @param undated    whether some entry of this type has no date
     * @return the history
     */
    public static ProcedureHistory of(ProcedureType type, LocalDate latestDate, boolean undated) {
        return new ProcedureHistory(type, latestDate, undated);
    }

    /**
     * The procedure.
     *
     * @return the type
     */
    public ProcedureType type() {
        return type;
    }

    /**
     * The latest known date of this type.
     *
     * @return the date; {@code null} when no entry of it is dated
     */
    public LocalDate latestDate() {
        return latestDate;
    }

    /**
     * Whether some entry of this type has no date (its timing is then unknown).
     *
     * @return {@code true} when an entry of this type is undated
     */
    public boolean undated() {
        return undated;
    }

    /**
     * Compares every value, as a record would.
     *
     * @param obj the object to compare with
     * @return {@code true} when {@code obj} is a history with equal values
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof ProcedureHistory o && type == o.type
                && Objects.equals(latestDate, o.latestDate) && undated == o.undated;
    }

    /**
     * A hash of every value, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, latestDate, undated);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "ProcedureHistory[values redacted]";
    }
}
