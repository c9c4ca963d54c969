package org.needlescreen.cli;

import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.json.ResultJson;
import org.needlescreen.text.ResultText;
import org.needlescreen.model.ClientProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code screen FILE|-}: screens one profile and prints the result. */
@Command(name = "screen", sortOptions = false,
        description = {"Screen one client profile (JSON, see docs/cli.md) and print the result.",
                "Exit 0 for any decision; 2 for invalid input or an unreadable file; 1 when the rules fail to load;",
                "3 on an internal failure (no result)."})
final class ScreenCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The profile: a JSON file, or - for standard input.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or text (for a person: decision, findings with sources, questions, guidance).")
    Format format;

    ScreenCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        // Validate the input before loading the rules: invalid input fails fast.
        ClientProfile profile = ProfileJson.read(Inputs.readAll(input, ctx.in()));
        Screener screener = screener();
        ScreeningResult result = screener.screen(profile);
        print(format == Format.text ? ResultText.render(result) : ResultJson.writePretty(result) + "\n");
        return ExitCode.OK;
    }
}
