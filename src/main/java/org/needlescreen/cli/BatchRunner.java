package org.needlescreen.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.needlescreen.Screener;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.json.ResultJson;
import org.needlescreen.model.InvalidProfileException;

/**
 * Screens JSON Lines: reads one profile per line, screens lines in parallel on a fixed pool, and
 * writes one line per input line, in input order. At most {@code window} lines are in flight, so
 * memory is bounded by the window, not by the input.
 *
 * <p>An invalid line yields {@code {"line": N, "error": "...", "field": "..."}} in its place and
 * processing continues. An internal failure (a rule that throws) stops the batch: no result is
 * written for that line or any after it.
 */
final class BatchRunner {

    /** What a batch did. */
    record Summary(long lines, long invalid) {
    }

    /** The outcome of one line: the text to write, and whether the line was invalid. */
    private record Line(String json, boolean invalid) {
    }

    /** Thrown when a line could not be screened for an internal reason; names the line. */
    static final class LineFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LineFailure(long line, Throwable cause) {
            super("line " + line + ": " + cause.getMessage(), cause);
        }
    }

    private final Screener screener;
    private final int threads;
    private final int window;
    private final Progress progress;
    private final BooleanSupplier outputBroken;

    /**
     * @param threads      worker threads (at least 1)
     * @param window       most lines in flight at once (at least {@code threads})
     * @param progress     where to report progress, or {@code null} for none
     * @param outputBroken tells, after a flush, whether the output can no longer be written (a
     *                     {@link PrintStream} swallows its errors); the batch then stops
     */
    BatchRunner(Screener screener, int threads, int window, Progress progress, BooleanSupplier outputBroken) {
        this.screener = screener;
        this.threads = Math.max(1, threads);
        this.window = Math.max(this.threads, window);
        this.progress = progress;
        this.outputBroken = outputBroken;
    }

    /**
     * Screens every line of {@code in}, writing results to {@code out} ({@code "\n"} after each).
     *
     * @throws IOException  when reading or writing fails
     * @throws LineFailure  when a line could not be screened for an internal reason
     */
    Summary run(BufferedReader in, Writer out) throws IOException {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "needlescreen-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        Deque<Future<Line>> inFlight = new ArrayDeque<>(window);
        long lineNo = 0;
        long written = 0;
        long invalid = 0;
        try {
            String text;
            while ((text = in.readLine()) != null) {
                long current = ++lineNo;
                String line = current == 1 ? Inputs.stripBom(text) : text;
                inFlight.addLast(pool.submit(() -> screen(current, line)));
                // Write whatever is done at the head; wait only when the window is full.
                while (!inFlight.isEmpty() && (inFlight.size() >= window || inFlight.peekFirst().isDone())) {
                    invalid += write(inFlight.pollFirst(), ++written, out);
                }
                if (!in.ready()) {
                    flush(out); // the producer is slow: let the consumer see what is done
                }
                if (progress != null) {
                    progress.update(written, invalid, false);
                }
            }
            while (!inFlight.isEmpty()) {
                invalid += write(inFlight.pollFirst(), ++written, out);
                if (progress != null) {
                    progress.update(written, invalid, false);
                }
            }
            flush(out);
            if (progress != null) {
                progress.update(written, invalid, true);
            }
            return new Summary(written, invalid);
        } finally {
            for (Future<Line> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void flush(Writer out) throws IOException {
        out.flush();
        if (outputBroken.getAsBoolean()) {
            throw new IOException("the output was closed");
        }
    }

    private static int write(Future<Line> f, long lineNo, Writer out) throws IOException {
        Line line;
        try {
            line = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LineFailure(lineNo, e);
        } catch (ExecutionException e) {
            throw new LineFailure(lineNo, e.getCause() == null ? e : e.getCause());
        }
        out.write(line.json());
        out.write('\n');
        return line.invalid() ? 1 : 0;
    }

    /** Screens one line; invalid input becomes an error line, anything else propagates. */
    private Line screen(long lineNo, String text) {
        try {
            return new Line(ResultJson.write(screener.screen(ProfileJson.read(text))), false);
        } catch (InvalidProfileException e) {
            return new Line(ResultJson.writeError(lineNo, e), true);
        }
    }

    /** Progress on stderr: a line rewritten in place at most every half second, and once at the end. */
    static final class Progress {
        private final PrintStream err;
        private long last = System.nanoTime();

        Progress(PrintStream err) {
            this.err = err;
        }

        void update(long lines, long invalid, boolean done) {
            long now = System.nanoTime();
            if (!done && now - last < 500_000_000L) {
                return;
            }
            last = now;
            err.print("\rscreened " + lines + " line" + (lines == 1 ? "" : "s")
                    + (invalid > 0 ? ", " + invalid + " invalid" : "") + (done ? "\n" : ""));
            err.flush();
        }
    }
}
