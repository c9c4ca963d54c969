package org.needlescreen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningException;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.json.ResultJson;
import org.needlescreen.model.InvalidProfileException;

/**
 * Screens JSON Lines: reads one profile per line (see {@link LineReader} for what a line is),
 * screens lines in parallel on a fixed pool, and writes exactly one line per input line, in input
 * order. At most {@code window} lines, and about {@link #MAX_BYTES_IN_FLIGHT} bytes of them, are in
 * flight, so memory is bounded by the window and the line limit, not by the input.
 *
 * <p>Each line is decoded on its own as strict UTF-8. A line that is not valid UTF-8, is too long,
 * or is not a valid profile yields {@code {"line": N, "error": "...", "field": "..."}} in its place.
 * A line whose screening failed internally (a rule that throws) yields
 * {@code {"line": N, "error": "internal failure ...", "internal": true}} in its place. Either way
 * processing continues, and every other line gets its result.
 */
final class BatchRunner {

    /** Lines kept by number for the summary message; beyond this only a count. */
    static final int LINES_NAMED = 20;

    /** Roughly the most input bytes held in flight at once (at least one line is always in flight). */
    static final long MAX_BYTES_IN_FLIGHT = 64L << 20;

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What a batch did.
     *
     * @param lines         lines read (and written)
     * @param invalid       the lines that were invalid (not UTF-8, too long, not a valid profile)
     * @param internal      the lines that failed internally
     * @param firstInternal the first internal failure, for {@code --verbose}, or {@code null}
     */
    record Summary(long lines, LineNumbers invalid, LineNumbers internal, Throwable firstInternal) {
    }

    /** The outcome of one line: the text to write and what kind of line it is. */
    private record Outcome(String json, Kind kind, Throwable failure) {
    }

    private enum Kind { RESULT, INVALID, INTERNAL }

    /** Line numbers for a message: the first {@value #LINES_NAMED} and a count, so memory stays flat. */
    static final class LineNumbers {
        private final long[] first = new long[LINES_NAMED];
        private long count;

        void add(long line) {
            if (count < first.length) {
                first[(int) count] = line;
            }
            count++;
        }

        long count() {
            return count;
        }

        /** {@code line 4}, {@code lines 4, 9}, or {@code lines 4, 9, ... and 37 more}. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(count == 1 ? "line " : "lines ");
            int named = (int) Math.min(count, first.length);
            for (int i = 0; i < named; i++) {
                sb.append(i == 0 ? "" : ", ").append(first[i]);
            }
            if (count > named) {
                sb.append(" and ").append(count - named).append(" more");
            }
            return sb.toString();
        }
    }

    /** Thrown when the batch cannot go on (an {@link Error} such as running out of memory); names the line. */
    static final class LineFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LineFailure(long line, Throwable cause) {
            super("line " + line, cause);
        }
    }

    private final Screener screener;
    private final int threads;
    private final int window;
    private final int maxLineBytes;
    private final Progress progress;
    private final BooleanSupplier outputBroken;

    /**
     * @param threads      worker threads (at least 1)
     * @param window       most lines in flight at once (at least {@code threads})
     * @param maxLineBytes the longest line screened, in bytes without its line end
     * @param progress     where to report progress, or {@code null} for none
     * @param outputBroken tells, after a flush, whether the output can no longer be written (a
     *                     {@link PrintStream} swallows its errors); the batch then stops
     */
    BatchRunner(Screener screener, int threads, int window, int maxLineBytes, Progress progress,
            BooleanSupplier outputBroken) {
        this.screener = screener;
        this.threads = Math.max(1, threads);
        this.window = Math.max(this.threads, window);
        this.maxLineBytes = maxLineBytes;
        this.progress = progress;
        this.outputBroken = outputBroken;
    }

    private boolean withGuidance = true;

    /** Leaves the guidance out of every result line ({@code --guidance omit}); returns this runner. */
    BatchRunner omitGuidance() {
        withGuidance = false;
        return this;
    }

