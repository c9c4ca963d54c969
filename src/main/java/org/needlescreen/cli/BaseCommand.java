package org.needlescreen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.needlescreen.Policy;
import org.needlescreen.RuleProblem;
import org.needlescreen.RulesLoadException;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningException;
import org.needlescreen.internal.Display;
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

    /** Builds the screener from {@code --rules}, {@code --add-rules} and {@code --policy}. */
    Screener screener() {
        Screener.Builder b = Screener.builder();
        for (Path dir : common.rules) {
            Inputs.requireDirectory(dir, "rule directory");
            b.rulesFrom(dir);
        }
        for (Path dir : common.addRules) {
            Inputs.requireDirectory(dir, "rule directory");
            b.addRules(dir);
        }
        // The --policy file may override the rule directories' own keys (policy.json) too.
        return b.policy(policy(b.policyWithDeclarations(Policy.defaults()))).build();
    }

    /** The default policy with the {@code --policy} file's overrides, if any. */
    Policy policy() {
        return policy(Policy.defaults());
    }

    /** {@code base} with the {@code --policy} file's overrides, if any. */
    Policy policy(Policy base) {
        if (common.policy == null) {
            return base;
        }
        Inputs.requireReadableFile(common.policy, "policy file");
        try {
            return PolicyJson.read(common.policy, base);
        } catch (IOException e) {
            throw Inputs.unreadable("policy file " + common.policy, e);
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
