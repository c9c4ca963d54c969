package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every key a rule cites in {@code @sources("...")} has an entry in {@code docs/sources.md}: a
 * level-3 heading {@code ### KEY} followed by a reference paragraph.
 */
class BibliographyTest {

    static final Path RULES = Path.of("rules");
    static final Path SOURCES = Path.of("docs/sources.md");

    /** {@code @sources("a, b")}, possibly spread over lines; group 1 is the quoted value. */
    private static final Pattern SOURCES_ANNOTATION =
            Pattern.compile("@sources\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    /** A Markdown heading of level 1 to 6; group 1 is the hashes, group 2 the text. */
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    @Test
    void everyCitedKeyHasAnEntry() throws IOException {
        Map<String, Set<String>> cited = citedKeys(RULES);
        assertFalse(cited.isEmpty(), "no @sources(\"...\") found in any *.drl under " + RULES.toAbsolutePath());
        Map<String, String> entries = entries(Files.readString(SOURCES));

        List<String> problems = missingKeys(cited, entries.keySet());
        if (!problems.isEmpty()) {
            fail(problems.size() + " cited source key(s) have no '### KEY' entry in " + SOURCES + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void everyEntryHasAReferenceParagraph() throws IOException {
        String markdown = Files.readString(SOURCES);
        assertFalse(parse(markdown).isEmpty(), SOURCES + " has no '### KEY' entries");
        List<String> problems = entryProblems(markdown);
        if (!problems.isEmpty()) {
            fail(SOURCES + " has entries without a reference:\n  " + String.join("\n  ", problems));
        }
    }

    /** The checks themselves catch what they are meant to catch (so a passing run means something). */
    @Test
    void checksDetectMissingKeysAndEmptyEntries() {
        String md = "# Sources\n\nIntro.\n\n### Alpha\n\nAlpha A. A title. J Test. 2020;1:1-2.\n\n"
                + "### Beta\n\n### Gamma\n<!-- to do -->\n\n## Next section\n\ntext\n\n### Alpha\n\nAgain.\n";
        Map<String, String> entries = entries(md);
        assertEquals(Set.of("Alpha", "Beta", "Gamma"), entries.keySet());
        List<String> entryProblems = entryProblems(md);
        assertTrue(entryProblems.contains("### Beta: no reference paragraph"), entryProblems.toString());
        assertTrue(entryProblems.contains("### Gamma: no reference paragraph"), entryProblems.toString());
        assertTrue(entryProblems.contains("### Alpha: duplicate entry"), entryProblems.toString());
        assertEquals(3, entryProblems.size(), entryProblems.toString());

        Map<String, Set<String>> cited = new TreeMap<>();
        keysIn("rule \"r\"\n    @sources(\"Alpha, Delta ,, Beta\")\nwhen\nthen\nend\n"
                + "// @sources(\"Commented\")\n", "x.drl", cited);
        assertEquals(Set.of("Alpha", "Delta", "", "Beta"), cited.keySet());
        List<String> missing = missingKeys(cited, entries.keySet());
        assertEquals(List.of("(empty key) (x.drl)", "Delta (x.drl)"), missing);
    }

    /** Cited key to the rule files citing it, for every {@code *.drl} under {@code dir}. */
    static Map<String, Set<String>> citedKeys(Path dir) throws IOException {
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " is not a directory");
        Map<String, Set<String>> cited = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .forEach(p -> keysIn(read(p), p.toString().replace('\\', '/'), cited));
        }
        return cited;
    }

    static void keysIn(String drl, String file, Map<String, Set<String>> cited) {
        StringBuilder code = new StringBuilder();
        for (String line : drl.split("\n", -1)) {
            code.append(line.strip().startsWith("//") ? "" : line).append('\n');
        }
        Matcher m = SOURCES_ANNOTATION.matcher(code);
        while (m.find()) {
            for (String key : m.group(1).split(",", -1)) {
                cited.computeIfAbsent(key.strip(), k -> new TreeSet<>()).add(file);
            }
        }
    }

    static List<String> missingKeys(Map<String, Set<String>> cited, Set<String> entryKeys) {
        List<String> problems = new ArrayList<>();
        cited.forEach((key, files) -> {
            if (key.isEmpty() || !entryKeys.contains(key)) {
                problems.add((key.isEmpty() ? "(empty key)" : key) + " (" + String.join(", ", files) + ")");
            }
        });
        return problems;
    }

    /** One {@code ### KEY} entry: its key and its body (the text up to the next heading). */
    record Entry(String key, String body) {
    }

    /** The {@code ### KEY} entries of a Markdown bibliography, in order, duplicates included. */
    static List<Entry> parse(String markdown) {
        List<Entry> entries = new ArrayList<>();
        String key = null;
        StringBuilder body = new StringBuilder();
        for (String line : (markdown + "\n# end").split("\n", -1)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                if (key != null) {
                    entries.add(new Entry(key, body.toString()));
                }
                key = h.group(1).length() == 3 ? h.group(2) : null;
                body.setLength(0);
            } else if (key != null) {
                body.append(line).append('\n');
            }
        }
        return entries;
    }

    /** Key to body, the first entry winning for a duplicate key. */
    static Map<String, String> entries(String markdown) {
        Map<String, String> entries = new LinkedHashMap<>();
        parse(markdown).forEach(e -> entries.putIfAbsent(e.key(), e.body()));
        return entries;
    }

    /** Entries whose body has no reference (only blank lines or HTML comments), and duplicate keys. */
    static List<String> entryProblems(String markdown) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Entry e : parse(markdown)) {
            if (!seen.add(e.key())) {
                problems.add("### " + e.key() + ": duplicate entry");
            } else if (!hasReference(e.body())) {
                problems.add("### " + e.key() + ": no reference paragraph");
            }
        }
        return problems;
    }

    /** A reference paragraph: some text with letters, once HTML comments are removed. */
    static boolean hasReference(String body) {
        String text = body.replaceAll("(?s)<!--.*?-->", "").strip();
        return text.codePoints().filter(Character::isLetter).count() >= 10;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
