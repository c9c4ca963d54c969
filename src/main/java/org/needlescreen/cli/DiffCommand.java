package org.needlescreen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.needlescreen.Decision;
import org.needlescreen.RuleProblem;
import org.needlescreen.RuleSetInfo;
import org.needlescreen.RulesLoadException;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningException;
import org.needlescreen.ScreeningResult;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.InvalidProfileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff CORPUS.jsonl}: screens every profile of a corpus under two configurations (rules and
 * policy, "from" and "to") and reports each profile whose decision, fired rules or re-screen date
 * changed, then a matrix of from-decision by to-decision counts. How a rule author sees the impact
 * of a change before publishing it.
 */
@Command(name = "diff", sortOptions = false,
        description = {"Screen every profile of a JSON Lines corpus under two configurations, 'from' and 'to'",
                "(each the default rules and policy unless --from-*/--to-* options say otherwise), and print",
                "each profile whose decision, fired rule ids or re-screen date changed, then a matrix of",
                "from-decision x to-decision counts. Invalid lines are reported and counted, not fatal.",
                "Exit 0 when every line was screened under both (changed or not); 2 when any line was",
                "invalid; 3 when a screening failed internally; 1 when either rule set fails to load."})
final class DiffCommand extends BaseCommand {

    private static final List<Decision> DECISIONS = List.of(Decision.values());

    @Parameters(index = "0", paramLabel = "CORPUS|-",
            description = "The profiles, one JSON object per line (as for batch): a file, or - for standard input.")
    String input;

    @Option(names = "--from-rules", paramLabel = "DIR",
            description = "'from' uses the rules in DIR instead of the default rule set. Repeatable.")
    List<Path> fromRules = new ArrayList<>();

    @Option(names = "--from-add-rules", paramLabel = "DIR",
            description = "'from' adds the rules in DIR to the default rule set. Repeatable.")
    List<Path> fromAddRules = new ArrayList<>();

    @Option(names = "--from-policy", paramLabel = "FILE", description = "'from' overrides policy values from FILE.")
    Path fromPolicy;

    @Option(names = "--to-rules", paramLabel = "DIR",
            description = "'to' uses the rules in DIR instead of the default rule set. Repeatable.")
    List<Path> toRules = new ArrayList<>();

    @Option(names = "--to-add-rules", paramLabel = "DIR",
            description = "'to' adds the rules in DIR to the default rule set. Repeatable.")
    List<Path> toAddRules = new ArrayList<>();

