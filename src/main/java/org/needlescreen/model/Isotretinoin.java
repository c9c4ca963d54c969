package org.needlescreen.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Oral isotretinoin use. A {@code null} status is unknown. STOPPED without a {@code lastDose}
 * leaves the timing unknown, which the rules treat as a question to ask, never as "long ago".
 *
 * <p>Made with {@link #never()}, {@link #current()}, {@link #stopped(LocalDate)} or
 * {@link #of(IsotretinoinStatus, LocalDate)}; there is no public constructor. Two values are equal
 * when their status and last dose are equal.
 */
public final class Isotretinoin {

    private final IsotretinoinStatus status;
    private final LocalDate lastDose;

    private Isotretinoin(IsotretinoinStatus status, LocalDate lastDose) {
        if (lastDose != null && status == IsotretinoinStatus.NEVER) {
            throw new InvalidProfileException("isotretinoin.lastDose", lastDose,
                    "a last dose cannot be given when status is NEVER");
        }
        this.status = status;
        this.lastDose = lastDose;
    }

    /**
     * Any status with any last dose, as read from a form: either may be unknown.
     *
     * @param status   NEVER, CURRENT or STOPPED; {@code null} when unknown
     * @param lastDose the date of the last dose, meaningful with STOPPED; {@code null} when unknown
     * @return the use
     * @throws InvalidProfileException when a {@code lastDose} is given with status NEVER
     */
    public static Isotretinoin of(IsotretinoinStatus status, LocalDate lastDose) {
        return new Isotretinoin(status, lastDose);
    }

    /**
     * Never taken.
     *
     * @return status NEVER, no last dose
     */
    public static Isotretinoin never() {
        return new Isotretinoin(IsotretinoinStatus.NEVER, null);
    }

    /**
     * Taking it now.
     *
     * @return status CURRENT, no last dose
     */
    public static Isotretinoin current() {
        return new Isotretinoin(IsotretinoinStatus.CURRENT, null);
    }

    /**
     * Stopped, last dose on the given date.
     *
     * @param lastDose the date of the last dose; {@code null} when the client does not know when
     *                 (the timing is then unknown, and the rules ask)
     * @return status STOPPED with that last dose
     */
    public static Isotretinoin stopped(LocalDate lastDose) {
        return new Isotretinoin(IsotretinoinStatus.STOPPED, lastDose);
    }

    /**
     * Whether the client takes it now, has stopped or never took it.
     *
     * @return NEVER, CURRENT or STOPPED; {@code null} when unknown
     */
    public IsotretinoinStatus status() {
        return status;
    }

    /**
     * The date of the last dose, meaningful with STOPPED.
     *
     * @return the date; {@code null} when unknown (or not given)
     */
    public LocalDate lastDose() {
        return lastDose;
    }

    /**
     * Returns whether the rules can tell if a washout still applies.
     *
     * @return {@code false} when the status is unknown, or STOPPED without a last dose
     */
    public boolean isTimingKnown() {
        return status != null && (status != IsotretinoinStatus.STOPPED || lastDose != null);
    }

    /**
     * Compares the status and the last dose, as a record would.
     *
     * @param obj the object to compare with
     * @return {@code true} when {@code obj} has the same status and last dose
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof Isotretinoin o && status == o.status
                && Objects.equals(lastDose, o.lastDose);
    }

    /**
     * A hash of the status and the last dose, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(status, lastDose);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "Isotretinoin[values redacted]";
    }
}
