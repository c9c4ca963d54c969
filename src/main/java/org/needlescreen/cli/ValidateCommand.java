package org.needlescreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.needlescreen.RuleDescription;
import org.needlescreen.RuleProblem;
import org.needlescreen.RulesLoadException;
import org.needlescreen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code validate DIR}: loads a rule directory together with the default rule set (or the
 * {@code --rules} directories) and prints every problem as {@code file:line: message}.
 */
@Command(name = "validate", sortOptions = false,
        description = {"Load a rule directory together with the default rule set and print every problem as",
                "file:line: message. With --rules, DIR is checked with the --rules directories instead of",
                "the default set (--rules DIR alone checks DIR alone). Without DIR, checks the --rules",
                "directories (or the default rule set). Exit 0 when the rules are valid, 1 otherwise."})
final class ValidateCommand extends BaseCommand {

    /** A location inside a problem's message: {@code at clinic/x.drl:5}. */
    private static final Pattern AT_FILE = Pattern.compile("\\bat (\\S+\\.drl):(\\d+)");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The rule directory to check.")
    Path dir;

    ValidateCommand(Context ctx) {
        super(ctx);
    }

    @Override
    void notices() {
        super.notices();
        replacesTheDefaultRules(dir);
    }

    @Override
    int execute() {
        Screener screener;
        boolean defaults = dir == null ? common.rules.isEmpty() : withDefaultRules(dir);
        try {
            screener = dir == null ? screener() : screenerWith(dir);
        } catch (RulesLoadException e) {
            Set<String> defaultFiles = defaults ? defaultRuleFiles() : Set.of();
            StringBuilder sb = new StringBuilder();
            for (RuleProblem p : e.problems()) {
                sb.append(locate(p, directories(), defaultFiles)).append('\n');
            }
            print(sb.toString());
            error(e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + " found");
            trace(e);
            return ExitCode.RULES;
        }
        int all = screener.ruleSet().ruleCount();
        if (dir == null) {
            print("valid: " + TestCommand.plural(all, "rule") + " in " + screener.ruleSet().name() + " "
                    + screener.ruleSet().version() + "\n");
            return ExitCode.OK;
        }
        Set<String> own = ruleFiles(dir);
        long mine = screener.rules().stream().map(RuleDescription::file).filter(own::contains).count();
        print("valid: " + TestCommand.plural(mine, "rule") + " in " + dir
                + (defaults ? " (checked with the default rules: " + all + " rules in all)"
                        : mine == all ? "" : " (" + all + " rules in all)") + "\n");
        return ExitCode.OK;
    }

    private List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        if (dir != null) {
            dirs.add(dir);
        }
        dirs.addAll(common.rules);
        dirs.addAll(common.addRules);
        return dirs;
    }

    /** As {@link #locate(RuleProblem, List, Set)} without the default rule set. */
    static String locate(RuleProblem p, List<Path> dirs) {
        return locate(p, dirs, Set.of());
    }

    /**
     * The problem as {@code file:line: message}, with the file given as a path from the current
     * directory when it can be found under one of the rule directories, and a file of the default
     * rule set (inside the jar) marked as such, in the message too ("also used by rule "Mild acne" at
     * needlescreen/skin/skin.drl:20 in the default rule set").
     */
    static String locate(RuleProblem p, List<Path> dirs, Set<String> defaultFiles) {
        Matcher m = AT_FILE.matcher(p.message());
        StringBuilder message = new StringBuilder();
        while (m.find()) {
            String other = openable(m.group(1), dirs);
            String shown = other != null ? "at " + other + ":" + m.group(2)
                    : defaultFiles.contains(m.group(1)) ? m.group(0) + " in the default rule set" : m.group(0);
            m.appendReplacement(message, Matcher.quoteReplacement(shown));
        }
        m.appendTail(message);
        String file = openable(p.file(), dirs);
        if (file == null) {
            file = defaultFiles.contains(p.file()) ? "default rule set: " + p.file() : p.file();
        }
        return RuleProblem.of(file, p.line(), p.rule(), message.toString()).toString();
    }

    /** {@code file} as a path from the current directory, when it is under one of {@code dirs}; else null. */
    private static String openable(String file, List<Path> dirs) {
        if (!file.isEmpty() && !Path.of(file).isAbsolute()) {
            for (Path d : dirs) {
                Path f = d.resolve(file);
                if (Files.isRegularFile(f)) {
                    return f.normalize().toString();
                }
            }
        }
        return null;
    }
}
