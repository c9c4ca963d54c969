package org.needlescreen.cli;

import org.needlescreen.Policy;
import org.needlescreen.json.PolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code policy}: prints the policy values in effect, with their units and provenance. */
@Command(name = "policy", sortOptions = false,
        description = {"Print the policy values the rules read: key, value, unit and provenance.",
                "With --policy FILE, after its overrides. These keys are what a --policy file may set."})
final class PolicyCommand extends BaseCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    PolicyCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        Policy policy = policy();
        if (format == Format.json) {
            print(PolicyJson.write(policy) + "\n");
            return ExitCode.OK;
        }
        int width = policy.values().stream().mapToInt(v -> v.key().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (Policy.Value v : policy.values()) {
            sb.append(String.format("%-" + width + "s  %6s %-6s  %s%n", v.key(), v.display(), v.unit(), v.provenance())
                    .replace(System.lineSeparator(), "\n"));
        }
        print(sb.toString());
        return ExitCode.OK;
    }
}
