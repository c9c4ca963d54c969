package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.cli.MainTest.JSON;
import static org.needlescreen.cli.MainTest.SUITABLE_HOME;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} on hostile input: line ends, bytes that are not UTF-8, over-long lines, thread
 * counts, and rules that throw. Output line N must always belong to input line N.
 */
class BatchHardeningTest {

    /** The same home profile as {@link MainTest#SUITABLE_HOME} with rosacea: NOT_SUITABLE. */
    static final String ROSACEA = client("C-ROSACEA").replace("\"rosacea\":\"NO\"", "\"rosacea\":\"YES\"");

    record Run(int code, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        List<String> lines() {
            String out = out();
            assertTrue(out.isEmpty() || out.endsWith("\n"), "output ends with a line end: " + out);
            return out.isEmpty() ? List.of() : List.of(out.substring(0, out.length() - 1).split("\n", -1));
        }

        JsonNode line(int n) throws IOException {
            return JSON.readTree(lines().get(n - 1));
        }
    }

    static Run batch(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.run(all, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    static Run batch(byte[] stdin, String... args) {
        return batch(new ByteArrayInputStream(stdin), args);
    }

    static Run batch(String stdin, String... args) {
        return batch(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static String client(String ref) {
        return SUITABLE_HOME.replace("\"C-7\"", "\"" + ref + "\"");
    }

    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof byte[] raw) {
                b.writeBytes(raw);
            } else {
                b.writeBytes(p.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.toByteArray();
    }

    static void assertResult(Run r, int line, String ref, String decision) throws IOException {
        JsonNode n = r.line(line);
        assertEquals(ref, n.path("clientRef").asText(), "line " + line + ": " + n);
        assertEquals(decision, n.path("decision").asText(), "line " + line + ": " + n);
    }

    static void assertError(Run r, int line, String contains) throws IOException {
        JsonNode n = r.line(line);
        assertEquals(line, n.path("line").asInt(), n.toString());
        assertEquals("$", n.path("field").asText(), n.toString());
        assertTrue(n.path("error").asText().contains(contains), n.toString());
        assertFalse(n.has("decision"), n.toString());
    }

    // ---- line ends ----

    @Test
    void theRosaceaProfileIsNotSuitable() throws IOException {
        Run r = batch(client("C-1") + "\n" + ROSACEA + "\n");
        assertEquals(0, r.code, r.err);
        assertResult(r, 1, "C-1", "SUITABLE");
        assertResult(r, 2, "C-ROSACEA", "NOT_SUITABLE");
    }

    @Test
    void aBareCrInsideALineDoesNotSplitItNorShiftLaterResults() throws IOException {
        // Line 2 holds a CR between two fields (JSON whitespace); a reader that split on CR would
        // have made it two lines and put line 3's result on line 4.
        String withCr = client("C-2").replace(",\"acne\":", ",\r\"acne\":");
        String in = client("C-1") + "\n" + withCr + "\n" + ROSACEA + "\n" + client("C-4") + "\n";
        Run r = batch(in, "--threads", "3");
        assertEquals(0, r.code, r.err);
        assertEquals(4, r.lines().size(), r.out());
        assertResult(r, 1, "C-1", "SUITABLE");
        assertResult(r, 2, "C-2", "SUITABLE");
        assertResult(r, 3, "C-ROSACEA", "NOT_SUITABLE");
        assertResult(r, 4, "C-4", "SUITABLE");
        // A CR alone in a line, or a CR that ends a line without an LF after it, is still one line.
        Run crs = batch(client("C-1") + "\n\r\r\n" + ROSACEA + "\r");
        assertEquals(3, crs.lines().size(), crs.out());
        assertEquals(2, crs.line(2).path("line").asInt());
        assertResult(crs, 3, "C-ROSACEA", "NOT_SUITABLE");
    }

    @Test
    void crlfInputGivesTheSameBytesAsLf() {
        String lf = client("C-1") + "\n" + ROSACEA + "\n" + "{\"age\": 130}\n" + client("C-4") + "\n";
        Run a = batch(lf);
        Run b = batch(lf.replace("\n", "\r\n"));
        assertEquals(2, a.code, a.err);
        assertEquals(2, b.code, b.err);
        assertEquals(a.out(), b.out());
        assertEquals(4, b.lines().size());
        assertTrue(b.err.contains("1 of 4 lines invalid (line 3)"), b.err);
    }

    // ---- encoding ----

    @Test
    void anInvalidUtf8ByteSpoilsItsOwnLineOnly() throws IOException {
        String prefix = client("C-3").substring(0, client("C-3").indexOf("C-3"));
        byte[] bad = bytes(prefix, new byte[] {(byte) 0xFF}, client("C-3").substring(prefix.length()));
        byte[] dirty = bytes(client("C-1"), "\n", client("C-é2"), "\n", bad, "\n", ROSACEA, "\n", client("C-5"), "\n");
        byte[] clean = bytes(client("C-1"), "\n", client("C-é2"), "\n", client("C-3"), "\n", ROSACEA, "\n",
                client("C-5"), "\n");
        Run r = batch(dirty, "--threads", "2");
        Run ok = batch(clean, "--threads", "2");
        assertEquals(2, r.code, r.err);
        assertEquals(0, ok.code, ok.err);
        assertEquals(5, r.lines().size(), r.out());
        assertEquals(List.of("line", "error", "field"), MainTest.iterable(r.line(3)));
        assertEquals("not valid UTF-8 (byte offset " + prefix.length() + ")", r.line(3).get("error").asText());
        for (int i : new int[] {1, 2, 4, 5}) {
            assertEquals(ok.lines().get(i - 1), r.lines().get(i - 1), "line " + i);
        }
        assertResult(r, 2, "C-é2", "SUITABLE");
        assertResult(r, 4, "C-ROSACEA", "NOT_SUITABLE");
        assertTrue(r.err.contains("1 of 5 lines invalid (line 3)"), r.err);
    }

    @Test
    void aSequenceCutByTheLineEndIsInvalidAndDoesNotSwallowTheLf() throws IOException {
        // 0xC3 starts a two-byte sequence; the LF after it must still end the line.
        byte[] in = bytes("{\"clientRef\":\"x", new byte[] {(byte) 0xC3}, "\n", ROSACEA, "\n",
                new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n", client("C-4"), "\n");
        Run r = batch(in);
        assertEquals(4, r.lines().size(), r.out());
        assertError(r, 1, "not valid UTF-8 (byte offset 15)");
        assertResult(r, 2, "C-ROSACEA", "NOT_SUITABLE");
        assertError(r, 3, "not valid UTF-8 (byte offset 0)");
        assertResult(r, 4, "C-4", "SUITABLE");
        assertTrue(r.err.contains("2 of 4 lines invalid (lines 1, 3)"), r.err);
    }

    @Test
    void aByteOrderMarkIsAcceptedOnTheFirstLineOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Run r = batch(bytes(bom, client("C-1"), "\r\n", bom, client("C-2"), "\r\n", ROSACEA, "\r\n"));
        assertEquals(2, r.code, r.err);
        assertEquals(3, r.lines().size(), r.out());
        assertResult(r, 1, "C-1", "SUITABLE");
        assertEquals(2, r.line(2).path("line").asInt());
        assertFalse(r.line(2).has("decision"));
        assertResult(r, 3, "C-ROSACEA", "NOT_SUITABLE");
    }

    // ---- line length ----

    /** A line of {@code size} bytes of a long clientRef, made as it is read: never held whole. */
    static InputStream hugeLineBetween(String before, long size, String after) {
        byte[] head = bytes(before, "\n{\"clientRef\":\"");
        byte[] tail = bytes("\"}\n", after, "\n");
        long middle = size - 16;
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long total = head.length + middle + tail.length;
                if (pos >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - pos);
                for (int i = 0; i < n; i++, pos++) {
                    b[off + i] = pos < head.length ? head[(int) pos]
                            : pos < head.length + middle ? (byte) 'x' : tail[(int) (pos - head.length - middle)];
                }
                return n;
            }
        };
    }

    @Test
    void aLineOverTheDefaultLimitIsAnErrorAndTheNextLineGetsItsResult() throws IOException {
        long size = 20L << 20; // 20 MiB, streamed past, never buffered whole
        Run r = batch(hugeLineBetween(client("C-1"), size, ROSACEA));
        assertEquals(2, r.code, r.err);
        assertEquals(3, r.lines().size());
        assertResult(r, 1, "C-1", "SUITABLE");
        assertEquals(List.of("line", "error", "field"), MainTest.iterable(r.line(2)));
        assertError(r, 2, "line too long: " + size + " bytes, the limit is 4194304 (--max-line-bytes)");
        assertResult(r, 3, "C-ROSACEA", "NOT_SUITABLE");
        assertTrue(r.err.contains("1 of 3 lines invalid (line 2)"), r.err);
    }

    @Test
    void maxLineBytesIsExactAndExcludesTheLineEnd() throws IOException {
        String line = client("C-1");
        int len = line.length();
        String in = line + "\r\n" + line + "x\n" + ROSACEA.substring(0, len) + "\n" + client("C-4");
        Run r = batch(in, "--max-line-bytes", String.valueOf(len));
        assertEquals(4, r.lines().size(), r.out());
        assertResult(r, 1, "C-1", "SUITABLE"); // exactly the limit, CRLF
        assertError(r, 2, "line too long: " + (len + 1) + " bytes, the limit is " + len);
        assertEquals(3, r.line(3).path("line").asInt()); // within the limit, but cut: malformed JSON
        assertFalse(r.line(3).path("error").asText().contains("too long"));
        assertResult(r, 4, "C-4", "SUITABLE");
    }

    @Test
    void limitsOutOfRangeAreUsageErrors() {
        for (String[] args : List.of(new String[] {"--threads", "100000"}, new String[] {"--threads", "65"},
                new String[] {"--threads", "0"}, new String[] {"--threads", "-3"},
                new String[] {"--max-line-bytes", "0"}, new String[] {"--max-line-bytes", "67108865"},
                new String[] {"--max-line-bytes", "4MiB"})) {
            Run r = batch(client("C-1") + "\n", args);
            assertEquals(2, r.code, String.join(" ", args) + ": " + r.err);
            assertEquals("", r.out(), String.join(" ", args));
            assertTrue(r.err.contains(args[0]), r.err);
            assertFalse(r.err.contains("\tat "), r.err);
        }
        Run threads = batch(client("C-1") + "\n", "--threads", "100000");
        assertTrue(threads.err.contains("Invalid value for option '--threads': 100000 (from 1 to 64"), threads.err);
        Run bytes = batch(client("C-1") + "\n", "--max-line-bytes", "0");
        assertTrue(bytes.err.contains("(from 1 to 67108864"), bytes.err);
    }

    @Test
    void theCeilingsThemselvesAreAccepted() throws IOException {
        Run r = batch(client("C-1") + "\n" + ROSACEA + "\n", "--threads", "64", "--max-line-bytes", "67108864");
        assertEquals(0, r.code, r.err);
        assertResult(r, 2, "C-ROSACEA", "NOT_SUITABLE");
    }

    // ---- internal failures ----

    /**
     * A rule directory whose one rule throws for a client aged 77 and does nothing otherwise. The
     * only DRL in this class: adjust it here when the rule format changes.
     */
    /**
     * A profile that reads well but that the screener rejects (a custom answer the rule set does
     * not declare) gets its error line, in its place, and the lines around it their results.
     */
    @Test
    void aProfileTheScreenerRejectsGetsItsErrorLineInPlace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("answers.json"), """
                {"skinTone": {"type": "CHOICE", "values": ["LIGHT", "DARK"], "required": true,
                              "question": "How would you describe your skin tone?"}}
                """);
        Files.createDirectories(dir.resolve("clinic"));
        Files.writeString(dir.resolve("clinic/tone.drl"), """
                package clinic;

                import org.needlescreen.model.*;

                rule "Dark skin tone"
                    @ruleId("CLINIC-TONE")
                    @decision("CAUTION")
                    @summary("A dark skin tone.")
                    @sources("Clinic policy")
                when
                    CustomAnswers( is("skinTone", "DARK") )
                then
                    finding("A dark skin tone.");
                end
                """);
        String known = ",\"custom\":{\"skinTone\":\"LIGHT\"}}";
        String undeclared = ",\"custom\":{\"skinTone\":\"LIGHT\",\"tatooInArea\":\"YES\"}}";
        String in = String.join("\n", withEnd(client("C-1"), known), withEnd(client("C-2"), undeclared),
                withEnd(client("C-3"), known)) + "\n";
        Run r = batch(in, "--add-rules", dir.toString(), "--threads", "1");
        assertEquals(2, r.code(), r.err());
        assertEquals(3, r.lines().size(), r.out());
        assertResult(r, 1, "C-1", "SUITABLE");
        JsonNode rejected = r.line(2);
        assertEquals(2, rejected.path("line").asInt(), rejected.toString());
        assertEquals("custom.tatooInArea", rejected.path("field").asText(), rejected.toString());
        assertTrue(r.err().contains("1 of 3 lines invalid (line 2)"), r.err());
        assertResult(r, 3, "C-3", "SUITABLE");
    }

