package org.needlescreen.cli;

import java.util.List;

import org.needlescreen.RuleDescription;
import org.needlescreen.RuleSetInfo;
import org.needlescreen.Screener;
import org.needlescreen.json.CatalogueJson;
import org.needlescreen.text.ResultText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules}: prints the rule catalogue. */
@Command(name = "rules", sortOptions = false,
        description = "Print the rule catalogue: every rule's id, decision (or the answer it asks for), summary, "
                + "sources, policy values and location.")
final class RulesCommand extends BaseCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    RulesCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        Screener screener = screener();
        RuleSetInfo info = screener.ruleSet();
        List<RuleDescription> rules = screener.rules();
        print(format == Format.json ? CatalogueJson.writeRules(info, rules) + "\n" : text(info, rules));
        return ExitCode.OK;
    }

    static String text(RuleSetInfo info, List<RuleDescription> rules) {
        long questions = rules.stream().filter(RuleDescription::isQuestion).count();
        StringBuilder sb = new StringBuilder();
        sb.append(info.name()).append(' ').append(info.version()).append(": ").append(rules.size()).append(" rules (")
                .append(rules.size() - questions).append(" findings, ").append(questions).append(" questions)\n");
        sb.append("fingerprint ").append(info.fingerprint()).append('\n');
        for (RuleDescription r : rules) {
            sb.append('\n').append(r.ruleId()).append("  ");
            if (r.isQuestion()) {
                sb.append("asks ").append(r.asks()).append(r.required() ? " (required)" : " (optional)");
            } else {
                sb.append(r.decision());
            }
            sb.append("  [").append(r.file()).append(':').append(r.line()).append("]\n");
            ResultText.wrap(sb, r.summary(), "  ", "  ");
            if (r.isQuestion()) {
                ResultText.wrap(sb, "Question: " + r.question(), "  ", "    ");
            }
            ResultText.wrap(sb, "Sources: " + String.join(", ", r.sources()), "  ", "    ");
            if (!r.policyKeys().isEmpty()) {
                ResultText.wrap(sb, "Policy: " + String.join(", ", r.policyKeys()), "  ", "    ");
            }
            if (r.rationale() != null) {
                ResultText.wrap(sb, "Rationale: " + r.rationale(), "  ", "    ");
            }
        }
        return sb.toString();
    }
}
