package org.needlescreen.model;

import java.time.LocalDate;

/**
 * Oral isotretinoin use. A {@code null} status is unknown. STOPPED without a {@code lastDose}
 * leaves the timing unknown, which the rules treat as a question to ask, never as "long ago".
 *
 * @param status   NEVER, CURRENT or STOPPED; {@code null} when unknown
 * @param lastDose the date of the last dose, meaningful with STOPPED; {@code null} when unknown
 */
public record Isotretinoin(IsotretinoinStatus status, LocalDate lastDose) {

    /**
     * Validates the combination.
     *
     * @param status   NEVER, CURRENT or STOPPED; {@code null} when unknown
     * @param lastDose the date of the last dose, meaningful with STOPPED; {@code null} when unknown
     * @throws InvalidProfileException when a {@code lastDose} is given with status NEVER
     */
    public Isotretinoin {
        if (lastDose != null && status == IsotretinoinStatus.NEVER) {
            throw new InvalidProfileException("isotretinoin.lastDose", lastDose,
                    "a last dose cannot be given when status is NEVER");
        }
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
     * Returns whether the rules can tell if a washout still applies.
     *
     * @return {@code false} when the status is unknown, or STOPPED without a last dose
     */
    public boolean isTimingKnown() {
        return status != null && (status != IsotretinoinStatus.STOPPED || lastDose != null);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "Isotretinoin[values redacted]";
    }
}
