package org.needlescreen.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.needlescreen.CustomAnswer;
import org.needlescreen.MissingAnswer;
import org.needlescreen.model.Answer;
import org.needlescreen.model.CustomAnswers;
import org.needlescreen.model.InvalidProfileException;

/**
 * Checks a profile's custom answers against the rule set's declarations, as strictly as the
 * built-in answers: an undeclared name or a wrong value is invalid input naming
 * {@code custom.<name>}.
 */
public final class CustomAnswerCheck {

    /** The rule id that missing custom answers carry: they come from answers.json, not from a rule. */
    public static final String RULE_ID = "CUSTOM-ANSWERS";

    private CustomAnswerCheck() {
    }

    /**
     * The checked answers: each raw value converted to what rules read ({@link
     * org.needlescreen.model.Answer}, a CHOICE string, a {@link Double} or a {@link LocalDate}),
     * unknown answers left out.
     *
     * @param raw      the profile's custom answers by name, as given
     * @param declared the declared answers by name
     * @return the answers as rules read them
     * @throws InvalidProfileException naming {@code custom.<name>} and the value
     */
    public static CustomAnswers check(Map<String, Object> raw, Map<String, CustomAnswer> declared) {
        if (raw.isEmpty()) {
            return CustomAnswers.of(Map.of());
        }
        Map<String, Object> out = new HashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            String name = e.getKey();
            CustomAnswer spec = declared.get(name);
            String field = "custom." + name;
            if (spec == null) {
                throw new InvalidProfileException(field, e.getValue() == null ? null : String.valueOf(e.getValue()),
                        declared.isEmpty() ? "no custom answer is declared by this rule set"
                                : "not declared by this rule set's answers.json (declared: "
                                + String.join(", ", new java.util.TreeSet<>(declared.keySet())) + ")");
            }
            Object v = value(field, spec, e.getValue());
            if (v != null) {
                out.put(name, v);
            }
        }
        return CustomAnswers.of(out);
    }

    private static Object value(String field, CustomAnswer spec, Object raw) {
        if (raw == null || raw == Answer.UNKNOWN || "UNKNOWN".equals(raw)) {
            return null;
        }
        switch (spec.type()) {
            case YES_NO -> {
                if (raw instanceof Answer a) {
                    return a;
                }
                if ("YES".equals(raw)) {
                    return Answer.YES;
                }
                if ("NO".equals(raw)) {
                    return Answer.NO;
                }
            }
            case CHOICE -> {
                if (raw instanceof String s && spec.values().contains(s)) {
                    return s;
                }
            }
            case NUMBER -> {
                if (raw instanceof Number n) {
                    BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
                    boolean ok = (!spec.whole() || d.stripTrailingZeros().scale() <= 0)
                            && (spec.min() == null || d.compareTo(BigDecimal.valueOf(spec.min())) >= 0)
                            && (spec.max() == null || d.compareTo(BigDecimal.valueOf(spec.max())) <= 0)
                            && Double.isFinite(d.doubleValue());
                    if (ok) {
                        return d.doubleValue();
                    }
                }
            }
            case DATE -> {
                if (raw instanceof LocalDate d) {
                    return d;
                }
                if (raw instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        return LocalDate.parse(s);
                    } catch (DateTimeParseException ignored) {
                        // falls through to the error
                    }
                }
            }
            default -> throw new IllegalStateException("unknown type " + spec.type());
        }
        throw new InvalidProfileException(field, raw, spec.allowed());
    }

    /**
     * The missing answer each declared answer is reported as when unknown: built once per screener,
     * not per screening.
     *
     * @param declared the declared answers, in declaration order
     * @return one missing answer per declared answer, field {@code custom.<name>} and rule id
     *         {@value #RULE_ID}, in the same order
     */
    public static List<MissingAnswer> asMissing(List<CustomAnswer> declared) {
        return declared.stream().map(a -> MissingAnswer.builder().field("custom." + a.name()).required(a.required())
                .question(a.question()).ruleId(RULE_ID).allowed(a.allowedValues()).build()).toList();
    }

    /**
     * The declared answers a profile leaves unknown (required ones make it INCOMPLETE).
     *
     * @param answers the profile's checked custom answers
     * @param asked   {@link #asMissing(List)} of the declared answers
     * @return those of {@code asked} whose answer is unknown; empty when none is declared or all
     *         are known
     */
    public static List<MissingAnswer> unknown(CustomAnswers answers, List<MissingAnswer> asked) {
        if (asked.isEmpty()) {
            return List.of();
        }
        List<MissingAnswer> out = new ArrayList<>(asked.size());
        for (MissingAnswer a : asked) {
            if (answers.unknown(a.field().substring("custom.".length()))) {
                out.add(a);
            }
        }
        return out;
    }
}
