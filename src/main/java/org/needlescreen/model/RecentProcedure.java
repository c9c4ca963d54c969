package org.needlescreen.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A procedure done on the area to be treated. Made with {@link #of(ProcedureType, LocalDate)} or
 * {@link ClientProfile.Builder#recentProcedure(ProcedureType, LocalDate)}; there is no public
 * constructor. Two procedures are equal when their type and date are equal.
 */
public final class RecentProcedure {

    private final ProcedureType type;
    private final LocalDate date;

    /**
     * Checks that the type is given: throws {@link InvalidProfileException} naming
     * {@code recentProcedures.type} when {@code type} is {@code null}.
     */
    RecentProcedure(ProcedureType type, LocalDate date) {
        if (type == null) {
            throw new InvalidProfileException("recentProcedures.type", null,
                    "required, one of " + java.util.Arrays.toString(ProcedureType.values()));
        }
        this.type = type;
        this.date = date;
    }

    /**
     * A procedure.
     *
     * @param type the procedure
     * @param date when it was done (for a topical retinoid or acid, the last application); never
     *             after the screening date; {@code null} when the client does not know
     * @return the procedure
     * @throws NullPointerException when {@code type} is {@code null}
     */
    public static RecentProcedure of(ProcedureType type, LocalDate date) {
        return new RecentProcedure(Objects.requireNonNull(type, "type"), date);
    }

    /**
     * The procedure.
     *
     * @return the type, never {@code null}
     */
    public ProcedureType type() {
        return type;
    }

    /**
     * When it was done (for a topical retinoid or acid, the last application); never after the
     * screening date.
     *
     * @return the date; {@code null} when the client does not know, which the rules ask about
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Compares the type and the date, as a record would.
     *
     * @param obj the object to compare with
     * @return {@code true} when {@code obj} is a procedure of the same type on the same date
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof RecentProcedure o && type == o.type
                && Objects.equals(date, o.date);
    }

    /**
     * A hash of the type and the date, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, date);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "RecentProcedure[values redacted]";
    }
}
