package org.needlescreen;

import java.util.List;
import java.util.Objects;

/**
 * A question a rule directory adds to the profile, declared in its {@code answers.json}:
 *
 * <pre>{@code
 * {"tattooInArea": {"type": "YES_NO", "required": false,
 *                   "question": "Is there a tattoo or permanent make-up on the area?"}}
 * }</pre>
 *
 * <p>Profiles carry the answers under {@code "custom"} ({@code ClientProfile.builder().custom(name,
 * value)}); rules read them through the {@code CustomAnswers} fact, e.g.
 * {@code CustomAnswers( yes("tattooInArea") )}. An unknown required answer makes the result
 * INCOMPLETE with its question; an unknown optional one is listed as worth asking.
 *
 * @param name     the answer's name, a Java-style identifier that shadows no built-in answer
 * @param type     what the answer holds
 * @param required whether an unknown answer makes the result INCOMPLETE
 * @param question the question to ask the client
 * @param values   for {@link Type#CHOICE}, the allowed values (upper case); empty otherwise
 * @param min      for {@link Type#NUMBER}, the smallest allowed value, or {@code null}
 * @param max      for {@link Type#NUMBER}, the largest allowed value, or {@code null}
 * @param whole    for {@link Type#NUMBER}, whether only whole numbers are allowed
 * @param file     the {@code answers.json} that declares it, relative to its rule directory
 */
public record CustomAnswer(String name, Type type, boolean required, String question, List<String> values,
                           Double min, Double max, boolean whole, String file) {

    /** The kinds of custom answer. */
    public enum Type {
        /** Tri-state: YES, NO or UNKNOWN. */
        YES_NO,
        /** One of the declared {@code values}. */
        CHOICE,
        /** A number, optionally bounded and whole. */
        NUMBER,
        /** An ISO-8601 date, YYYY-MM-DD. */
        DATE
    }

    /**
     * Checks that the declaration is complete and copies {@code values}; the loader checks the
     * rest (name syntax, bounds) against the {@code answers.json} it reads.
     *
     * @param name     the answer's name, a Java-style identifier that shadows no built-in answer
     * @param type     what the answer holds
     * @param required whether an unknown answer makes the result INCOMPLETE
     * @param question the question to ask the client
     * @param values   for {@link Type#CHOICE}, the allowed values (upper case); empty otherwise
     * @param min      for {@link Type#NUMBER}, the smallest allowed value, or {@code null}
     * @param max      for {@link Type#NUMBER}, the largest allowed value, or {@code null}
     * @param whole    for {@link Type#NUMBER}, whether only whole numbers are allowed
     * @param file     the {@code answers.json} that declares it, relative to its rule directory
     * @throws NullPointerException when {@code name}, {@code type}, {@code question} or
     *                              {@code values} is {@code null}
     */
    public CustomAnswer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(question, "question");
        values = List.copyOf(values);
    }

    /**
     * What a value of this answer may be, in words (as error messages and questionnaires give it).
     *
     * @return e.g. {@code "YES, NO or UNKNOWN"} or {@code "a whole number from 0 to 10"}
     */
    public String allowed() {
        return switch (type) {
            case YES_NO -> "YES, NO or UNKNOWN";
            case CHOICE -> "one of " + String.join(", ", values) + " (or UNKNOWN)";
            case NUMBER -> (whole ? "a whole number" : "a number")
                    + (min != null ? " from " + Policy.format(min) : "") + (max != null ? " to " + Policy.format(max) : "");
            case DATE -> "an ISO-8601 date, YYYY-MM-DD";
        };
    }

    /**
     * The allowed values as a questionnaire or a missing answer lists them.
     *
     * @return YES, NO and UNKNOWN for a YES_NO answer, the values of a CHOICE, otherwise
     *         {@link #allowed()} in words
     */
    public List<String> allowedValues() {
        return switch (type) {
            case YES_NO -> List.of("YES", "NO", "UNKNOWN");
            case CHOICE -> values;
            default -> List.of(allowed());
        };
    }
}
