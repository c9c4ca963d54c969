package org.needlescreen.text;

import java.util.List;

import org.needlescreen.Finding;
import org.needlescreen.Guidance;
import org.needlescreen.MissingAnswer;
import org.needlescreen.ScreeningResult;
import org.needlescreen.internal.Display;

/**
 * Renders a {@link ScreeningResult} for a person: the decision, each finding with its sources and
 * re-screen date, the questions still to ask, the guidance, and which rule set decided. Plain text,
 * wrapped at {@value #WIDTH} columns, {@code "\n"} line ends, deterministic. Needs no JSON library.
 * Control and invisible characters (in the client reference, say) are shown as
 * <code>&#92;u200c</code>-style escapes, never written raw to the terminal.
 */
public final class ResultText {

    /** The column at which text is wrapped. */
    public static final int WIDTH = 100;

    private ResultText() {
    }

    /**
     * The result as text, ending with a line break.
     *
     * @param r the result
     * @return the report: the decision, findings, questions to ask, guidance and rule set, wrapped at
     *         {@value #WIDTH} columns, invisible characters escaped
     */
    public static String render(ScreeningResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Decision: ").append(r.decision()).append('\n');
        sb.append(describe(r)).append('\n');
        StringBuilder about = new StringBuilder();
        if (r.clientRef() != null) {
            about.append("Client ").append(Display.visible(r.clientRef())).append(", screened on ");
        } else {
            about.append("Screened on ");
        }
        about.append(r.screenedOn()).append('.');
        r.rescreenOn().ifPresent(d -> about.append(" Screen again from ").append(d).append('.'));
        wrap(sb, about.toString(), "", "");

        sb.append('\n');
        if (r.findings().isEmpty()) {
            sb.append("Findings: none\n");
        } else {
            sb.append("Findings (").append(r.findings().size()).append(")\n");
            int i = 1;
            for (Finding f : r.findings()) {
                String head = i++ + ". ";
                sb.append("  ").append(head).append(f.decision()).append("  ").append(f.ruleId()).append('\n');
                String indent = "  " + " ".repeat(head.length());
                wrap(sb, f.message(), indent, indent);
                wrap(sb, "Sources: " + String.join(", ", f.sources()), indent, indent + "  ");
                if (f.rescreenOn() != null) {
                    sb.append(indent).append("Screen again from: ").append(f.rescreenOn()).append('\n');
                }
            }
        }

        sb.append('\n');
        if (r.missingAnswers().isEmpty()) {
            sb.append("Questions to ask: none\n");
        } else {
            sb.append("Questions to ask (").append(r.missingAnswers().size()).append(")\n");
            for (MissingAnswer m : r.missingAnswers()) {
                wrap(sb, m.question(), "  - ", "    ");
                String answers = m.allowed().isEmpty() ? "" : "; answers: " + String.join(", ", m.allowed());
                wrap(sb, "[" + m.field() + ", " + (m.required() ? "required" : "optional") + answers + "]",
                        "    ", "      ");
            }
        }

        Guidance g = r.guidance();
        sb.append('\n').append("Guidance\n");
        if (!g.depths().isEmpty()) {
            sb.append("  Needle depth\n");
            for (Guidance.DepthAdvice d : g.depths()) {
                String range = d.minMm() == d.maxMm() ? mm(d.minMm()) : mm(d.minMm()) + "-" + mm(d.maxMm());
                wrap(sb, d.concern() + ": " + range + " mm (" + d.note() + ") " + cite(d.sources()),
                        "    - ", "      ");
            }
        }
        advice(sb, "Course", g.course());
        advice(sb, "Session", List.of(g.sessionLength()));
        advice(sb, "Preparation", g.preparation());
        advice(sb, "Aftercare", g.aftercare());
        advice(sb, "Home use", g.homeCare());
        advice(sb, "Please note", List.of(g.seeDermatologist()));

        sb.append('\n');
        sb.append("Rule set: ").append(r.ruleSet().name()).append(' ').append(r.ruleSet().version()).append('\n');
        sb.append("Fingerprint: ").append(r.ruleSet().fingerprint()).append('\n');
        // Nothing in the report may hide from or rewrite the terminal: controls and invisible
        // characters (say in a custom rule's message) are shown as escapes.
        return Display.visibleLines(sb.toString());
    }

    /** One line saying what the decision means. */
    static String describe(ScreeningResult r) {
        return switch (r.decision()) {
            case SUITABLE -> "No reason found not to proceed as requested.";
            case CAUTION -> "May proceed as requested, with the precautions below.";
            case PROFESSIONAL_ONLY -> "Not at home; acceptable in a professional setting.";
            case REFER -> "See a dermatologist or the prescribing physician before any microneedling.";
            case INCOMPLETE -> "A required answer is unknown: ask the questions below, then screen again.";
            case NOT_SUITABLE -> "Do not treat as requested.";
        };
    }

    private static void advice(StringBuilder sb, String title, List<Guidance.Advice> list) {
        if (list.isEmpty()) {
            return;
        }
        sb.append("  ").append(title).append('\n');
        for (Guidance.Advice a : list) {
            wrap(sb, a.text() + " " + cite(a.sources()), "    - ", "      ");
        }
    }

    private static String cite(List<String> sources) {
        return sources.isEmpty() ? "" : "[" + String.join("; ", sources) + "]";
    }

    private static String mm(double v) {
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%.1f", v) : Double.toString(v);
    }

    /**
     * Appends {@code text} word-wrapped at {@link #WIDTH}: the first line after {@code first}, the
     * others after {@code rest}. A word longer than a line is left whole.
     *
     * @param sb    where to append the lines, each ending with a line break
     * @param text  the text; runs of white space become single spaces
     * @param first the prefix of the first line, e.g. an indented bullet {@code "  - "}
     * @param rest  the prefix of the following lines, usually spaces as wide as {@code first}
     */
    public static void wrap(StringBuilder sb, String text, String first, String rest) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                sb.append(prefix).append(line).append('\n');
                line.setLength(0);
                prefix = rest;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(prefix).append(line).append('\n');
    }
}
