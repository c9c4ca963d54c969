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

    /** For the engine: checked values by name, unknown answers left out. */
    public static CustomAnswers of(Map<String, Object> checked) {
        return checked.isEmpty() ? NONE : new CustomAnswers(Map.copyOf(checked));
    }

    /** Whether a YES_NO answer is YES. */
    public boolean yes(String name) {
        return values.get(name) == Answer.YES;
    }

    /** Whether a YES_NO answer is NO. */
    public boolean no(String name) {
        return values.get(name) == Answer.NO;
    }

    /** Whether an answer is unknown. */
    public boolean unknown(String name) {
        return !values.containsKey(name);
    }

    /** Whether an answer is known. */
    public boolean known(String name) {
        return values.containsKey(name);
    }

    /** Whether a CHOICE answer is the given value. */
    public boolean is(String name, String value) {
        return value != null && value.equals(values.get(name));
    }

    /** A NUMBER answer, or {@code null} when unknown. */
    public Double number(String name) {
        return values.get(name) instanceof Double d ? d : null;
    }

    /** A DATE answer, or {@code null} when unknown. */
    public LocalDate date(String name) {
        return values.get(name) instanceof LocalDate d ? d : null;
    }

    /** Names the type and a count only: client data never reaches logs through toString. */
    @Override
    public String toString() {
        return "CustomAnswers[" + values.size() + " known, values redacted]";
    }
}
