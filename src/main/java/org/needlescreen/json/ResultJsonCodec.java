package org.needlescreen.json;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import org.needlescreen.Finding;
import org.needlescreen.Guidance;
import org.needlescreen.MissingAnswer;
import org.needlescreen.ScreeningResult;
import org.needlescreen.model.InvalidProfileException;

/**
 * Writes a {@link ScreeningResult} as JSON. Deterministic: fixed field order, lists in the order
 * the result holds them (findings most restrictive first, then by rule id; missing answers required
 * first, then in profile order), numbers in a stable form, no timestamp other than
 * {@code screenedOn}. The same result always gives byte-identical text.
 *
 * <pre>{@code
 * {
 *   "decision": "NOT_SUITABLE",
 *   "rescreenOn": "2026-11-24",                       // only when every NOT_SUITABLE reason is dated
 *   "findings": [{"ruleId", "decision", "message", "sources": [...], "rescreenOn"?}],
 *   "missingAnswers": [{"field", "required", "question", "allowed": [...], "ruleId"}],
 *   "guidance": {"depths": [{"concern", "minMm", "maxMm", "note", "sources"}],
 *                "course": {"text", "sources"}, "sessionLength": {...},
 *                "preparation": [...], "aftercare": [...], "homeCare": [...],
 *                "seeDermatologist": {...}},
 *   "ruleSet": {"name", "version", "fingerprint"},
 *   "screenedOn": "2026-11-21",
 *   "clientRef": "C-1042"                              // only when the profile had one
 * }
 * }</pre>
 *
 * <p>Optional fields are left out rather than written as {@code null}. Thread-safe; requires
 * jackson-core on the class path (an optional dependency of the library).
 */
final class ResultJsonCodec {

    private ResultJsonCodec() {
    }

    /** The result as compact JSON on one line (no line break), as {@code batch} writes it. */
    static String write(ScreeningResult result) {
        return JsonSupport.write(false, g -> write(g, result, true));
    }

    /**
     * The result as compact JSON on one line; without guidance when {@code withGuidance} is false
     * ({@code batch --guidance omit}): the {@code guidance} field is then left out, everything else is
     * as in {@link #write(ScreeningResult)}.
     */
    static String write(ScreeningResult result, boolean withGuidance) {
        return JsonSupport.write(false, g -> write(g, result, withGuidance));
    }

    /** The result as indented JSON ({@code "\n"} line ends, no trailing line break), as {@code screen} prints it. */
    static String writePretty(ScreeningResult result) {
        return JsonSupport.write(true, g -> write(g, result, true));
    }

    /**
     * The line {@code batch} writes in place of an invalid profile, compact:
     * {@code {"line": N, "error": "...", "field": "..."}}, where {@code error} is the exception's
     * message (naming the field, the value and what is allowed) and {@code field} its field path
     * ({@code $} for the line as a whole).
     */
    static String writeError(long line, InvalidProfileException e) {
        return JsonSupport.write(false, g -> {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeStringField("error", e.getMessage());
            g.writeStringField("field", e.field());
            g.writeEndObject();
        });
    }

    /** Writes the result as one JSON object through a generator. */
    static void write(JsonGenerator g, ScreeningResult r) throws IOException {
        write(g, r, true);
    }

    private static void write(JsonGenerator g, ScreeningResult r, boolean withGuidance) throws IOException {
        g.writeStartObject();
        g.writeStringField("decision", r.decision().name());
        if (r.rescreenOn().isPresent()) {
            g.writeStringField("rescreenOn", r.rescreenOn().get().toString());
        }
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("decision", f.decision().name());
            g.writeStringField("message", f.message());
            strings(g, "sources", f.sources());
            if (f.rescreenOn() != null) {
                g.writeStringField("rescreenOn", f.rescreenOn().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingAnswers");
        for (MissingAnswer m : r.missingAnswers()) {
            g.writeStartObject();
            g.writeStringField("field", m.field());
            g.writeBooleanField("required", m.required());
            g.writeStringField("question", m.question());
            strings(g, "allowed", m.allowed());
            g.writeStringField("ruleId", m.ruleId());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (withGuidance) {
            g.writeFieldName("guidance");
            guidance(g, r.guidance());
        }
        g.writeObjectFieldStart("ruleSet");
        g.writeStringField("name", r.ruleSet().name());
        g.writeStringField("version", r.ruleSet().version());
        g.writeStringField("fingerprint", r.ruleSet().fingerprint());
        g.writeEndObject();
        g.writeStringField("screenedOn", r.screenedOn().toString());
        if (r.clientRef() != null) {
            g.writeStringField("clientRef", r.clientRef());
        }
        g.writeEndObject();
    }

    private static void guidance(JsonGenerator g, Guidance gd) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("depths");
        for (Guidance.DepthAdvice d : gd.depths()) {
            g.writeStartObject();
            g.writeStringField("concern", d.concern().name());
            g.writeFieldName("minMm");
            JsonSupport.number(g, d.minMm());
            g.writeFieldName("maxMm");
            JsonSupport.number(g, d.maxMm());
            g.writeStringField("note", d.note());
            strings(g, "sources", d.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        adviceList(g, "course", gd.course());
        advice(g, "sessionLength", gd.sessionLength());
        adviceList(g, "preparation", gd.preparation());
        adviceList(g, "aftercare", gd.aftercare());
        adviceList(g, "homeCare", gd.homeCare());
        advice(g, "seeDermatologist", gd.seeDermatologist());
        g.writeEndObject();
    }

    private static void advice(JsonGenerator g, String name, Guidance.Advice a) throws IOException {
        g.writeFieldName(name);
        adviceObject(g, a);
    }

    private static void adviceObject(JsonGenerator g, Guidance.Advice a) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", a.text());
        strings(g, "sources", a.sources());
        g.writeEndObject();
    }

    private static void adviceList(JsonGenerator g, String name, List<Guidance.Advice> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (Guidance.Advice a : list) {
            adviceObject(g, a);
        }
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