    /**
     * Screens every line of {@code in}, writing one line per input line to {@code out}
     * ({@code "\n"} after each).
     *
     * @throws IOException  when reading or writing fails
     * @throws LineFailure  when the batch cannot go on
     */
    Summary run(InputStream in, Writer out) throws IOException {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "needlescreen-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        Batch b = new Batch(out);
        try {
            LineReader reader = new LineReader(in, maxLineBytes, () -> {
                // About to wait for input: finish and write out every line read so far, so that a
                // consumer waiting for a line's result (a co-process) gets it before sending more.
                while (!b.inFlight.isEmpty()) {
                    b.writeHead();
                }
                flush(out);
            });
            LineReader.Line line;
            while ((line = reader.next()) != null) {
                b.add(line, pool);
                while (!b.inFlight.isEmpty() && (b.inFlight.size() >= window || b.bytesInFlight > MAX_BYTES_IN_FLIGHT)) {
                    b.writeHead();
                }
                b.writeDone();
            }
            while (!b.inFlight.isEmpty()) {
                b.writeHead();
            }
            flush(out);
            if (progress != null) {
                progress.update(b.written, b.invalid.count(), b.internal.count(), true);
            }
            return new Summary(b.written, b.invalid, b.internal, b.firstInternal);
        } finally {
            for (Pending p : b.inFlight) {
                p.future.cancel(true);
            }
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Pending(long line, int bytes, Future<Outcome> future) {
    }

    /** The state of one run: the lines in flight, in input order, and the counts so far. */
    private final class Batch {
        final Deque<Pending> inFlight = new ArrayDeque<>(window);
        final Writer out;
        final LineNumbers invalid = new LineNumbers();
        final LineNumbers internal = new LineNumbers();
        Throwable firstInternal;
        long bytesInFlight;
        long written;

        Batch(Writer out) {
            this.out = out;
        }

        void add(LineReader.Line line, ExecutorService pool) {
            long no = line.number();
            Future<Outcome> f;
            int bytes = 0;
            if (line.tooLong()) {
                f = CompletableFuture.completedFuture(new Outcome(errorLine(no, "line too long: " + line.length()
                        + " bytes, the limit is " + maxLineBytes + " (--max-line-bytes)", "$", false),
                        Kind.INVALID, null));
            } else {
                byte[] text = line.bytes();
                bytes = text.length;
                f = pool.submit(() -> screen(no, text));
            }
            inFlight.addLast(new Pending(no, bytes, f));
            bytesInFlight += bytes;
        }

        /** Writes the lines at the head that are done, without waiting. */
        void writeDone() throws IOException {
            while (!inFlight.isEmpty() && inFlight.peekFirst().future.isDone()) {
                writeHead();
            }
        }

        /** Writes the head line, waiting for it if need be. */
        void writeHead() throws IOException {
            Pending p = inFlight.pollFirst();
            bytesInFlight -= p.bytes;
            Outcome o;
            try {
                o = p.future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LineFailure(p.line, e);
            } catch (ExecutionException e) {
                throw new LineFailure(p.line, e.getCause() == null ? e : e.getCause());
            }
            out.write(o.json);
            out.write('\n');
            written++;
            if (o.kind == Kind.INVALID) {
                invalid.add(p.line);
            } else if (o.kind == Kind.INTERNAL) {
                internal.add(p.line);
                if (firstInternal == null) {
                    firstInternal = o.failure;
                }
            }
            if (progress != null) {
                progress.update(written, invalid.count(), internal.count(), false);
            }
        }
    }

    private void flush(Writer out) throws IOException {
        out.flush();
        if (outputBroken.getAsBoolean()) {
            throw new IOException("the output was closed");
        }
    }

    /**
     * Screens one line. Invalid input becomes an error line; an internal failure becomes an
     * internal-failure line naming the rule only (never a profile value). Only an {@link Error}
     * other than a stack overflow propagates, and stops the batch.
     */
    private Outcome screen(long lineNo, byte[] bytes) {
        String text;
        try {
            text = decode(bytes, lineNo == 1);
        } catch (Malformed e) {
            return new Outcome(errorLine(lineNo, "not valid UTF-8 (byte offset " + e.offset + ")", "$", false),
                    Kind.INVALID, null);
        }
        try {
            return new Outcome(ResultJson.write(screener.screen(ProfileJson.read(text)), withGuidance), Kind.RESULT,
                    null);
        } catch (InvalidProfileException e) {
            return new Outcome(ResultJson.writeError(lineNo, e), Kind.INVALID, null);
        } catch (ScreeningException e) {
            String rule = e.ruleId() == null ? "no rule identified" : "rule " + e.ruleId();
            return new Outcome(errorLine(lineNo, "internal failure (" + rule + "), no result for this line", null,
                    true), Kind.INTERNAL, e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(errorLine(lineNo, "internal failure (" + e.getClass().getName()
                    + "), no result for this line", null, true), Kind.INTERNAL, e);
        }
    }

    /** A line that is not valid UTF-8; {@link #offset} is the byte where decoding stopped. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        Malformed(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** Strict UTF-8; a byte-order mark is dropped from the first line only. */
    static String decode(byte[] bytes, boolean first) throws Malformed {
        CharsetDecoder d = Inputs.utf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            throw new Malformed(in.position());
        }
        String s = out.flip().toString();
        return first ? Inputs.stripBom(s) : s;
    }

    /** {@code {"line":N,"error":"...","field":"..."}}, or with {@code "internal":true} instead of a field. */
    static String errorLine(long line, String error, String field, boolean internal) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeStringField("error", error);
            if (field != null) {
                g.writeStringField("field", field);
            }
            if (internal) {
                g.writeBooleanField("internal", true);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Progress on stderr: a line rewritten in place at most every half second, and once at the end. */
    static final class Progress {
        private final PrintStream err;
        private long last = System.nanoTime();

        Progress(PrintStream err) {
            this.err = err;
        }

        void update(long lines, long invalid, long internal, boolean done) {
            long now = System.nanoTime();
            if (!done && now - last < 500_000_000L) {
                return;
            }
            last = now;
            err.print("\rscreened " + lines + " line" + (lines == 1 ? "" : "s")
                    + (invalid > 0 ? ", " + invalid + " invalid" : "")
                    + (internal > 0 ? ", " + internal + " internal failure" + (internal == 1 ? "" : "s") : "")
                    + (done ? "\n" : ""));
            err.flush();
        }
    }
}
