package org.needlescreen.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A procedure done on the area to be treated.
 *
 * @param type the procedure
 * @param date when it was done (for a topical retinoid or acid, the last application); never after
 *             the screening date; {@code null} when the client does not know, which the rules ask about
 */
public record RecentProcedure(ProcedureType type, LocalDate date) {

    /**
     * Checks that the type is given.
     *
     * @param type the procedure
     * @param date when it was done (for a topical retinoid or acid, the last application); never after
     *             the screening date; {@code null} when the client does not know, which the rules ask about
     * @throws InvalidProfileException naming {@code recentProcedures.type} when {@code type} is
     *                                 {@code null}
     */
    public RecentProcedure {
        if (type == null) {
            throw new InvalidProfileException("recentProcedures.type", null,
                    "required, one of " + java.util.Arrays.toString(ProcedureType.values()));
        }
    }

    /**
     * A procedure, for callers who prefer a factory to the constructor.
     *
     * @param type the procedure
     * @param date when it was done; {@code null} when the client does not know
     * @return the procedure
     * @throws NullPointerException when {@code type} is {@code null}
     */
    public static RecentProcedure of(ProcedureType type, LocalDate date) {
        return new RecentProcedure(Objects.requireNonNull(type, "type"), date);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "RecentProcedure[values redacted]";
    }
}