    @Option(names = "--to-policy", paramLabel = "FILE", description = "'to' overrides policy values from FILE.")
    Path toPolicy;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default): one line per change, then the matrix; json: one JSON document.")
    Format format;

    DiffCommand(Context ctx) {
        super(ctx);
    }

    /** A profile whose screening changed. */
    record Change(long line, String clientRef, Decision from, Decision to, Optional<LocalDate> fromRescreen,
                  Optional<LocalDate> toRescreen, List<String> added, List<String> removed) {
    }

    /** A line that could not be screened under both configurations. */
    record Failure(long line, String clientRef, String error, String field, String side) {
        boolean internal() {
            return side != null;
        }
    }

    @Override
    void notices() {
        // The common options have no meaning here; the sides' notices follow the option check.
    }

    @Override
    int execute() {
        if (!common.rules.isEmpty() || !common.addRules.isEmpty() || common.policy != null) {
            throw new CliException(ExitCode.INPUT, "diff compares two configurations: use --from-rules, "
                    + "--from-add-rules, --from-policy and --to-rules, --to-add-rules, --to-policy, "
                    + "not --rules, --add-rules or --policy");
        }
        if (!fromRules.isEmpty()) {
            notice("the 'from' rules do not include the default rule set: --from-rules replaces it");
        }
        if (!toRules.isEmpty()) {
            notice("the 'to' rules do not include the default rule set: --to-rules replaces it");
        }
        InputStream in = Inputs.open(input, ctx.in());
        try {
            // One clock for both: a profile without screenedOn is screened on the same day by each.
            Clock clock = Clock.fixed(Clock.systemDefaultZone().instant(), Clock.systemDefaultZone().getZone());
            Screener from = side("from", fromRules, fromAddRules, fromPolicy, clock);
            Screener to = side("to", toRules, toAddRules, toPolicy, clock);
            if (from.ruleSet().fingerprint().equals(to.ruleSet().fingerprint())) {
                notice("'from' and 'to' have the same rules and policy (fingerprint "
                        + from.ruleSet().fingerprint().substring(0, 12) + "): nothing can change");
            }
            return run(in, from, to);
        } catch (SideFailed e) {
            error("the '" + e.side + "' rule set failed to load (" + e.cause.problems().size() + " problem"
                    + (e.cause.problems().size() == 1 ? "" : "s") + "):");
            List<Path> dirs = new ArrayList<>(e.side.equals("from") ? fromRules : toRules);
            dirs.addAll(e.side.equals("from") ? fromAddRules : toAddRules);
            for (RuleProblem p : e.cause.problems()) {
                ctx.err().println("  " + ValidateCommand.locate(p, dirs));
            }
            trace(e.cause);
            return ExitCode.RULES;
        } finally {
            if (in != ctx.in()) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read to the end already; nothing lost
                }
            }
        }
    }

    private static final class SideFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String side;
        final transient RulesLoadException cause;

        SideFailed(String side, RulesLoadException cause) {
            super(side, cause, false, false);
            this.side = side;
            this.cause = cause;
        }
    }

    private Screener side(String side, List<Path> rules, List<Path> addRules, Path policy, Clock clock) {
        try {
            return builder(rules, addRules, policy, null).clock(clock).build();
        } catch (RulesLoadException e) {
            throw new SideFailed(side, e);
        }
    }

    private int run(InputStream in, Screener from, Screener to) {
        long[][] matrix = new long[DECISIONS.size()][DECISIONS.size()];
        BatchRunner.LineNumbers invalid = new BatchRunner.LineNumbers();
        BatchRunner.LineNumbers internal = new BatchRunner.LineNumbers();
        Throwable firstInternal = null;
        long lines = 0;
        long screened = 0;
        long changed = 0;
        Report report = format == Format.json ? new JsonReport() : new TextReport();
        report.start(from.ruleSet(), to.ruleSet());
        LineReader reader = new LineReader(in, BatchCommand.DEFAULT_MAX_LINE_BYTES, null);
        try {
            LineReader.Line line;
            while ((line = reader.next()) != null) {
                lines++;
                long no = line.number();
                if (line.tooLong()) {
                    invalid.add(no);
                    report.failure(new Failure(no, null, "line too long: " + line.length() + " bytes, the limit is "
                            + BatchCommand.DEFAULT_MAX_LINE_BYTES, "$", null));
                    continue;
                }
                ClientProfile profile;
                try {
                    profile = ProfileJson.read(BatchRunner.decode(line.bytes(), no == 1));
                } catch (BatchRunner.Malformed e) {
                    invalid.add(no);
                    report.failure(new Failure(no, null, "not valid UTF-8 (byte offset " + e.offset + ")", "$", null));
                    continue;
                } catch (InvalidProfileException e) {
                    invalid.add(no);
                    report.failure(new Failure(no, null, e.getMessage(), e.field(), null));
                    continue;
                }
                String side = "from";
                ScreeningResult a;
                ScreeningResult b;
                try {
                    a = from.screen(profile);
                    side = "to";
                    b = to.screen(profile);
                } catch (InvalidProfileException e) {
                    invalid.add(no);
                    report.failure(new Failure(no, profile.clientRef(), e.getMessage(), e.field(), null));
                    continue;
                } catch (ScreeningException e) {
                    internal.add(no);
                    firstInternal = firstInternal == null ? e : firstInternal;
                    report.failure(new Failure(no, profile.clientRef(), "internal failure ("
                            + (e.ruleId() == null ? "no rule identified" : "rule " + e.ruleId())
                            + "), no result for this line", null, side));
                    continue;
                } catch (RuntimeException | StackOverflowError e) {
                    internal.add(no);
                    firstInternal = firstInternal == null ? e : firstInternal;
                    report.failure(new Failure(no, profile.clientRef(), "internal failure (" + e.getClass().getName()
                            + "), no result for this line", null, side));
                    continue;
                }
                screened++;
                matrix[a.decision().ordinal()][b.decision().ordinal()]++;
                List<String> before = a.firedRuleIds();
                List<String> after = b.firedRuleIds();
                if (a.decision() != b.decision() || !before.equals(after) || !a.rescreenOn().equals(b.rescreenOn())) {
                    changed++;
                    report.change(new Change(no, profile.clientRef(), a.decision(), b.decision(), a.rescreenOn(),
                            b.rescreenOn(), after.stream().filter(id -> !before.contains(id)).toList(),
                            before.stream().filter(id -> !after.contains(id)).toList()));
                }
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "diff stopped: " + Inputs.reason(e), e);
        }
        report.end(lines, screened, changed, invalid.count(), internal.count(), matrix);
        if (invalid.count() > 0) {
            error(invalid.count() + " of " + lines + " line" + (lines == 1 ? "" : "s") + " invalid (" + invalid
                    + "); see the report");
        }
        if (internal.count() > 0) {
            error("internal failure on " + internal + "; every other line is in the report");
            trace(firstInternal);
            return ExitCode.INTERNAL;
        }
        return invalid.count() > 0 ? ExitCode.INPUT : ExitCode.OK;
    }

    /** Where the findings go: text as it comes, or one JSON document at the end. */
    private interface Report {
        void start(RuleSetInfo from, RuleSetInfo to);

        void change(Change c);

        void failure(Failure f);

        void end(long lines, long screened, long changed, long invalid, long internal, long[][] matrix);
    }

    private final class TextReport implements Report {
        private final StringBuilder sb = new StringBuilder();

        private void flushIfLarge() {
            if (sb.length() > 1 << 16) {
                print(sb.toString());
                sb.setLength(0);
            }
        }

        @Override
        public void start(RuleSetInfo from, RuleSetInfo to) {
            sb.append("from: ").append(describe(from)).append('\n');
            sb.append("to:   ").append(describe(to)).append('\n');
        }

        private String describe(RuleSetInfo r) {
            return r.name() + " " + r.version() + " (" + r.ruleCount() + " rules, fingerprint "
                    + r.fingerprint().substring(0, 12) + ")";
        }

        private void head(long line, String clientRef) {
            sb.append("line ").append(line);
            if (clientRef != null) {
                sb.append(" (").append(clientRef).append(')');
            }
            sb.append(": ");
        }

        @Override
        public void change(Change c) {
            head(c.line(), c.clientRef());
            sb.append(c.from()).append(" -> ").append(c.to());
            if (!c.added().isEmpty()) {
                sb.append("; added ").append(String.join(", ", c.added()));
            }
            if (!c.removed().isEmpty()) {
                sb.append("; removed ").append(String.join(", ", c.removed()));
            }
            if (!c.fromRescreen().equals(c.toRescreen())) {
                sb.append("; re-screen ").append(c.fromRescreen().map(LocalDate::toString).orElse("none")).append(" -> ")
                        .append(c.toRescreen().map(LocalDate::toString).orElse("none"));
            }
            sb.append('\n');
            flushIfLarge();
        }

        @Override
        public void failure(Failure f) {
            head(f.line(), f.clientRef());
            sb.append(f.internal() ? "with the '" + f.side() + "' rules: " + f.error() : "invalid: " + f.error()).append('\n');
            flushIfLarge();
        }

        @Override
        public void end(long lines, long screened, long changed, long invalid, long internal, long[][] matrix) {
            sb.append('\n').append(lines).append(" line").append(lines == 1 ? "" : "s").append(": ").append(screened)
                    .append(" screened, ").append(changed).append(" changed, ").append(invalid).append(" invalid, ")
                    .append(internal).append(" internal failure").append(internal == 1 ? "" : "s").append('\n');
            sb.append("Decisions, from (rows) to (columns):\n");
            String corner = "from \\ to";
            int first = corner.length();
            for (Decision d : DECISIONS) {
                first = Math.max(first, d.name().length());
            }
            sb.append(pad(corner, first, false));
            for (Decision d : DECISIONS) {
                sb.append("  ").append(d.name());
            }
            sb.append('\n');
            for (Decision row : DECISIONS) {
                sb.append(pad(row.name(), first, false));
                for (Decision col : DECISIONS) {
                    sb.append("  ").append(pad(Long.toString(matrix[row.ordinal()][col.ordinal()]), col.name().length(), true));
                }
                sb.append('\n');
            }
            print(sb.toString());
            sb.setLength(0);
        }

        private String pad(String s, int width, boolean right) {
            String spaces = " ".repeat(Math.max(0, width - s.length()));
            return right ? spaces + s : s + spaces;
        }
    }

    private final class JsonReport implements Report {
        private final StringWriter out = new StringWriter();
        private final JsonGenerator g;
        private final List<Change> changes = new ArrayList<>();
        private final List<Failure> failures = new ArrayList<>();
        private RuleSetInfo from;
        private RuleSetInfo to;

        JsonReport() {
            try {
                g = new JsonFactory().createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("")
                            .withObjectEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
        }

        @Override
        public void start(RuleSetInfo from, RuleSetInfo to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void change(Change c) {
            changes.add(c);
        }

        @Override
        public void failure(Failure f) {
            failures.add(f);
        }

        @Override
        public void end(long lines, long screened, long changed, long invalid, long internal, long[][] matrix) {
            try {
                g.writeStartObject();
                ruleSet("from", from);
                ruleSet("to", to);
                g.writeNumberField("lines", lines);
                g.writeNumberField("screened", screened);
                g.writeNumberField("changed", changed);
                g.writeArrayFieldStart("changes");
                for (Change c : changes) {
                    g.writeStartObject();
                    g.writeNumberField("line", c.line());
                    if (c.clientRef() != null) {
                        g.writeStringField("clientRef", c.clientRef());
                    }
                    side("from", c.from(), c.fromRescreen());
                    side("to", c.to(), c.toRescreen());
                    strings("added", c.added());
                    strings("removed", c.removed());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("invalid");
                for (Failure f : failures) {
                    if (!f.internal()) {
                        g.writeStartObject();
                        g.writeNumberField("line", f.line());
                        g.writeStringField("error", f.error());
                        g.writeStringField("field", f.field());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("internal");
                for (Failure f : failures) {
                    if (f.internal()) {
                        g.writeStartObject();
                        g.writeNumberField("line", f.line());
                        if (f.clientRef() != null) {
                            g.writeStringField("clientRef", f.clientRef());
                        }
                        g.writeStringField("side", f.side());
                        g.writeStringField("error", f.error());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeObjectFieldStart("matrix");
                for (Decision row : DECISIONS) {
                    g.writeObjectFieldStart(row.name());
                    for (Decision col : DECISIONS) {
                        g.writeNumberField(col.name(), matrix[row.ordinal()][col.ordinal()]);
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
                g.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            print(out + "\n");
        }

        private void ruleSet(String name, RuleSetInfo r) throws IOException {
            g.writeObjectFieldStart(name);
            g.writeStringField("name", r.name());
            g.writeStringField("version", r.version());
            g.writeNumberField("ruleCount", r.ruleCount());
            g.writeStringField("fingerprint", r.fingerprint());
            g.writeEndObject();
        }

        private void side(String name, Decision d, Optional<LocalDate> rescreen) throws IOException {
            g.writeObjectFieldStart(name);
            g.writeStringField("decision", d.name());
            if (rescreen.isPresent()) {
                g.writeStringField("rescreenOn", rescreen.get().toString());
            }
            g.writeEndObject();
        }

        private void strings(String name, List<String> values) throws IOException {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }
}
