package org.needlescreen.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.needlescreen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch [IN|-] [--out FILE]}: screens JSON Lines, one result line per input line, in order. */
@Command(name = "batch", sortOptions = false,
        description = {"Screen JSON Lines: one profile per input line, one result per output line, in the same order.",
                "An invalid line yields {\"line\": N, \"error\": \"...\", \"field\": \"...\"} in its place.",
                "Exit 0 when every line was screened, 2 when any line was invalid."})
final class BatchCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "IN|-", defaultValue = Inputs.STDIN,
            description = "The profiles, one JSON object per line: a file, or - for standard input (the default).")
    String input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output.")
    Path outFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    Integer threads;

    BatchCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new CliException(ExitCode.INPUT, "invalid value for '--threads': " + nThreads + " (at least 1)");
        }
        Screener screener = screener();
        // Progress only for a person at a terminal, and only when the results do not go there too.
        BatchRunner.Progress progress = ctx.interactive() && outFile != null ? new BatchRunner.Progress(ctx.err()) : null;
        BatchRunner runner = new BatchRunner(screener, nThreads, nThreads * 16, progress,
                () -> outFile == null && ctx.out().checkError());
        BatchRunner.Summary summary;
        try (BufferedReader in = Inputs.lines(input, ctx.in()); Writer out = open()) {
            summary = runner.run(in, out);
        } catch (CharacterCodingException e) {
            throw new CliException(ExitCode.INPUT, "cannot read " + Inputs.describe(input) + ": not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "batch stopped: " + Inputs.reason(e), e);
        } catch (BatchRunner.LineFailure e) {
            throw new CliException(ExitCode.INTERNAL, "batch stopped, no result for " + e.getMessage()
                    + " or any later line", e);
        }
        if (ctx.out().checkError()) {
            throw new CliException(ExitCode.INPUT, "cannot write to standard output");
        }
        if (summary.invalid() > 0) {
            error(summary.invalid() + " of " + summary.lines() + " line" + (summary.lines() == 1 ? "" : "s")
                    + " invalid (see the error lines in the output)");
            return ExitCode.INPUT;
        }
        return ExitCode.OK;
    }

    private Writer open() {
        if (outFile == null) {
            // Not closed with the batch: standard output belongs to the caller. Flushed by the runner.
            return new BufferedWriter(new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        try {
            return Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "cannot write output file " + outFile + ": " + Inputs.reason(e), e);
        }
    }
}
