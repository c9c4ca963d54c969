package org.needlescreen.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

import org.needlescreen.Policy;
import org.needlescreen.ScreeningException;

/**
 * The functions a rule may call: the loader imports them into every rule file, so a rule writes
 * {@code finding("...")}, never a type name. A rule reports through {@link #finding(String)},
 * {@link #finding(String, LocalDate)} or {@link #ask()}; it reads the screening date through
 * {@link #screeningDate()} and the thresholds through {@link #policy()}. The rest format messages.
 *
 * <p>The functions act on the screening running on the calling thread, which the engine binds for
 * the duration of {@code fireAllRules}; called at any other time they throw. Not for embedders.
 */
public final class RuleFunctions {

    /** The names the loader imports, in the order it imports them. */
    static final String[] NAMES = {"finding", "ask", "policy", "screeningDate", "words", "mm", "num"};

    private static final ThreadLocal<Engine.Recorder> CURRENT = new ThreadLocal<>();

    private RuleFunctions() {
    }

    static void bind(Engine.Recorder recorder) {
        CURRENT.set(recorder);
    }

    static void unbind() {
        CURRENT.remove();
    }

    private static Engine.Recorder current() {
        Engine.Recorder r = CURRENT.get();
        if (r == null) {
            throw new ScreeningException("a rule function was called outside a screening", null, null);
        }
        return r;
    }

    /**
     * Reports the firing rule's finding with a plain-language message.
     *
     * @param message the message for the client or clinician; not blank
     * @throws ScreeningException when called outside a rule consequence; a blank message or a rule
     *                            with {@code @asks} fails the screening once the rules have run
     */
    public static void finding(String message) {
        current().finding(message, null);
    }

    /**
     * Reports the firing rule's finding for a temporary reason that no longer applies from
     * {@code rescreenOn} onward ({@code null}: no date can be given).
     *
     * @param message    the message for the client or clinician; not blank
     * @param rescreenOn the first date the reason no longer applies; only a NOT_SUITABLE rule may
     *                   give one
     * @throws ScreeningException when called outside a rule consequence; a blank message, a rule
     *                            with {@code @asks} or a date from a rule that is not NOT_SUITABLE
     *                            fails the screening once the rules have run
     */
    public static void finding(String message, LocalDate rescreenOn) {
        current().finding(message, rescreenOn);
    }

    /**
     * Reports that the answer named by the firing rule's {@code @asks} is unknown.
     *
     * @throws ScreeningException when called outside a rule consequence; a rule with
     *                            {@code @decision} fails the screening once the rules have run
     */
    public static void ask() {
        current().ask();
    }

    /**
     * The thresholds of this screening.
     *
     * @return the screener's policy, with any values the rule directories declare
     * @throws ScreeningException when called outside a screening
     */
    public static Policy policy() {
        return current().policy();
    }

    /**
     * The screening date: the date every time window is measured from (never the system clock).
     *
     * @return the profile's {@code screenedOn}, or the screener's today when it had none
     * @throws ScreeningException when called outside a screening
     */
    public static LocalDate screeningDate() {
        return current().screenedOn();
    }

    /**
     * An enum constant as lower-case words: {@code ACNE_SCARS} becomes "acne scars".
     *
     * @param value the constant
     * @return its name in lower case, underscores as spaces
     */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Enum constants as a list in words: "acne scars, stretch marks and wrinkles".
     *
     * @param values the constants, in the order to list them
     * @return the words joined by commas and a final "and"; empty for no constants
     */
    public static String words(Collection<? extends Enum<?>> values) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = values.size();
        for (Iterator<? extends Enum<?>> it = values.iterator(); it.hasNext(); i++) {
            if (i > 0) {
                sb.append(i == n - 1 ? " and " : ", ");
            }
            sb.append(words(it.next()));
        }
        return sb.toString();
    }

    /**
     * A number without a trailing ".0": 70, 0.5 (for policy values in messages).
     *
     * @param value the number
     * @return the number as text
     */
    public static String num(double value) {
        return GuidanceWriter.fmt(value);
    }

    /**
     * A length in millimetres without a trailing ".0": 0.3, 1, 1.5.
     *
     * @param value the length in mm
     * @return the number as text, without the unit
     */
    public static String mm(double value) {
        return GuidanceWriter.fmt(value);
    }
}
