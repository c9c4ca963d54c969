package org.needlescreen.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The answers to a rule directory's own questions ({@code answers.json}), as rules read them. The
 * engine inserts one per screening, checked against the declarations: a YES_NO answer is an
 * {@link Answer}, a CHOICE a string, a NUMBER a {@link Double}, a DATE a {@link LocalDate}; an
 * unknown answer is absent.
 *
 * <pre>
 * rule "Tattoo in the area"
 *     ...
 * when
 *     CustomAnswers( yes("tattooInArea") )
 * then
 *     finding("A tattoo in the area: work around it.");
 * end
 * </pre>
 *
 * <p>Every name a rule passes must be declared in an {@code answers.json}; the loader rejects any
 * other at its file and line.
 */
public final class CustomAnswers {

    private static final CustomAnswers NONE = new CustomAnswers(Map.of());

    private final Map<String, Object> values;

    private CustomAnswers(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * For the engine: checked values by name, unknown answers left out.
     *
     * @param checked the answers by declared name, already checked against their declarations
     *                ({@link Answer}, {@link String}, {@link Double} or {@link LocalDate}); copied
     * @return the answers as rules read them
     * @throws NullPointerException when {@code checked} holds a {@code null} key or value
     */
    public static CustomAnswers of(Map<String, Object> checked) {
        return checked.isEmpty() ? NONE : new CustomAnswers(Map.copyOf(checked));
    }

    /**
     * Whether a YES_NO answer is YES.
     *
     * @param name the answer's declared name
     * @return {@code true} only when the answer is known and {@link Answer#YES}
     */
    public boolean yes(String name) {
        return values.get(name) == Answer.YES;
    }

    /**
     * Whether a YES_NO answer is NO.
     *
     * @param name the answer's declared name
     * @return {@code true} only when the answer is known and {@link Answer#NO}; an unknown answer
     *         is never "no"
     */
    public boolean no(String name) {
        return values.get(name) == Answer.NO;
    }

    /**
     * Whether an answer is unknown (not given, {@code null} or {@code UNKNOWN}).
     *
     * @param name the answer's declared name
     * @return {@code true} when the answer is unknown
     */
    public boolean unknown(String name) {
        return !values.containsKey(name);
    }

    /**
     * Whether an answer is known, of any kind.
     *
     * @param name the answer's declared name
     * @return {@code true} when the answer is known; the opposite of {@link #unknown(String)}
     */
    public boolean known(String name) {
        return values.containsKey(name);
    }

    /**
     * Whether a CHOICE answer is the given value.
     *
     * @param name  the answer's declared name
     * @param value one of the declared values, compared exactly (case-sensitive)
     * @return {@code true} when the answer is known and equals {@code value}; {@code false} for a
     *         {@code null} value
     */
    public boolean is(String name, String value) {
        return value != null && value.equals(values.get(name));
    }

    /**
     * A NUMBER answer.
     *
     * @param name the answer's declared name
     * @return the number, or {@code null} when unknown (or when the answer is not a NUMBER)
     */
    public Double number(String name) {
        return values.get(name) instanceof Double d ? d : null;
    }

    /**
     * A DATE answer.
     *
     * @param name the answer's declared name
     * @return the date, or {@code null} when unknown (or when the answer is not a DATE)
     */
    public LocalDate date(String name) {
        return values.get(name) instanceof LocalDate d ? d : null;
    }

    /** Names the type and a count only: client data never reaches logs through toString. */
    @Override
    public String toString() {
        return "CustomAnswers[" + values.size() + " known, values redacted]";
    }
}
