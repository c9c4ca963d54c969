package org.needlescreen.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.needlescreen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code batch [IN|-] [--out FILE]}: screens JSON Lines, one result line per input line, in order. */
@Command(name = "batch", sortOptions = false,
        description = {"Screen JSON Lines: one profile per input line, one result per output line, in the same order.",
                "Lines end at LF (a CR before the LF is dropped); each line is decoded on its own as UTF-8.",
                "An invalid line yields {\"line\": N, \"error\": \"...\", \"field\": \"...\"} in its place;",
                "a line that failed internally yields {\"line\": N, \"error\": \"...\", \"internal\": true}.",
                "Exit 0 when every line was screened, 2 when any line was invalid,",
                "3 when any line failed internally (every other line still has its result)."})
final class BatchCommand extends BaseCommand {

    /** The most worker threads {@code --threads} accepts, whatever the processor count. */
    static final int MAX_THREADS = 64;
    /** The default longest line: 4 MiB. */
    static final int DEFAULT_MAX_LINE_BYTES = 4 << 20;
    /** The most {@code --max-line-bytes} accepts: 64 MiB. */
    static final int MAX_MAX_LINE_BYTES = 64 << 20;

    @Parameters(index = "0", arity = "0..1", paramLabel = "IN|-", defaultValue = Inputs.STDIN,
            description = "The profiles, one JSON object per line: a file, or - for standard input (the default).")
    String input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output.")
    Path outFile;

    /** What each result line carries of the guidance. */
    enum GuidanceOutput { full, omit }

    @Option(names = "--guidance", paramLabel = "full|omit", defaultValue = "full",
            description = "full (default): every result line carries its guidance; omit: leave the guidance"
                    + " out, for compact output when only decisions and findings are needed (screen one"
                    + " profile to see its guidance).")
    GuidanceOutput guidance;

    private Integer threads;
    private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;

    BatchCommand(Context ctx) {
        super(ctx);
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads: 1 to " + MAX_THREADS + " (default: the number of processors, at most "
                    + MAX_THREADS + ").")
    void threads(int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--threads': " + n
                    + " (from 1 to " + MAX_THREADS + "; this machine has "
                    + Runtime.getRuntime().availableProcessors() + " processors)");
        }
        threads = n;
    }

    @Option(names = "--max-line-bytes", paramLabel = "N",
            description = "The longest input line, in bytes without its line end: 1 to " + MAX_MAX_LINE_BYTES
                    + " (64 MiB); default " + DEFAULT_MAX_LINE_BYTES + " (4 MiB). A longer line is an error line.")
    void maxLineBytes(int n) {
        if (n < 1 || n > MAX_MAX_LINE_BYTES) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-line-bytes': " + n
                    + " (from 1 to " + MAX_MAX_LINE_BYTES + ", 64 MiB)");
        }
        maxLineBytes = n;
    }

    @Override
    int execute() {
        int nThreads = threads != null ? threads : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        Screener screener = screener();
        // Progress only for a person at a terminal, and only when the results do not go there too.
        BatchRunner.Progress progress = ctx.interactive() && outFile != null ? new BatchRunner.Progress(ctx.err()) : null;
        BatchRunner runner = new BatchRunner(screener, nThreads, BatchRunner.CHUNK_LINES, maxLineBytes, progress,
                () -> outFile == null && ctx.out().checkError());
        if (guidance == GuidanceOutput.omit) {
            runner.omitGuidance();
        }
        BatchRunner.Summary summary;
        InputStream in = Inputs.open(input, ctx.in());
        try (OutputStream out = open()) {
            summary = runner.run(in, out);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "batch stopped: " + Inputs.reason(e), e);
        } catch (BatchRunner.LineFailure e) {
            throw new CliException(ExitCode.INTERNAL, "batch stopped, no result for " + e.getMessage()
                    + " or any later line", e);
        } finally {
            if (in != ctx.in()) {
                try {
                    in.close();
                } catch (IOException e) {
                    // read to the end already; nothing lost
                }
            }
        }
        if (ctx.out().checkError()) {
            throw new CliException(ExitCode.INPUT, "cannot write to standard output");
        }
        long lines = summary.lines();
        if (summary.invalid().count() > 0) {
            error(summary.invalid().count() + " of " + lines + " line" + (lines == 1 ? "" : "s") + " invalid ("
                    + summary.invalid() + "); see the error lines in the output");
        }
        if (summary.internal().count() > 0) {
            long failed = summary.internal().count();
            error("internal failure on " + (failed > BatchRunner.LINES_NAMED ? failed + " lines, " : "")
                    + summary.internal() + "; every other line has its " + (summary.invalid().count() > 0
                    ? "result or error line" : "result"));
            trace(summary.firstInternal());
            return ExitCode.INTERNAL;
        }
        return summary.invalid().count() > 0 ? ExitCode.INPUT : ExitCode.OK;
    }

    private OutputStream open() {
        if (outFile == null) {
            // Not closed with the batch: standard output belongs to the caller. Flushed by the runner.
            return new BufferedOutputStream(ctx.out(), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        try {
            return Files.newOutputStream(outFile);
        } catch (IOException e) {
            throw new CliException(ExitCode.INPUT, "cannot write output file " + outFile + ": " + Inputs.reason(e), e);
        }
    }
}
