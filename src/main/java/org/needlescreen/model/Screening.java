package org.needlescreen.model;

import java.time.LocalDate;

/**
 * The screening in progress, as rules see it: one fact per screening, through which a rule's
 * consequence reports what it found. The rule's id, decision and sources come from its metadata;
 * the consequence supplies only the plain-language message (and a re-screen date for a temporary
 * reason).
 *
 * <pre>
 * rule "Rosacea"
 *     &#64;ruleId("ROSACEA") &#64;decision("NOT_SUITABLE") &#64;sources("003_2814ce3b0d65104f.txt")
 * when
 *     ClientProfile( rosacea == Answer.YES )
 *     $s : Screening()
 * then
 *     $s.finding("Rosacea: microneedling can worsen it.");
 * end
 * </pre>
 *
 * <p>A rule with {@code @decision} must call {@code finding} each time it fires; a rule with
 * {@code @asks} must call {@link #ask()}; anything else fails the screening (fail closed).
 * Embedders never create or see this type; the screener does.
 */
public abstract class Screening {

    /** For the engine only. */
    protected Screening() {
    }

    /** The screening date the rules must use (never the system clock). */
    public abstract LocalDate screenedOn();

    /** Reports the firing rule's finding with a plain-language message. */
    public abstract void finding(String message);

    /**
     * Reports the firing rule's finding for a temporary reason that no longer applies from
     * {@code rescreenOn} onward.
     */
    public abstract void finding(String message, LocalDate rescreenOn);

    /** Reports that the answer named by the firing rule's {@code @asks} is unknown. */
    public abstract void ask();
}
