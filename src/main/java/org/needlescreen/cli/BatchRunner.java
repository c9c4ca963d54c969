package org.needlescreen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
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
import org.needlescreen.ScreeningResult;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.json.ResultJson;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.InvalidProfileException;

/**
 * Screens JSON Lines: reads one profile per line (see {@link LineReader} for what a line is),
 * screens lines in parallel on a fixed pool, and writes exactly one line per input line, in input
 * order.
 *
 * <p>Lines travel in chunks of up to {@code chunkLines} lines (and about {@link #CHUNK_BYTES} bytes):
 * the reading thread fills a chunk, a worker screens the whole chunk and writes its output lines
 * into the chunk's own byte buffer, and the reading thread writes finished chunks out in order, one
 * write per chunk. At most {@link #CHUNKS_PER_THREAD} chunks per worker, and about
 * {@link #MAX_BYTES_IN_FLIGHT} bytes of input, are in flight; chunks and their buffers are reused, so
 * memory is bounded by those limits and the line limit, not by the input.
 *
 * <p>Each line is decoded on its own as strict UTF-8. A line that is not valid UTF-8, is too long,
 * or is not a valid profile yields {@code {"line": N, "error": "...", "field": "..."}} in its place.
 * A line whose screening failed internally (a rule that throws) yields
 * {@code {"line": N, "error": "internal failure ...", "internal": true}} in its place. Either way
 * processing continues, and every other line, in its chunk as in any other, gets its result.
 */
final class BatchRunner {

    /** Lines kept by number for the summary message; beyond this only a count. */
    static final int LINES_NAMED = 20;

    /** Roughly the most input bytes held in flight at once (at least one line is always in flight). */
    static final long MAX_BYTES_IN_FLIGHT = 64L << 20;

    /** The default number of lines a chunk (one task of a worker) holds at most. */
    static final int CHUNK_LINES = 256;

    /** A chunk is handed to the workers once it holds this many input bytes, however few lines. */
    static final int CHUNK_BYTES = 1 << 20;

    /** Chunks in flight per worker thread: being screened, waiting for a worker, or waiting to be written. */
    static final int CHUNKS_PER_THREAD = 2;

    /** A chunk whose buffers grew beyond this (a huge line) is dropped after use rather than reused. */
    private static final int KEEP_BYTES = 8 << 20;

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

    /** What kind of output line a line got. */
    private static final byte RESULT = 0;
    private static final byte INVALID = 1;
    private static final byte INTERNAL = 2;

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
    private final int chunkLines;
    private final int maxLineBytes;
    private final Progress progress;
    private final BooleanSupplier outputBroken;

