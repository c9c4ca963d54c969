package org.needlescreen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.needlescreen.Policy;
import org.needlescreen.RuleProblem;
import org.needlescreen.RulesLoadException;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningException;
import org.needlescreen.internal.Display;
import org.needlescreen.internal.RuleFile;
import org.needlescreen.internal.RuleSource;
import org.needlescreen.json.PolicyFileException;
import org.needlescreen.json.PolicyJson;
import org.needlescreen.model.InvalidProfileException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the common options, building the {@link Screener}, and turning every
 * failure into a message on stderr and an exit code. No stack trace unless {@code --verbose}.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    final Context ctx;

    BaseCommand(Context ctx) {
        this.ctx = ctx;
    }

    /** Runs the command; failures are thrown and mapped by {@link #call()}. */
    abstract int execute();

    @Override
    public final Integer call() {
        try {
            notices();
            return execute();
        } catch (CliException e) {
            error(e.getMessage());
            trace(e);
            return e.exitCode();
        } catch (InvalidProfileException e) {
            error("invalid profile: " + e.getMessage());
            trace(e);
            return ExitCode.INPUT;
        } catch (PolicyFileException e) {
            error("invalid policy: " + e.getMessage());
            trace(e);
            return ExitCode.INPUT;
        } catch (RulesLoadException e) {
            rulesFailed(e);
            trace(e);
            return ExitCode.RULES;
        } catch (ScreeningException e) {
            error("screening failed, no result was produced: " + e.getMessage());
            trace(e);
            return ExitCode.INTERNAL;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Unexpected: the message may hold anything, so name only the type unless --verbose.
            error("internal error (" + e.getClass().getName() + "), no result was produced"
                    + (common.verbose ? "" : "; run with --verbose for details"));
            trace(e);
            return ExitCode.INTERNAL;
        }
    }

    /**
     * One-line notices on stderr before the command runs: that {@code --rules} replaced the default
     * rule set, so that nobody screens without the default rules by accident.
     */
    void notices() {
        if (!common.rules.isEmpty()) {
            notice("the default rule set is not loaded: --rules replaces it (use --add-rules to add to it)");
        }
    }

    /** The notice that {@code dir}, a copy of the default rule set, is loaded in its place (see {@link #screenerWith}). */
    void replacesTheDefaultRules(Path dir) {
        if (dir != null && common.rules.isEmpty() && Files.isDirectory(dir) && holdsTheDefaultRules(dir)) {
            notice(dir + " holds the default rule set's files: it is loaded in place of the default set");
        }
    }

    /** Prints {@code needlescreen <command>: note: <message>} on stderr. */
    void notice(String message) {
        ctx.err().println(spec.qualifiedName() + ": note: " + message);
    }

    /** Builds the screener from {@code --rules}, {@code --add-rules} and {@code --policy}. */
    Screener screener() {
        if (ctx.prefetch() != null && common.rules.isEmpty() && common.addRules.isEmpty() && common.policy == null) {
            return ctx.prefetch().get(); // the default screener, built since start-up
        }
        return screener(common.rules, common.addRules, common.policy, null);
    }

    /**
     * Builds the screener for a command about one rule directory ({@code validate DIR}, {@code test DIR}):
     * the default rule set (or the {@code --rules} directories instead), the {@code --add-rules}
     * directories, and {@code dir}, loaded once even when it is also named in an option. A {@code dir}
     * that holds every file of the default rule set (a copy of it, such as this project's
     * {@code rules/}) is checked in place of the default set rather than beside it.
     */
    Screener screenerWith(Path dir) {
        return screener(common.rules, common.addRules, common.policy, dir);
    }

    /** Whether {@link #screenerWith(Path)} loads the default rule set beside {@code dir}. */
    boolean withDefaultRules(Path dir) {
        return common.rules.isEmpty() && !holdsTheDefaultRules(dir);
    }

    static Screener screener(List<Path> rules, List<Path> addRules, Path policyFile, Path dir) {
        return builder(rules, addRules, policyFile, dir).build();
    }

    /** The builder behind {@link #screener(List, List, Policy, Path)}, before {@code build()}. */
    static Screener.Builder builder(List<Path> rules, List<Path> addRules, Path policyFile, Path dir) {
        Screener.Builder b = Screener.builder();
        for (Path d : rules) {
            Inputs.requireDirectory(d, "rule directory");
            b.rulesFrom(d);
        }
        for (Path d : addRules) {
            Inputs.requireDirectory(d, "rule directory");
            b.addRules(d);
        }
        if (dir != null) {
            Inputs.requireDirectory(dir, "rule directory");
            if (ruleFiles(dir).isEmpty()) {
                // Beside the default rules an empty directory would load: name it rather than pass.
                throw new RulesLoadException(dir.toString(), List.of(RuleProblem.of("", 0, "",
                        "no .drl files found in " + dir + ": a rule directory must hold at least one rule")));
            }
            boolean named = false;
            for (Path d : rules) {
                named |= same(d, dir);
            }
            for (Path d : addRules) {
                named |= same(d, dir);
            }
            if (!named) {
                if (rules.isEmpty() && holdsTheDefaultRules(dir)) {
                    b.rulesFrom(dir);
                } else {
                    b.addRules(dir);
                }
            }
        }
        // The policy file may override the rule directories' own keys (policy.json) too.
        return b.policy(policy(policyFile, b.policyWithDeclarations(Policy.defaults())));
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Whether {@code dir} holds every DRL file of the default rule set, at the same paths. */
    static boolean holdsTheDefaultRules(Path dir) {
        try {
            return ruleFiles(dir).containsAll(defaultRuleFiles());
        } catch (RuntimeException e) {
            return false; // an unreadable directory is reported when the rules are loaded
        }
    }

    /** The paths of the DRL files in {@code dir}, as the loader names them ({@code clinic/age.drl}). */
    static Set<String> ruleFiles(Path dir) {
        return RuleSource.fromDirectory(dir).files().stream().map(RuleFile::path).collect(Collectors.toSet());
    }

    /** The paths of the default rule set's DRL files ({@code needlescreen/skin/skin.drl}, ...). */
    static Set<String> defaultRuleFiles() {
        return RuleSource.defaultRules().files().stream().map(RuleFile::path).collect(Collectors.toSet());
    }

    /**
     * The effective policy without loading any rule: the defaults, the keys the rule directories
     * declare in their {@code policy.json}, then the {@code --policy} file's overrides.
     */
    Policy policy() {
        Screener.Builder b = Screener.builder();
        common.rules.forEach(b::rulesFrom);
        common.addRules.forEach(b::addRules);
        return policy(common.policy, b.policyWithDeclarations(Policy.defaults()));
    }

    /** {@code base} with the overrides of {@code file}, if not null. */
    static Policy policy(Path file, Policy base) {
        if (file == null) {
            return base;
        }
        Inputs.requireReadableFile(file, "policy file");
        try {
            return PolicyJson.read(file, base);
        } catch (IOException e) {
            throw Inputs.unreadable("policy file " + file, e);
        }
    }

    void rulesFailed(RulesLoadException e) {
        error("the rule set failed to load (" + e.problems().size() + " problem"
                + (e.problems().size() == 1 ? "" : "s") + "):");
        for (RuleProblem p : e.problems()) {
            ctx.err().println("  " + Display.visible(p.toString()));
        }
    }

    /** Writes {@code text} to stdout as UTF-8, whatever the platform encoding. */
    void print(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ctx.out().write(bytes, 0, bytes.length);
        ctx.out().flush();
        if (ctx.out().checkError()) {
            throw new CliException(ExitCode.INPUT, "cannot write to standard output");
        }
    }

    /**
     * Prints {@code message} on stderr after the command's name. Control and invisible characters
     * (from a file name, a policy key, a rejected value) are shown as escapes, never written raw.
     */
    void error(String message) {
        ctx.err().println(spec.qualifiedName() + ": " + Display.visible(message));
    }

    void trace(Throwable t) {
        if (common.verbose) {
            t.printStackTrace(ctx.err());
        }
    }
}
