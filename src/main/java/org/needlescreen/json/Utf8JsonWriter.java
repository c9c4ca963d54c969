package org.needlescreen.json;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact JSON as UTF-8 bytes into a growable array, byte for byte what Jackson's compact
 * generator writes through an {@link java.io.OutputStreamWriter} for UTF-8 (as {@code batch} wrote
 * its lines before): no spaces; in strings {@code "} and {@code \} escaped, the controls below
 * U+0020 escaped as {@code \b \t \n \f \r} or <code>&#92;u00XX</code> (upper-case hex), everything else as
 * is; a surrogate pair as one four-byte sequence and a surrogate without its partner as {@code ?};
 * numbers as {@link Long#toString(long)} and {@link Double#toString(double)} write them.
 * {@code Utf8JsonWriterTest} holds it to Jackson's bytes.
 *
 * <p>Writes without a generator's per-character buffers: each string is encoded by
 * {@link String#getBytes(java.nio.charset.Charset)}, then copied in runs between the bytes that
 * need an escape. The field names of the result and error lines are encoded once, with their quotes
 * and colon; strings written as {@link #constant(String) constants} (rule ids, sources, questions,
 * guidance texts) are encoded once per writer and then copied. Not thread-safe; no checks of
 * nesting (the caller writes well-formed JSON).
 */
final class Utf8JsonWriter implements JsonOut {

    /** For each ASCII byte, 0 when written as is, else the letter after the backslash ({@code u}: <code>&#92;u00XX</code>). */
    private static final byte[] ESCAPES = new byte[128];
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The field names of results and error lines, each encoded with its quotes and colon. */
    private static final Map<String, byte[]> NAMES = names(List.of("decision", "rescreenOn", "findings", "ruleId",
            "message", "sources", "missingAnswers", "field", "required", "question", "allowed", "guidance", "depths",
            "concern", "minMm", "maxMm", "note", "course", "text", "sessionLength", "preparation", "aftercare",
            "homeCare", "seeDermatologist", "ruleSet", "name", "version", "fingerprint", "screenedOn", "clientRef",
            "line", "error"));

    /** At most this many constants, of at most {@link #MAX_CONSTANT_BYTES} in all, are kept encoded. */
    static final int MAX_CONSTANTS = 1024;
    static final int MAX_CONSTANT_BYTES = 128 * 1024;

    private final Map<String, byte[]> constants = new HashMap<>();
    private int constantBytes;

    private byte[] buf;
    private int len;
    /** Whether the next value or name follows a value, and so needs a comma. */
    private boolean comma;

    Utf8JsonWriter(int capacity) {
        this(capacity, false);
    }

    private static Map<String, byte[]> names(List<String> names) {
        Map<String, byte[]> m = new HashMap<>();
        for (String n : names) {
            Utf8JsonWriter w = new Utf8JsonWriter(64, false);
            w.value(n);
            w.buf[w.len++] = ':';
            m.put(n, Arrays.copyOf(w.buf, w.len));
        }
        return Map.copyOf(m);
    }

    private Utf8JsonWriter(int capacity, boolean unused) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Writes the bytes so far to {@code out} and empties the buffer. */
    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
        reset();
    }

    /** Empties the buffer, zeroing what was written (a line may hold client data); the encoded constants stay. */
    void reset() {
        Arrays.fill(buf, 0, len, (byte) 0);
        len = 0;
        comma = false;
    }

    /** The buffer's capacity in bytes. */
    int capacity() {
        return buf.length;
    }

    /** The bytes so far, as a string (for tests). */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    @Override
    public void startObject() {
        open('{');
    }

    @Override
    public void endObject() {
        close('}');
    }

    @Override
    public void startArray() {
        open('[');
    }

    @Override
    public void endArray() {
        close(']');
    }

    private void open(char c) {
        ensure(2);
        if (comma) {
            buf[len++] = ',';
        }
        buf[len++] = (byte) c;
        comma = false;
    }

    private void close(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        comma = true;
    }

    @Override
    public void name(String name) {
        byte[] encoded = NAMES.get(name);
        if (encoded != null) {
            raw(encoded);
        } else {
            value(name);
            ensure(1);
            buf[len++] = ':';
        }
        comma = false;
    }

    /**
     * Writes {@code value} as {@link #string(String)} does, byte for byte, but keeps its encoding
     * for the next time while fewer than {@link #MAX_CONSTANTS} are kept.
     */
    @Override
    public void constant(String value) {
        byte[] encoded = constants.get(value);
        if (encoded == null) {
            int start = len;
            boolean hadComma = comma;
            comma = false;
            value(value);
            encoded = Arrays.copyOfRange(buf, start, len);
            len = start;
            comma = hadComma;
            if (constants.size() < MAX_CONSTANTS && constantBytes + encoded.length <= MAX_CONSTANT_BYTES) {
                constants.put(value, encoded);
                constantBytes += encoded.length;
            }
        }
        raw(encoded);
        comma = true;
    }

    /** Already encoded bytes, after a comma when one is due. */
    private void raw(byte[] encoded) {
        ensure(encoded.length + 1);
        if (comma) {
            buf[len++] = ',';
        }
        System.arraycopy(encoded, 0, buf, len, encoded.length);
        len += encoded.length;
    }

    @Override
    public void string(String value) {
        value(value);
    }

    @Override
    public void number(long value) {
        ascii(Long.toString(value));
    }

    @Override
    public void number(double value) {
        if (Double.isFinite(value)) {
            ascii(Double.toString(value));
        } else {
            value(Double.toString(value)); // "NaN", "Infinity": Jackson writes them as strings
        }
    }

    @Override
    public void bool(boolean value) {
        ascii(value ? "true" : "false");
    }

    @Override
    public void nullValue() {
        ascii("null");
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n + 1);
        if (comma) {
            buf[len++] = ',';
        }
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        comma = true;
    }

    /** A quoted string. */
    private void value(String s) {
        // UTF-8 as an OutputStreamWriter encodes: a lone surrogate becomes '?'.
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ensure(b.length + 3);
        if (comma) {
            buf[len++] = ',';
        }
        buf[len++] = '"';
        int run = 0;
        int i = 0;
        while (true) {
            i = plain(b, i);
            if (i == b.length) {
                break;
            }
            copy(b, run, i - run);
            escape(b[i]);
            run = ++i;
        }
        copy(b, run, b.length - run);
        ensure(1);
        buf[len++] = '"';
        comma = true;
    }

    /**
     * The index of the first byte from {@code from} that needs an escape, or {@code b.length}:
     * eight bytes at a time while none of them is a control, {@code "} or {@code \\}
     * (bytes of multi-byte sequences, 0x80 and above, never need one).
     */
    private static int plain(byte[] b, int from) {
        int i = from;
        for (int end = b.length - 7; i < end; i += 8) {
            long x = (long) LONGS.get(b, i);
            long controls = (x - 0x2020202020202020L) & ~x; // with the mask below: some byte is below 0x20
            long quotes = x ^ 0x2222222222222222L;
            long backslashes = x ^ 0x5C5C5C5C5C5C5C5CL;
            long hit = controls | ((quotes - 0x0101010101010101L) & ~quotes) | ((backslashes - 0x0101010101010101L) & ~backslashes);
            if ((hit & 0x8080808080808080L) != 0) {
                break; // one of these eight may need an escape: the byte loop below decides
            }
        }
        for (; i < b.length; i++) {
            int c = b[i];
            if (c >= 0 && ESCAPES[c] != 0) {
                return i;
            }
        }
        return i;
    }

    private void copy(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void escape(int c) {
        ensure(6);
        buf[len++] = '\\';
        byte e = ESCAPES[c];
        buf[len++] = e;
        if (e == 'u') {
            buf[len++] = '0';
            buf[len++] = '0';
            buf[len++] = HEX[c >> 4];
            buf[len++] = HEX[c & 0xF];
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(len + more, 2 * buf.length));
        }
    }
}
