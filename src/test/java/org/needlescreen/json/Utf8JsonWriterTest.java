package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.model.InvalidProfileException;

/**
 * {@link Utf8JsonWriter} writes the bytes that Jackson's compact generator writes through a UTF-8
 * {@link OutputStreamWriter} (the way {@code batch} wrote its lines before), and
 * {@link ResultJson#write(ScreeningResult, boolean, java.io.OutputStream)} the bytes of
 * {@link ResultJson#write(ScreeningResult, boolean)}'s text.
 */
class Utf8JsonWriterTest {

    /** Characters that need care: escapes, controls, the edges of each UTF-8 length, surrogates. */
    private static final char[] HARD = {'a', '"', '\\', '/', '\u0000', '\u0001', '\u001f', '\u0020', '\u007f', '\u0080',
        '\u00ff', '\u0100', '\u07ff', '\u0800', '\u2028', '\u2029', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff',
        '\ue000', '\ufeff', '\ufffd', '\uffff', '\b', '\t', '\n', '\u000b', '\f', '\r'};

    static String randomString(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(r.nextBoolean() ? 14 : 60);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(3) == 0 ? (char) r.nextInt(0x10000) : HARD[r.nextInt(HARD.length)]);
        }
        return sb.toString();
    }

    @Test
    void writesJacksonsBytes() throws IOException {
        Random r = new Random(20261122);
        List<String> failures = new ArrayList<>();
        for (int t = 0; t < 50_000 && failures.size() < 5; t++) {
            String s = randomString(r);
            double d = switch (r.nextInt(4)) {
                case 0 -> Double.longBitsToDouble(r.nextLong());
                case 1 -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e15, 1e-7, Double.MIN_VALUE}[r.nextInt(6)];
                default -> r.nextInt(100_000) / 100.0;
            };
            long l = r.nextLong() >> r.nextInt(64);
            boolean b = r.nextBoolean();

            ByteArrayOutputStream jackson = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(jackson, StandardCharsets.UTF_8);
                    JsonGenerator g = JsonSupport.FACTORY.createGenerator(w)) {
                write(JsonOut.of(g), s, d, l, b);
            }
            Utf8JsonWriter u = new Utf8JsonWriter(1);
            write(u, s, d, l, b);
            ByteArrayOutputStream mine = new ByteArrayOutputStream();
            u.writeTo(mine);
            if (!java.util.Arrays.equals(jackson.toByteArray(), mine.toByteArray())) {
                failures.add(jackson.toString(StandardCharsets.UTF_8) + " | " + mine.toString(StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * One writer reused line after line, as {@code batch} uses it: the field names it keeps encoded,
     * and the constants it encodes once (more distinct ones than it keeps, and recurring ones, with
     * every hard character), come out as Jackson writes them, next to plain strings and after commas.
     */
    @Test
    void keptNamesAndConstantsWriteJacksonsBytes() throws IOException {
        Random r = new Random(20261123);
        List<String> recurring = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            recurring.add(randomString(r));
        }
        Utf8JsonWriter u = new Utf8JsonWriter(1);
        List<String> failures = new ArrayList<>();
        int lines = Utf8JsonWriter.MAX_CONSTANTS * 3;
        for (int t = 0; t < lines && failures.size() < 5; t++) {
            String fresh = randomString(r) + t; // distinct: fills, then overflows, the kept constants
            String again = recurring.get(r.nextInt(recurring.size()));
            String big = again.repeat(1 + r.nextInt(300)); // some beyond the kept bytes
            ByteArrayOutputStream jackson = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(jackson, StandardCharsets.UTF_8);
                    JsonGenerator g = JsonSupport.FACTORY.createGenerator(w)) {
                constants(JsonOut.of(g), fresh, again, big);
            }
            constants(u, fresh, again, big);
            ByteArrayOutputStream mine = new ByteArrayOutputStream();
            u.writeTo(mine);
            if (!java.util.Arrays.equals(jackson.toByteArray(), mine.toByteArray())) {
                failures.add(jackson.toString(StandardCharsets.UTF_8) + " | " + mine.toString(StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void constants(JsonOut o, String fresh, String again, String big) throws IOException {
        o.startObject();
        o.name("ruleId"); // a kept name
        o.constant(again);
        o.name(fresh); // not a kept name
        o.constant(fresh);
        o.name("sources");
        o.startArray();
        o.constant(again);
        o.string(fresh);
        o.constant(big);
        o.constant(again);
        o.nullValue();
        o.constant(fresh);
        o.endArray();
        o.name("message");
        o.string(again);
        o.name("fingerprint");
        o.constant(big);
        o.endObject();
    }

    private static void write(JsonOut o, String s, double d, long l, boolean b) throws IOException {
        o.startObject();
        o.name(s);
        o.string(s);
        o.name("n");
        o.number(d);
        o.name("l");
        o.number(l);
        o.name("a");
        o.startArray();
        o.string(s);
        o.nullValue();
        o.bool(b);
        o.startObject();
        o.endObject();
        o.startArray();
        o.endArray();
        o.startArray();
        o.number(l);
        o.endArray();
        o.endArray();
        o.endObject();
    }

    @Test
    void resultBytesAreTheResultTextInUtf8() throws IOException {
        Screener screener = Screener.withDefaultRules();
        List<String> profiles = new ArrayList<>(ProfileJsonStreamTest.scenarioProfiles());
        profiles.add("{\"clientRef\":\"A\\ud800B \\ud83d\\ude00 \\u0001 \\\"q\\\" \u00e9\u4e2d\",\"screenedOn\":\"2026-11-21\"}");
        int checked = 0;
        for (String json : profiles) {
            ScreeningResult result = screener.screen(ProfileJson.read(json));
            for (boolean guidance : new boolean[] {true, false}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultJson.write(result, guidance, out);
                assertArrayEquals(encoded(ResultJson.write(result, guidance)), out.toByteArray(), json);
                checked++;
            }
        }
        assertTrue(checked > 400, "results checked: " + checked);
    }

    @Test
    void errorBytesAreTheErrorTextInUtf8() throws IOException {
        for (String json : List.of("", "{", "{\"acne\":\"yes\"}", "{\"clientRef\":1}", "{\"a\u200b\":1}", "[]")) {
            InvalidProfileException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidProfileException.class,
                    () -> ProfileJson.read(json));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultJson.writeError(42, e, out);
            assertArrayEquals(encoded(ResultJson.writeError(42, e)), out.toByteArray(), json);
        }
    }

    /** The text as a UTF-8 {@link OutputStreamWriter} writes it. */
    static byte[] encoded(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        return out.toByteArray();
    }
}