    private static String withEnd(String profile, String end) {
        return profile.substring(0, profile.lastIndexOf('}')) + end;
    }

    static Path throwingRules(Path dir) throws IOException {
        Path file = dir.resolve("clinic/throws.drl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package clinic;

                import org.needlescreen.model.*;

                rule "Throws at 77"
                    @ruleId("TEST-THROWS")
                    @decision("CAUTION")
                    @summary("Throws for a client aged 77.")
                    @sources("test")
                when
                    ClientProfile( age == 77 )
                then
                    finding("x" + Integer.parseInt("boom C-SECRET"));
                end
                """);
        return dir;
    }

    static String aged77(String ref) {
        return client(ref).replace("\"age\":34", "\"age\":77");
    }

    @Test
    void aRuleThatThrowsFailsItsLineOnlyAndExits3(@TempDir Path dir) throws IOException {
        String rules = throwingRules(dir).toString();
        String in = client("C-1") + "\n" + aged77("C-SECRET-2") + "\n" + ROSACEA + "\n" + aged77("C-SECRET-4")
                + "\n" + client("C-5") + "\n";
        Run r = batch(in, "--add-rules", rules, "--threads", "2");
        assertEquals(3, r.code, r.err);
        assertEquals(5, r.lines().size(), r.out());
        assertResult(r, 1, "C-1", "SUITABLE");
        assertResult(r, 3, "C-ROSACEA", "NOT_SUITABLE");
        assertResult(r, 5, "C-5", "SUITABLE");
        for (int i : new int[] {2, 4}) {
            assertEquals("{\"line\":" + i + ",\"error\":\"internal failure (rule TEST-THROWS), no result for this line\","
                    + "\"internal\":true}", r.lines().get(i - 1));
        }
        assertTrue(r.err.contains("internal failure on lines 2, 4; every other line has its result"), r.err);
        // neither the profile nor the exception's message leaks
        assertFalse(r.out().contains("SECRET") || r.err.contains("SECRET") || r.err.contains("boom"), r.err);
        assertFalse(r.err.contains("\tat "), r.err);
        Run verbose = batch(in, "--add-rules", rules, "--verbose");
        assertTrue(verbose.err.contains("\tat "), "--verbose traces the first failure: " + verbose.err);
    }

    @Test
    void internalFailuresAndInvalidLinesAreBothReportedAndInternalWins(@TempDir Path dir) throws IOException {
        String in = aged77("C-1") + "\n{\"age\": 130}\n" + ROSACEA + "\n";
        Run r = batch(in, "--add-rules", throwingRules(dir).toString());
        assertEquals(3, r.code, r.err);
        assertEquals(3, r.lines().size(), r.out());
        assertTrue(r.line(1).path("internal").asBoolean());
        assertEquals("age", r.line(2).path("field").asText());
        assertResult(r, 3, "C-ROSACEA", "NOT_SUITABLE");
        assertTrue(r.err.contains("1 of 3 lines invalid (line 2)"), r.err);
        assertTrue(r.err.contains("internal failure on line 1; every other line has its result or error line"), r.err);
    }

    @Test
    void manyFailedLinesAreNamedUpToTwentyAndCounted(@TempDir Path dir) throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            in.append(aged77("C-" + i)).append('\n');
        }
        Run r = batch(in.toString(), "--add-rules", throwingRules(dir).toString(), "--threads", "4");
        assertEquals(3, r.code, r.err);
        assertEquals(30, r.lines().size());
        assertTrue(r.err.contains("internal failure on 30 lines, lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, "
                + "14, 15, 16, 17, 18, 19, 20 and 10 more;"), r.err);
        Run invalid = batch(in.toString().replace("\"age\":77", "\"age\":177"));
        assertEquals(2, invalid.code);
        assertTrue(invalid.err.contains("30 of 30 lines invalid (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, "
                + "14, 15, 16, 17, 18, 19, 20 and 10 more)"), invalid.err);
    }

    // ---- streaming ----

    @Test
    void resultsAreWrittenWhileTheInputWaits() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1 << 16);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                sink.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                sink.write(b, off, len);
            }
        };
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"batch"}, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
        feed.write((ROSACEA + "\n").getBytes(StandardCharsets.UTF_8));
        feed.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String got = "";
        while (System.nanoTime() < deadline && !got.endsWith("\n")) {
            Thread.sleep(20);
            synchronized (out) {
                got = sink.toString(StandardCharsets.UTF_8);
            }
        }
        assertTrue(got.contains("\"NOT_SUITABLE\"") && got.endsWith("\n"), "line 1 before the input ends: " + got);
        feed.write((client("C-2") + "\n").getBytes(StandardCharsets.UTF_8));
        feed.close();
        assertEquals(0, code.get(60, TimeUnit.SECONDS));
        assertEquals(2, sink.toString(StandardCharsets.UTF_8).split("\n").length);
    }

    // ---- the line reader itself ----

    /** Gives one byte per read, so that every line end falls on a read boundary somewhere. */
    static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    static List<LineReader.Line> split(InputStream in, int max) throws IOException {
        LineReader r = new LineReader(in, max, null);
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line l; (l = r.next()) != null; ) {
            lines.add(l);
        }
        return lines;
    }

    @Test
    void lineReaderSplitsOnLfOnlyWhateverTheReadBoundaries() throws IOException {
        byte[] in = bytes("a\rb\r\n", "\n", "\r", "\n", "cc\r\r\n", "0123456789\n", "01234567890\r\n", "last\r");
        for (InputStream s : List.of(new ByteArrayInputStream(in), trickle(in))) {
            List<LineReader.Line> lines = split(s, 10);
            assertEquals(7, lines.size());
            assertArrayEquals(bytes("a\rb"), lines.get(0).bytes());
            assertArrayEquals(new byte[0], lines.get(1).bytes());
            assertArrayEquals(new byte[0], lines.get(2).bytes());
            assertArrayEquals(bytes("cc\r"), lines.get(3).bytes());
            assertArrayEquals(bytes("0123456789"), lines.get(4).bytes());
            assertNull(lines.get(5).bytes());
            assertEquals(11, lines.get(5).length());
            assertArrayEquals(bytes("last"), lines.get(6).bytes());
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(i + 1, lines.get(i).number());
            }
        }
        assertEquals(List.of(), split(new ByteArrayInputStream(new byte[0]), 10));
        assertEquals(1, split(new ByteArrayInputStream(bytes("\n")), 10).size());
    }
}
