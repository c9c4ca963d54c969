package org.needlescreen.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array to write into, reused from chunk to chunk: {@code batch} writes each
 * chunk's output lines here on a worker, then the whole chunk to the output at once.
 * {@link #mark()} and {@link #truncate(int)} drop a line that failed half-way. Not thread-safe.
 */
final class ByteSink extends OutputStream {

    private byte[] buf;
    private int len;

    ByteSink(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    int capacity() {
        return buf.length;
    }

    /** Empties the sink, keeping its array. */
    void reset() {
        len = 0;
    }

    /** The position to {@link #truncate(int)} back to. */
    int mark() {
        return len;
    }

    void truncate(int mark) {
        len = mark;
    }

    /** Writes a text as UTF-8 (a lone surrogate becomes {@code ?}, as a UTF-8 {@link java.io.OutputStreamWriter} writes it). */
    void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        write(b, 0, b.length);
    }

    void newLine() {
        write('\n');
    }

    /** Writes the contents to {@code out}. */
    void writeTo(OutputStream out) throws java.io.IOException {
        out.write(buf, 0, len);
    }

    @Override
    public void write(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void ensure(int more) {
        long need = (long) len + more;
        if (need > buf.length) {
            if (need > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("output chunk too large");
            }
            buf = Arrays.copyOf(buf, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8, 2L * buf.length)));
        }
    }
}