    /**
     * @param threads      worker threads (at least 1)
     * @param chunkLines   the most lines in one chunk, one worker's task (at least 1)
     * @param maxLineBytes the longest line screened, in bytes without its line end
     * @param progress     where to report progress, or {@code null} for none
     * @param outputBroken tells, after a flush, whether the output can no longer be written (a
     *                     {@link PrintStream} swallows its errors); the batch then stops
     */
    BatchRunner(Screener screener, int threads, int chunkLines, int maxLineBytes, Progress progress,
            BooleanSupplier outputBroken) {
        this.screener = screener;
        this.threads = Math.max(1, threads);
        this.chunkLines = Math.max(1, chunkLines);
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
     * ({@code "\n"} after each), UTF-8.
     *
     * @throws IOException  when reading or writing fails
     * @throws LineFailure  when the batch cannot go on
     */
    Summary run(InputStream in, OutputStream out) throws IOException {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "needlescreen-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        Batch b = new Batch(out, pool);
        try {
            LineReader reader = new LineReader(in, maxLineBytes, () -> {
                // About to wait for input: finish and write out every line read so far, so that a
                // consumer waiting for a line's result (a co-process) gets it before sending more.
                b.dispatch();
                b.drain();
                flush(out);
            });
            while (reader.advance()) {
                b.add(reader);
            }
            b.dispatch();
            b.drain();
            flush(out);
            if (progress != null) {
                progress.update(b.written, b.invalid.count(), b.internal.count(), true);
            }
            return new Summary(b.written, b.invalid, b.internal, b.firstInternal);
        } finally {
            for (Chunk c : b.inFlight) {
                c.future.cancel(true);
            }
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Up to {@link #chunkLines} consecutive lines: their bytes back to back, then, once screened,
     * their output lines and what kind each is. Filled and written by the reading thread, screened
     * by one worker; the hand-over through the executor and the future orders those accesses.
     */
    private static final class Chunk {
        long firstLine;
        int count;
        byte[] in;
        int inLen;
        final int[] start;
        final long[] length;
        final boolean[] tooLong;

        final ByteSink out = new ByteSink(1 << 16);
        final byte[] kinds;
        /** Per line, between the passes of {@link BatchRunner#screen(Chunk)}: cleared when the chunk is done. */
        final ClientProfile[] profiles;
        final ScreeningResult[] results;
        final String[] errors;
        final Throwable[] lineFailures;
        Throwable firstInternal;
        /** An {@link Error} that stops the batch, at line {@link #failedAt} of the chunk; or null. */
        Throwable failure;
        int failedAt;
        Future<?> future;

        Chunk(int lines) {
            in = new byte[1 << 16];
            start = new int[lines];
            length = new long[lines];
            tooLong = new boolean[lines];
            kinds = new byte[lines];
            profiles = new ClientProfile[lines];
            results = new ScreeningResult[lines];
            errors = new String[lines];
            lineFailures = new Throwable[lines];
        }

        void reset(long first) {
            firstLine = first;
            count = 0;
            inLen = 0;
            out.reset();
            firstInternal = null;
            failure = null;
            future = null;
        }

        /** Copies the reader's current line in. */
        void add(LineReader r) {
            int i = count++;
            start[i] = inLen;
            length[i] = r.length();
            tooLong[i] = r.tooLong();
            if (!tooLong[i]) {
                int len = (int) r.length();
                if (inLen + len > in.length) {
                    in = Arrays.copyOf(in, Math.max(inLen + len, 2 * in.length));
                }
                System.arraycopy(r.buffer(), 0, in, inLen, len);
                inLen += len;
            }
        }

        boolean reusable() {
            return in.length <= KEEP_BYTES && out.capacity() <= KEEP_BYTES;
        }
    }

    /** The state of one run: the chunks in flight, in input order, and the counts so far. */
    private final class Batch {
        final Deque<Chunk> inFlight = new ArrayDeque<>();
        final Deque<Chunk> free = new ArrayDeque<>();
        final int maxInFlight = threads * CHUNKS_PER_THREAD;
        final OutputStream out;
        final ExecutorService pool;
        final LineNumbers invalid = new LineNumbers();
        final LineNumbers internal = new LineNumbers();
        Chunk filling;
        Throwable firstInternal;
        long bytesInFlight;
        long written;

        Batch(OutputStream out, ExecutorService pool) {
            this.out = out;
            this.pool = pool;
        }

        /** Adds the reader's current line to the chunk being filled, and hands the chunk over when full. */
        void add(LineReader r) throws IOException {
            if (filling == null) {
                filling = free.isEmpty() ? new Chunk(chunkLines) : free.pollFirst();
                filling.reset(r.number());
            }
            filling.add(r);
            if (filling.count == chunkLines || filling.inLen >= CHUNK_BYTES) {
                dispatch();
            }
        }

        /** Hands the chunk being filled, if any, to the workers; then writes what is done, waiting while too much is in flight. */
        void dispatch() throws IOException {
            Chunk c = filling;
            if (c == null) {
                return;
            }
            filling = null;
            c.future = pool.submit(() -> screen(c));
            inFlight.addLast(c);
            bytesInFlight += c.inLen;
            while (!inFlight.isEmpty() && (inFlight.size() >= maxInFlight || bytesInFlight > MAX_BYTES_IN_FLIGHT)) {
                writeHead();
            }
            while (!inFlight.isEmpty() && inFlight.peekFirst().future.isDone()) {
                writeHead();
            }
        }

        /** Writes every chunk in flight, waiting for each. */
        void drain() throws IOException {
            while (!inFlight.isEmpty()) {
                writeHead();
            }
        }

        /** Writes the head chunk, waiting for it if need be. */
        void writeHead() throws IOException {
            Chunk c = inFlight.pollFirst();
            bytesInFlight -= c.inLen;
            try {
                c.future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LineFailure(c.firstLine, e);
            } catch (ExecutionException e) {
                throw new LineFailure(c.firstLine, e.getCause() == null ? e : e.getCause());
            }
            c.out.writeTo(out);
            int done = c.failure == null ? c.count : c.failedAt;
            for (int i = 0; i < done; i++) {
                if (c.kinds[i] == INVALID) {
                    invalid.add(c.firstLine + i);
                } else if (c.kinds[i] == INTERNAL) {
                    internal.add(c.firstLine + i);
                }
            }
            written += done;
            if (firstInternal == null) {
                firstInternal = c.firstInternal;
            }
            if (c.failure != null) {
                throw new LineFailure(c.firstLine + c.failedAt, c.failure);
            }
            if (progress != null) {
                progress.update(written, invalid.count(), internal.count(), false);
            }
            if (c.reusable()) {
                free.addLast(c);
            }
        }
    }

    private void flush(OutputStream out) throws IOException {
        out.flush();
        if (outputBroken.getAsBoolean()) {
            throw new IOException("the output was closed");
        }
    }

    /**
     * Screens a chunk on a worker: each line's output line, then {@code "\n"}, into the chunk's
     * buffer. An {@link Error} that stops the batch is recorded with its line, after the output
     * of the lines before it.
     */
    private void screen(Chunk c) {
        // In three passes over the chunk (read every line, screen every profile, write every line)
        // rather than line by line: each pass keeps its own code hot in the CPU's caches, which the
        // engine's large code path otherwise evicts for the JSON code and back on every line.
        int n = c.count;
        for (int i = 0; i < n; i++) {
            try {
                read(c, i);
            } catch (Error e) {
                n = stop(c, i, e);
            }
        }
        for (int i = 0; i < n; i++) {
            if (c.profiles[i] != null) {
                try {
                    screen(c, i);
                } catch (Error e) {
                    n = stop(c, i, e);
                }
            }
        }
        ByteSink out = c.out;
        for (int i = 0; i < n; i++) {
            int mark = out.mark();
            try {
                c.kinds[i] = write(c, i, out);
                out.newLine();
            } catch (Error e) {
                out.truncate(mark);
                n = stop(c, i, e);
            }
        }
        Arrays.fill(c.profiles, 0, c.count, null);
        Arrays.fill(c.results, 0, c.count, null);
        Arrays.fill(c.lineFailures, 0, c.count, null);
    }

    /**
     * Records an {@link Error} at line {@code i} of the chunk, which stops the batch after the lines
     * before it; returns {@code i}, the number of lines still to finish.
     */
    private static int stop(Chunk c, int i, Error e) {
        c.failure = e;
        c.failedAt = i;
        return i;
    }

    /**
     * Reads line {@code i} of a chunk into a profile, or, when the line is not one, into its error
     * line. Only an {@link Error} other than a stack overflow propagates.
     */
    private void read(Chunk c, int i) {
        long lineNo = c.firstLine + i;
        if (c.tooLong[i]) {
            c.errors[i] = errorLine(lineNo, "line too long: " + c.length[i] + " bytes, the limit is " + maxLineBytes
                    + " (--max-line-bytes)", "$", false);
            return;
        }
        String text;
        try {
            text = decode(c.in, c.start[i], (int) c.length[i], lineNo == 1);
        } catch (Malformed e) {
            c.errors[i] = errorLine(lineNo, "not valid UTF-8 (byte offset " + e.offset + ")", "$", false);
            return;
        }
        try {
            c.profiles[i] = ProfileJson.read(text);
        } catch (InvalidProfileException e) {
            c.errors[i] = ResultJson.writeError(lineNo, e);
        } catch (RuntimeException | StackOverflowError e) {
            c.lineFailures[i] = e;
        }
    }

    /**
     * Screens the profile of line {@code i}: its result, its error line (a profile the screener
     * rejects, such as a date after the screening date), or its failure. Only an {@link Error} other
     * than a stack overflow propagates.
     */
    private void screen(Chunk c, int i) {
        try {
            c.results[i] = screener.screen(c.profiles[i]);
        } catch (InvalidProfileException e) {
            c.errors[i] = ResultJson.writeError(c.firstLine + i, e);
        } catch (RuntimeException | StackOverflowError e) {
            c.lineFailures[i] = e;
        }
    }

    /**
     * Writes line {@code i}'s output line to {@code out}: its result, its error line, or, for an
     * internal failure, an internal-failure line naming the rule only (never a profile value), in
     * place of whatever the line had written. Only an {@link Error} other than a stack overflow
     * propagates, and stops the batch.
     */
    private byte write(Chunk c, int i, ByteSink out) {
        long lineNo = c.firstLine + i;
        if (c.errors[i] != null) {
            out.text(c.errors[i]);
            c.errors[i] = null;
            return INVALID;
        }
        int mark = out.mark();
        Throwable failure = c.lineFailures[i];
        if (failure == null) {
            try {
                ResultJson.write(c.results[i], withGuidance, out);
                return RESULT;
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failure = e;
            }
        }
        String rule;
        if (failure instanceof ScreeningException e) {
            rule = e.ruleId() == null ? "no rule identified" : "rule " + e.ruleId();
        } else {
            rule = (failure instanceof IOException ? UncheckedIOException.class : failure.getClass()).getName();
        }
        out.truncate(mark);
        out.text(errorLine(lineNo, "internal failure (" + rule + "), no result for this line", null, true));
        if (c.firstInternal == null) {
            c.firstInternal = failure;
        }
        return INTERNAL;
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
        return decode(bytes, 0, bytes.length, first);
    }

    /**
     * Strict UTF-8 of {@code len} bytes from {@code off}; a byte-order mark is dropped from the
     * first line only. The {@link Malformed#offset} counts from {@code off}.
     */
    static String decode(byte[] bytes, int off, int len, boolean first) throws Malformed {
        // The JDK's own decoding is fastest (ASCII is copied as is), and it decodes valid UTF-8 as the
        // strict decoder does; it replaces what is malformed by U+FFFD, so a U+FFFD in its result (a
        // genuine one, or a malformed sequence) sends the line through the strict decoder.
        String fast = new String(bytes, off, len, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return first ? Inputs.stripBom(fast) : fast;
        }
        CharsetDecoder d = Inputs.utf8();
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out = CharBuffer.allocate(len); // UTF-8 never gives more chars than bytes
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            throw new Malformed(in.position() - off);
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
