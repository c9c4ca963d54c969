package org.needlescreen.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.needlescreen.Screener;
import org.needlescreen.internal.Display;
import org.needlescreen.internal.RuleSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code needlescreen} command-line tool.
 *
 * <pre>
 * java -jar target/needlescreen-cli.jar screen examples/client.json --format text
 * java -jar target/needlescreen-cli.jar batch examples/clients.jsonl --out results.jsonl
 * java -jar target/needlescreen-cli.jar validate rules/
 * java -jar target/needlescreen-cli.jar test my-clinic/
 * java -jar target/needlescreen-cli.jar diff corpus.jsonl --to-add-rules my-clinic/
 * java -jar target/needlescreen-cli.jar rules
 * java -jar target/needlescreen-cli.jar questions
 * </pre>
 *
 * <p>{@link #run(String[], InputStream, PrintStream, PrintStream)} runs a command line against
 * given streams and returns the exit code without exiting, for tests and for embedding;
 * {@link #main(String[])} runs it against the process's streams and exits. Exit codes are in
 * {@link ExitCode}.
 */
@Command(name = "needlescreen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Screen clients for microneedling against the NeedleScreen rules.",
                "A screening aid, not a diagnosis: when in doubt, see a dermatologist."},
        subcommands = {ScreenCommand.class, BatchCommand.class, ValidateCommand.class, TestCommand.class,
                DiffCommand.class, RulesCommand.class, QuestionsCommand.class, PolicyCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Every command takes --verbose, and all but diff take --rules DIR, --add-rules DIR and --policy FILE",
                "(diff takes --from-rules, --to-rules, ... instead).",
                "Exit codes: 0 done (any decision), 1 rules failed to load or are invalid,",
                "2 invalid input, unreadable file or usage error, 3 internal failure (no result),",
                "4 (test) a scenario failed, a rule fired in no scenario, or there is no scenario."})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private Main() {
    }

    /**
     * Runs the tool on the process's streams and exits with its exit code.
     *
     * @param args the command line: a command and its options and parameters
     */
    public static void main(String[] args) {
        if (Arrays.stream(args).noneMatch(a -> a.equals("-v") || a.equals("--verbose"))) {
            // No logging backend ships in the CLI jar; keep SLF4J's "no providers" notice off stderr.
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Loading the rules overlaps parsing the command line and reading the input.
        DefaultRulesPrefetch prefetch = DefaultRulesPrefetch.start(args, Screener::withDefaultRules);
        System.exit(run(args, new Context(System.in, System.out, System.err, System.console() != null, prefetch)));
    }

    /**
     * Runs one command line without exiting. Progress is never shown (as if no terminal were attached).
     *
     * @param args the command line: a command and its options and parameters
     * @param in   the standard input, read by commands given {@code -} as their input file
     * @param out  where results and usage help are written
     * @param err  where error messages are written
     * @return the exit code (see {@link ExitCode})
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        return run(args, new Context(in, out, err, interactive));
    }

    static int run(String[] args, Context ctx) {
        PrintStream out = ctx.out();
        PrintStream err = ctx.err();
        CommandLine cl = new CommandLine(new Main(), new Factory(ctx));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter w = c.getErr();
            w.println(c.getCommandSpec().qualifiedName() + ": " + Display.visible(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, w);
            w.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            w.flush();
            return ExitCode.INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            // The commands map their own failures; this is a last resort.
            PrintWriter w = c.getErr();
            w.println(c.getCommandSpec().qualifiedName() + ": internal error (" + ex.getClass().getName()
                    + "), no result was produced");
            w.flush();
            return ExitCode.INTERNAL;
        });
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return code;
    }

    /** Without a command: print the usage and fail. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INPUT;
    }

    /** Creates the commands with the {@link Context}. */
    private static final class Factory implements CommandLine.IFactory {
        private final Context ctx;

        Factory(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (BaseCommand.class.isAssignableFrom(cls)) {
                Constructor<K> c = cls.getDeclaredConstructor(Context.class);
                c.setAccessible(true);
                return c.newInstance(ctx);
            }
            if (cls == Main.class) {
                return cls.cast(new Main());
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** The version the build wrote into the jar, and the default rule set's. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String rules;
            try {
                RuleSource d = RuleSource.defaultRules();
                rules = d.name() + " " + d.version();
            } catch (RuntimeException e) {
                rules = "missing";
            }
            return new String[] {"needlescreen " + RuleSource.buildVersion() + " (default rules " + rules + ")"};
        }
    }
}
