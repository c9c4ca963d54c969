package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link BatchRunner#decode(byte[], int, int, boolean)} takes the JDK's fast decoding when it can;
 * it must still give exactly what a strict UTF-8 decoder gives: the same text, or the same
 * "not valid UTF-8" offset.
 */
class LineDecodeTest {

    /** The strict decoder on its own: the text, or "malformed at N". */
    static String strict(byte[] b, int off, int len, boolean first) {
        CharsetDecoder d = Inputs.utf8();
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            return "malformed at " + (in.position() - off);
        }
        String s = out.flip().toString();
        return first && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String fast(byte[] b, int off, int len, boolean first) {
        try {
            return BatchRunner.decode(b, off, len, first);
        } catch (BatchRunner.Malformed e) {
            return "malformed at " + e.offset;
        }
    }

    @Test
    void givesWhatTheStrictDecoderGives() {
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
            "\u00e9".getBytes(StandardCharsets.UTF_8), "\u4e2d".getBytes(StandardCharsets.UTF_8),
            "\ud83d\ude00".getBytes(StandardCharsets.UTF_8), "\ufffd".getBytes(StandardCharsets.UTF_8),
            "\ufeff".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {0},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};
        Random r = new Random(20261122);
        for (int t = 0; t < 100_000; t++) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            int pad = r.nextInt(3);
            b.writeBytes(new byte[pad]);
            for (int i = r.nextInt(8); i > 0; i--) {
                b.writeBytes(pieces[r.nextInt(pieces.length)]);
            }
            byte[] bytes = b.toByteArray();
            int len = bytes.length - pad - (bytes.length > pad && r.nextBoolean() ? r.nextInt(bytes.length - pad) : 0);
            boolean first = r.nextBoolean();
            assertEquals(strict(bytes, pad, len, first), fast(bytes, pad, len, first),
                    java.util.HexFormat.of().formatHex(bytes, pad, pad + len));
        }
    }
}
