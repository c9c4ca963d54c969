package org.needlescreen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines for {@code batch}: lines end at LF ({@code '\n'}) only, one CR
 * right before the LF (or before the end of the input) is dropped, and a CR anywhere else is part
 * of the line. Lines are returned as bytes, not decoded: each line is decoded on its own, so a bad
 * byte spoils one line only.
 *
 * <p>A line longer than the limit is not kept: its bytes are counted and skipped as they stream
 * past, so memory stays bounded by the limit whatever the input holds.
 */
final class LineReader {

    /** Called before a read that may block, so that finished work can be written out first. */
    interface BeforeBlocking {
        void run() throws IOException;
    }

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param bytes  the line's bytes without its line end, or {@code null} when it was too long
     * @param length the line's length in bytes without its line end (also when too long)
     */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private static final int CHUNK = 1 << 16;
    /** A line buffer grown beyond this is dropped after use rather than kept for the next line. */
    private static final int KEEP = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final BeforeBlocking beforeBlocking;

    private final byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] line = new byte[8192];
    private int lineLen;
    private boolean tooLong;
    private long total;
    private boolean endsWithCr;
    private long number;
    private long length;

    /**
     * @param maxLineBytes   the longest line kept, in bytes, without its line end
     * @param beforeBlocking called before reading when no input is available yet (may be null)
     */
    LineReader(InputStream in, int maxLineBytes, BeforeBlocking beforeBlocking) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.beforeBlocking = beforeBlocking;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        if (!advance()) {
            return null;
        }
        return new Line(number, tooLong ? null : Arrays.copyOf(line, (int) length), length);
    }

    /**
     * Reads the next line into this reader's buffer, where {@link #buffer()}, {@link #length()},
     * {@link #tooLong()} and {@link #number()} describe it until the next call.
     *
     * @return {@code false} at the end of the input
     */
    boolean advance() throws IOException {
        if (line.length > KEEP) {
            line = new byte[8192];
        }
        lineLen = 0;
        tooLong = false;
        total = 0;
        endsWithCr = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (!fill()) {
                    if (!any) {
                        return false;
                    }
                    break; // the last line, without a line end
                }
            }
            any = true;
            int nl = indexOfLf(pos, limit);
            append(pos, (nl < 0 ? limit : nl) - pos);
            if (nl >= 0) {
                pos = nl + 1;
                break;
            }
            pos = limit;
        }
        number++;
        length = endsWithCr ? total - 1 : total;
        if (length > maxLineBytes) {
            tooLong = true;
        }
        return true;
    }

    /** The current line's bytes, from 0 to {@link #length()}; meaningless when {@link #tooLong()}. */
    byte[] buffer() {
        return line;
    }

    /** The current line's length in bytes without its line end (also when too long). */
    long length() {
        return length;
    }

    /** Whether the current line is longer than the limit (its bytes were not kept). */
    boolean tooLong() {
        return tooLong;
    }

    /** The current line's 1-based number. */
    long number() {
        return number;
    }

    private int indexOfLf(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code n} bytes of {@code buf} from {@code off} to the current line, or only counts them once it is too long. */
    private void append(int off, int n) {
        if (n == 0) {
            return;
        }
        total += n;
        endsWithCr = buf[off + n - 1] == '\r';
        if (tooLong) {
            return;
        }
        // One byte more than the limit is kept: it may be the CR of a CRLF.
        if ((long) lineLen + n > (long) maxLineBytes + 1) {
            tooLong = true;
            lineLen = 0;
            return;
        }
        if (lineLen + n > line.length) {
            long grown = Math.max((long) line.length * 2, (long) lineLen + n);
            line = Arrays.copyOf(line, (int) Math.min(grown, (long) maxLineBytes + 1));
        }
        System.arraycopy(buf, off, line, lineLen, n);
        lineLen += n;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (beforeBlocking != null && available() <= 0) {
            beforeBlocking.run();
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private int available() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0; // the read that follows reports it
        }
    }
}
