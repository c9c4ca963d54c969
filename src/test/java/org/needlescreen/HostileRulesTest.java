package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.needlescreen.cli.ExitCode;
import org.needlescreen.cli.Main;

/**
 * Rules report, never steer: every folder of {@code src/test/resources/hostile-rules/} is a rule
 * set that looks valid (full metadata, package matching its folder) but breaks the rule contract
 * exactly once. Its {@code expected.txt} names the line of the violation and a distinctive part of
 * the message:
 *
 * <pre>
 * # what the rule does wrong (lines starting with # are comments)
 * line: 14
 * message: 'halt' is not allowed
 * also: 7        (optional: other lines the same violation is reported at, e.g. "reports nothing")
 * </pre>
 *
 * Each folder is loaded through the API beside the default rules and validated through the CLI
 * ({@code validate DIR}, which checks DIR alone); both must reject it at that file and line, and
 * the API must blame nothing else (no other line of the file, no default rule).
 */
class HostileRulesTest {

    static final Path ROOT = Path.of("src/test/resources/hostile-rules");

    /** Every violation the contract must reject, one folder each; a missing or extra folder fails the build. */
    static final List<String> VIOLATIONS = List.of(
            // changing the working memory or the engine
            "halt", "drools-halt", "delete-fact", "insert-fact", "modify-fact", "update-fact", "retract",
            "insert-logical", "kcontext-agenda-clear",
            // system, thread, reflection, I/O, network
            "system-exit", "runtime-exec", "thread-new", "process-builder", "reflection-class-forname",
            "reflection-stackwalker", "getclass", "file-io", "network-url", "eval-system", "constraint-method-system",
            // control flow and code in a consequence
            "while-loop", "for-loop", "try-catch", "throw", "lambda", "assignment", "new-object",
            "if-in-consequence", "no-report", "ask-in-finding-rule", "finding-in-question-rule",
            // imports and declarations
            "import-java-io", "import-static", "import-function", "global-declaration", "function-declaration",
            "query-declaration", "declare-type", "mvel-dialect",
            // steering attributes
            "activation-group", "agenda-group", "ruleflow-group", "auto-focus", "lock-on-active", "timer",
            "enabled-false", "file-level-attribute", "salience-expression",
            // conditions on facts the engine does not insert, or on other sources
            "screening-fact-pattern", "policy-fact-pattern", "recent-procedure-pattern", "unknown-fact-type",
            "from-clause", "accumulate", "collect",
            // code hidden from the check
            "unicode-escape", "text-block", "metadata-expression");

    /** One hostile rule set: its folder, its DRL file (relative, '/'-separated) and what is expected. */
    record Case(String name, Path dir, String drl, int line, String message, Set<Integer> also) {
        @Override
        public String toString() {
            return name + " (" + drl + ":" + line + ")";
        }
    }

    static List<Case> cases() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(HostileRulesTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case read(Path dir) {
        try {
            List<Path> drl;
            try (Stream<Path> walk = Files.walk(dir)) {
                drl = walk.filter(p -> p.toString().endsWith(".drl")).toList();
            }
            assertEquals(1, drl.size(), dir + " must hold exactly one .drl file: " + drl);
            String rel = dir.relativize(drl.get(0)).toString().replace(dir.getFileSystem().getSeparator(), "/");
            Integer line = null;
            String message = null;
            Set<Integer> also = new HashSet<>();
            for (String l : Files.readAllLines(dir.resolve("expected.txt"))) {
                if (l.startsWith("line:")) {
                    line = Integer.parseInt(l.substring(5).strip());
                } else if (l.startsWith("message:")) {
                    message = l.substring(8).strip();
                } else if (l.startsWith("also:")) {
                    for (String n : l.substring(5).strip().split("\\s+")) {
                        also.add(Integer.parseInt(n));
                    }
                }
            }
            assertTrue(line != null && line > 0 && message != null && !message.isEmpty(),
                    dir + "/expected.txt needs 'line: N' and 'message: ...'");
            return new Case(dir.getFileName().toString(), dir, rel, line, message, also);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyViolationHasItsFolder() {
        Set<String> folders = cases().stream().map(Case::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>(VIOLATIONS);
        assertEquals(VIOLATIONS.size(), declared.size(), "a violation is declared twice");
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(folders);
        Set<String> undeclared = new TreeSet<>(folders);
        undeclared.removeAll(declared);
        assertTrue(missing.isEmpty(), "declared violations without a folder under " + ROOT + ": " + missing);
        assertTrue(undeclared.isEmpty(), "folders under " + ROOT + " not declared in VIOLATIONS: " + undeclared);
    }

    @Test
    void everyFixtureIsNamedForItsViolationAndCarriesFullMetadata() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Case c : cases()) {
            assertEquals("clinic/" + c.name() + ".drl", c.drl(), c.name());
            String drl = Files.readString(c.dir().resolve(c.drl()));
            assertTrue(drl.startsWith("package clinic;"), c.name());
            for (String key : List.of("@ruleId(\"HOSTILE-", "@summary(\"", "@sources(\"")) {
                assertTrue(drl.contains(key), c.name() + " lacks " + key);
            }
            assertTrue(drl.contains("@decision(\"") || drl.contains("@asks(\""), c.name());
            String id = drl.substring(drl.indexOf("@ruleId(\"") + 9, drl.indexOf('"', drl.indexOf("@ruleId(\"") + 9));
            assertTrue(ids.add(id), "duplicate @ruleId " + id);
            assertTrue(drl.lines().count() >= c.line(), c.name() + ": line " + c.line() + " is past the end");
        }
    }

    @TestFactory
    Stream<DynamicNode> everyHostileRuleSetIsRejected() {
        return cases().stream().map(c -> dynamicContainer(c.toString(), Stream.of(
                dynamicTest("API: RulesLoadException at the violation", () -> rejectedByApi(c)),
                dynamicTest("CLI: validate exits 1 and names file:line", () -> rejectedByCli(c)))));
    }

    static void rejectedByApi(Case c) {
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> Screener.builder().addRules(c.dir()).build(), c.name() + " loaded");
        List<RuleProblem> here = e.problems().stream().filter(p -> p.file().equals(c.drl())).toList();
        assertTrue(here.stream().anyMatch(p -> p.line() == c.line() && p.message().contains(c.message())),
                () -> "expected " + c.drl() + ":" + c.line() + " '" + c.message() + "', got:\n" + e.getMessage());
        // Exactly one violation: nothing else in the file is blamed, and the default rules beside it load.
        List<RuleProblem> elsewhere = new ArrayList<>();
        for (RuleProblem p : e.problems()) {
            if (!p.file().equals(c.drl()) || (p.line() != c.line() && !c.also().contains(p.line()))) {
                elsewhere.add(p);
            }
        }
        assertTrue(elsewhere.isEmpty(), () -> "problems beyond the one violation: " + elsewhere);
    }

    static void rejectedByCli(Case c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"validate", c.dir().toString()}, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.RULES, code, () -> c.name() + ": exit " + code + "\n" + stdout + stderr);
        String where = c.dir().resolve(c.drl()).normalize() + ":" + c.line() + ":";
        assertTrue(stdout.lines().anyMatch(l -> l.startsWith(where) && l.contains(c.message())),
                () -> "expected a line starting '" + where + "' with '" + c.message() + "' in:\n" + stdout);
        assertFalse(stdout.startsWith("valid"), stdout);
        assertFalse(stderr.contains("\tat "), stderr);
    }
}
