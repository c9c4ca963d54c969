package org.needlescreen.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.needlescreen.Screener;

/**
 * Builds the default screener on a thread of its own from the moment the process starts, for a
 * command line that will need it ({@code screen} or {@code batch} without {@code --rules},
 * {@code --add-rules} or {@code --policy}): loading the rules then overlaps parsing the command
 * line and reading the input, which on a cold JVM take about as long. The command takes the
 * screener with {@link #get()}, which waits for it; a failure to build is thrown there, as building
 * in place would have thrown it. Nothing else changes: the same rules, the same messages, the same
 * exit codes.
 */
final class DefaultRulesPrefetch {

    /** The commands that screen with the rules their options name. */
    private static final Set<String> SCREENING = Set.of("screen", "batch");

    /** Options that change which rules or policy a screener is built from. */
    private static final List<String> RULE_OPTIONS = List.of("--rules", "--add-rules", "--policy");

    private final FutureTask<Screener> task;

    private DefaultRulesPrefetch(Supplier<Screener> build) {
        task = new FutureTask<>(build::get);
        Thread t = new Thread(task, "needlescreen-rules");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts building the default screener when {@code args} is a command line that will use it.
     *
     * @param args  the command line
     * @param build what builds it ({@link Screener#withDefaultRules()} in production)
     * @return the prefetch, or {@code null} when the command line names other rules or does not screen
     */
    static DefaultRulesPrefetch start(String[] args, Supplier<Screener> build) {
        return usesDefaultRules(args) ? new DefaultRulesPrefetch(build) : null;
    }

    /**
     * Whether the command is {@code screen} or {@code batch} (the first argument that is not an
     * option) and no argument names rules, a policy or help.
     */
    static boolean usesDefaultRules(String[] args) {
        String command = null;
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals("-h") || a.equals("--help")) {
                return false;
            }
            for (String option : RULE_OPTIONS) {
                if (a.equals(option) || a.startsWith(option + "=")) {
                    return false;
                }
            }
            if (command == null && !a.startsWith("-")) {
                command = a;
            }
        }
        return command != null && SCREENING.contains(command);
    }

    /**
     * The screener, once built.
     *
     * @return the default screener
     * @throws RuntimeException what building it threw (a {@link org.needlescreen.RulesLoadException}...)
     * @throws Error            what building it threw
     */
    Screener get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the build is short: finish waiting, keep the interrupt
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("building the default rules failed", cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
