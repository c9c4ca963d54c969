package org.needlescreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.needlescreen.RuleDescription;
import org.needlescreen.Screener;
import org.needlescreen.scenario.Coverage;
import org.needlescreen.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code test DIR}: runs the scenario files under {@code DIR/scenarios/} against the default rules
 * plus {@code DIR}, prints one line per scenario, then the rules of {@code DIR} that no scenario fired.
 */
@Command(name = "test", sortOptions = false,
        description = {"Run the scenario files under DIR/scenarios/ (every *.json file, sub-folders included)",
                "against the default rule set plus the rules in DIR (with --rules: the --rules directories",
                "plus DIR; 'test --rules DIR DIR' tests DIR alone). Prints PASS name or FAIL name: what differed",
                "for each scenario, then UNFIRED for each rule of DIR that fired in no scenario.",
                "Exit 0 when every scenario passed and every rule of DIR fired; 4 when a scenario failed,",
                "a rule of DIR fired in no scenario or there is no scenario; 1 when the rules fail to load;",
                "3 when a screening failed internally."})
final class TestCommand extends BaseCommand {

    /** Where the scenario files live inside the tested rule directory. */
    static final String SCENARIOS = "scenarios";

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The rule directory: its DRL files, and its scenario files under DIR/scenarios/.")
    Path dir;

    TestCommand(Context ctx) {
        super(ctx);
    }

    @Override
    void notices() {
        super.notices();
        replacesTheDefaultRules(dir);
    }

    @Override
    int execute() {
        Inputs.requireDirectory(dir, "rule directory");
        Screener screener = screenerWith(dir);
        Path folder = dir.resolve(SCENARIOS);
        if (!Files.isDirectory(folder)) {
            error("no scenario folder " + folder + ": write one scenario file (*.json) per case there");
            return ExitCode.TESTS;
        }
        ScenarioRunner.Report report;
        try {
            report = ScenarioRunner.run(screener, folder, Coverage.rulesFrom(dir));
        } catch (IllegalStateException e) {
            error(e.getMessage() + ": write one scenario file per case there");
            return ExitCode.TESTS;
        }
        StringBuilder sb = new StringBuilder();
        long internal = 0;
        for (ScenarioRunner.Result r : report.results()) {
            sb.append(r.passed() ? "PASS " + r.name() : "FAIL " + r.name() + ": " + r.failure()).append('\n');
            if (r.internalFailure()) {
                internal++;
                trace(r.error());
            }
        }
        for (RuleDescription rule : report.unfired()) {
            sb.append("UNFIRED ").append(rule.ruleId()).append(" at ").append(dir.resolve(rule.file()).normalize())
                    .append(':').append(rule.line()).append('\n');
        }
        int scenarios = report.results().size();
        int failed = report.failed().size();
        int rules = report.counted().size();
        int unfired = report.unfired().size();
        sb.append(plural(scenarios, "scenario")).append(": ").append(scenarios - failed).append(" passed, ")
                .append(failed).append(" failed; ").append(plural(rules, "rule")).append(" in ").append(dir)
                .append(": ").append(rules - unfired).append(" fired, ").append(unfired).append(" fired in no scenario\n");
        print(sb.toString());
        if (report.passed()) {
            return ExitCode.OK;
        }
        error((failed > 0 ? plural(failed, "scenario") + " failed" : "")
                + (failed > 0 && unfired > 0 ? ", " : "")
                + (unfired > 0 ? plural(unfired, "rule") + " of " + dir + " fired in no scenario (add a scenario for each)"
                : ""));
        return internal > 0 ? ExitCode.INTERNAL : ExitCode.TESTS;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
