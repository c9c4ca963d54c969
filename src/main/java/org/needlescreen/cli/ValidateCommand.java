package org.needlescreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.needlescreen.RuleProblem;
import org.needlescreen.RulesLoadException;
import org.needlescreen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate DIR}: loads a rule directory and prints every problem as {@code file:line: message}. */
@Command(name = "validate", sortOptions = false,
        description = {"Load a rule directory and print every problem as file:line: message.",
                "Without DIR, checks the --rules directories (or the default rule set).",
                "Exit 0 when the rules are valid, 1 otherwise."})
final class ValidateCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The rule directory to check.")
    Path dir;

    ValidateCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        if (dir != null) {
            common.rules.add(0, dir);
        }
        Screener screener;
        try {
            screener = screener();
        } catch (RulesLoadException e) {
            StringBuilder sb = new StringBuilder();
            for (RuleProblem p : e.problems()) {
                sb.append(locate(p, directories())).append('\n');
            }
            print(sb.toString());
            error(e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + " found");
            trace(e);
            return ExitCode.RULES;
        }
        print("valid: " + screener.ruleSet().ruleCount() + " rules in " + screener.ruleSet().name() + " "
                + screener.ruleSet().version() + "\n");
        return ExitCode.OK;
    }

    private List<Path> directories() {
        List<Path> dirs = new ArrayList<>(common.rules);
        dirs.addAll(common.addRules);
        return dirs;
    }

    /**
     * The problem as {@code file:line: message}, with the file given as a path from the current
     * directory when it can be found under one of the rule directories.
     */
    static String locate(RuleProblem p, List<Path> dirs) {
        if (!p.file().isEmpty() && !Path.of(p.file()).isAbsolute()) {
            for (Path d : dirs) {
                Path f = d.resolve(p.file());
                if (Files.isRegularFile(f)) {
                    return new RuleProblem(f.normalize().toString(), p.line(), p.rule(), p.message()).toString();
                }
            }
        }
        return p.toString();
    }
}
