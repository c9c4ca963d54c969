package org.needlescreen.json;

import org.needlescreen.json.CatalogueJson.Question;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;
import org.needlescreen.RuleDescription;
import org.needlescreen.RuleSetInfo;
import org.needlescreen.internal.ProfileFields;

/**
 * The rule catalogue and the questionnaire derived from it, as data and as deterministic JSON.
 *
 * <p>The questionnaire lists every answer of the profile: the field, its allowed values, whether it
 * is required, and the plain-language question to ask the client, in profile order. The question
 * and whether it is required come from the rule set's question rules ({@code @asks}); a field no
 * question rule asks about (in the default rules: the recent procedures and the treatment
 * concerns) is listed as optional with a built-in question and no rule id, so that a form built
 * from the questionnaire never leaves it out.
 */
final class CatalogueJsonCodec {

    private CatalogueJsonCodec() {
    }

    /** Questions for the fields that no question rule of the default rule set asks about. */
    private static final Map<String, String> BUILT_IN = Map.of(
            "recentProcedures", "Have you had a procedure on the area to be treated in the last year"
                    + " (chemical peel, laser, filler, neurotoxin, surgery, radiotherapy)? Which, and when?",
            "treatment.concerns", "What would you like to treat (texture, pores, fine lines, wrinkles, scars,"
                    + " stretch marks, dark marks, sun damage, loose skin, hair loss)?");

    /**
     * The questionnaire of a rule catalogue: one entry per profile field, in profile order. Where
     * several rules ask the same field, the answer is required if any of them requires it, and
     * the question is a required rule's (else the first rule's).
     */
    static List<Question> questionnaire(List<RuleDescription> rules, List<org.needlescreen.CustomAnswer> custom) {
        List<Question> out = new ArrayList<>(questionnaire(rules));
        for (org.needlescreen.CustomAnswer a : custom) {
            out.add(Question.builder().field("custom." + a.name()).required(a.required()).question(a.question())
                    .allowed(a.allowedValues()).build());
        }
        return out;
    }

    /** The questionnaire of a rule set without custom answers. */
    static List<Question> questionnaire(List<RuleDescription> rules) {
        Map<String, List<RuleDescription>> byField = new LinkedHashMap<>();
        for (RuleDescription r : rules) {
            if (r.isQuestion()) {
                byField.computeIfAbsent(r.asks(), k -> new ArrayList<>()).add(r);
            }
        }
        List<String> order = ProfileFields.all();
        List<Question> out = new ArrayList<>();
        for (Map.Entry<String, List<RuleDescription>> e : byField.entrySet()) {
            List<RuleDescription> askers = e.getValue();
            boolean required = askers.stream().anyMatch(RuleDescription::required);
            RuleDescription main = askers.stream().filter(r -> r.required() == required).findFirst().orElseThrow();
            out.add(Question.builder().field(e.getKey()).required(required).question(main.question())
                    .allowed(ProfileFields.allowed(e.getKey()).orElse(List.of()))
                    .ruleIds(askers.stream().map(RuleDescription::ruleId).sorted().toList()).build());
        }
        for (String field : order) {
            if (!byField.containsKey(field)) {
                out.add(Question.builder().field(field)
                        .question(BUILT_IN.getOrDefault(field, "What is the client's " + field + "?"))
                        .allowed(ProfileFields.allowed(field).orElse(List.of())).build());
            }
        }
        out.sort(Comparator.comparingInt((Question q) -> order.indexOf(q.field()) < 0 ? Integer.MAX_VALUE
                : order.indexOf(q.field())).thenComparing(Question::field));
        return out;
    }

    /**
     * The catalogue as indented JSON: {@code {"ruleSet": {...}, "rules": [...]}}, rules in file and
     * line order.
     */
    static String writeRules(RuleSetInfo info, List<RuleDescription> rules) {
        return JsonSupport.write(true, g -> {
            g.writeStartObject();
            ruleSet(g, info);
            g.writeArrayFieldStart("rules");
            for (RuleDescription r : rules) {
                g.writeStartObject();
                g.writeStringField("ruleId", r.ruleId());
                g.writeStringField("name", r.name());
                if (r.isQuestion()) {
                    g.writeStringField("asks", r.asks());
                    g.writeBooleanField("required", r.required());
                    g.writeStringField("question", r.question());
                } else {
                    g.writeStringField("decision", r.decision().name());
                }
                g.writeStringField("summary", r.summary());
                ResultJsonCodec.strings(g, "sources", r.sources());
                ResultJsonCodec.strings(g, "policyKeys", r.policyKeys());
                if (r.rationale() != null) {
                    g.writeStringField("rationale", r.rationale());
                }
                g.writeStringField("file", r.file());
                g.writeNumberField("line", r.line());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The questionnaire as indented JSON: {@code {"ruleSet": {...}, "questions": [...]}}. */
    static String writeQuestions(RuleSetInfo info, List<Question> questions) {
        return JsonSupport.write(true, g -> {
            g.writeStartObject();
            ruleSet(g, info);
            g.writeArrayFieldStart("questions");
            for (Question q : questions) {
                g.writeStartObject();
                g.writeStringField("field", q.field());
                g.writeBooleanField("required", q.required());
                g.writeStringField("question", q.question());
                ResultJsonCodec.strings(g, "allowed", q.allowed());
                ResultJsonCodec.strings(g, "ruleIds", q.ruleIds());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void ruleSet(JsonGenerator g, RuleSetInfo info) throws IOException {
        g.writeObjectFieldStart("ruleSet");
        g.writeStringField("name", info.name());
        g.writeStringField("version", info.version());
        g.writeStringField("fingerprint", info.fingerprint());
        g.writeNumberField("ruleCount", info.ruleCount());
        g.writeEndObject();
    }
}
