package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.cli.Main;

/**
 * Follows rules/README.md's walk-through as an author would, in an empty folder: every block marked
 * {@code <!-- authoring-step: ... -->} or {@code <!-- authoring-check: ... -->} is carried out in
 * order, every {@code java -jar needlescreen-cli.jar} command is run in-process, and every output
 * shown is compared with what the tool prints ({@code ...} stands for any text; a line holding only
 * {@code ...} for any lines).
 *
 * <ul>
 * <li>{@code authoring-step: file PATH}: the block is written to {@code PATH};</li>
 * <li>{@code authoring-step: run}: each line of the {@code sh} block is run ({@code mkdir -p} or
 * {@code java -jar needlescreen-cli.jar ...}); each must exit 0, except the last when an
 * {@code authoring-step: output exit=N} block follows, which gives its exit code and its stdout;</li>
 * <li>{@code authoring-check: in FILE replace "A" with "B", run "ARGS", exit N}: on a copy of the
 * folder, with that edit, {@code ARGS} prints the block and exits {@code N};</li>
 * <li>{@code authoring-step: pom} names Surefire 3; {@code authoring-step: java} is compiled and its
 * scenario tests run.</li>
 * </ul>
 */
class RulesReadmeTest {

    static final String README = "rules/README.md";
    static final String TOOL = "java -jar needlescreen-cli.jar ";
    static final Pattern MARKED = Pattern.compile(
            "<!-- authoring-(step|check): (.*?) -->\\s*```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    static final Pattern CHECK = Pattern.compile(
            "in (\\S+) replace \"(.*?)\" with \"(.*?)\", run \"(.*?)\", exit (\\d+)");

    @TempDir
    Path root;

    /** The author's empty folder. */
    Path work;

    private int copies;

    @BeforeEach
    void emptyFolder() throws IOException {
        work = Files.createDirectory(root.resolve("work"));
    }

    record Block(String kind, String args, String lang, String text) {
    }

    record Run(String command, int code, String out, String err) {
    }

    static List<Block> blocks(String readme) {
        List<Block> out = new ArrayList<>();
        Matcher m = MARKED.matcher(readme);
        while (m.find()) {
            out.add(new Block(m.group(1), m.group(2).strip(), m.group(3), m.group(4)));
        }
        return out;
    }

    @Test
    void everyShellBlockIsAStepTheTestRuns() throws IOException {
        String readme = Files.readString(Path.of(README));
        long shell = Pattern.compile("```sh\\n").matcher(readme).results().count();
        long marked = blocks(readme).stream().filter(b -> b.kind.equals("step") && b.args.equals("run")).count();
        assertTrue(shell > 0, "no shell block in " + README);
        assertEquals(shell, marked, "every ```sh block of " + README + " must be an <!-- authoring-step: run --> block");
        for (Block b : blocks(readme)) {
            if (b.args.equals("run")) {
                assertEquals("sh", b.lang, "a run step is a ```sh block");
            }
        }
    }

    @Test
    void theWalkThroughWorksAsWritten() throws Exception {
        String readme = Files.readString(Path.of(README));
        List<Block> blocks = blocks(readme);
        assertTrue(blocks.size() >= 12, "rules/README.md lost its walk-through: " + blocks.size() + " steps");
        int commands = 0;
        boolean javaRan = false;
        boolean pomSeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String where = "step " + (i + 1) + " (" + b.kind + ": " + b.args + ")";
            if (b.kind.equals("check")) {
                check(b, where);
                commands++;
            } else if (b.args.startsWith("file ")) {
                Path file = work.resolve(b.args.substring("file ".length()).strip());
                Files.createDirectories(file.getParent());
                Files.writeString(file, b.text);
            } else if (b.args.equals("run")) {
                Block output = i + 1 < blocks.size() && blocks.get(i + 1).args.startsWith("output") ? blocks.get(i + 1) : null;
                List<String> lines = b.text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                for (int k = 0; k < lines.size(); k++) {
                    String line = lines.get(k);
                    if (line.startsWith("mkdir -p ")) {
                        for (String d : line.substring("mkdir -p ".length()).trim().split("\\s+")) {
                            Files.createDirectories(work.resolve(d));
                        }
                        continue;
                    }
                    assertTrue(line.startsWith(TOOL), where + ": not a command this test can run: " + line);
                    Run r = run(work, line.substring(TOOL.length()));
                    commands++;
                    if (output != null && k == lines.size() - 1) {
                        Matcher exit = Pattern.compile("exit=(\\d+)").matcher(output.args);
                        assertTrue(exit.find(), where + ": the output block needs exit=N");
                        assertEquals(Integer.parseInt(exit.group(1)), r.code, where + ": " + r);
                        assertShown(output.text, r.out, where + ": " + line);
                    } else {
                        assertEquals(0, r.code, where + ": " + r);
                    }
                }
                if (output != null) {
                    i++;
                }
            } else if (b.args.equals("pom")) {
                assertTrue(b.text.contains("<artifactId>maven-surefire-plugin</artifactId>")
                        && b.text.matches("(?s).*<version>3\\.\\d+\\.\\d+</version>.*"), where + ": name Surefire 3");
                pomSeen = true;
            } else if (b.args.equals("java")) {
                runJavaTest(b.text, where);
                javaRan = true;
            } else {
                fail(where + ": unknown step");
            }
        }
        assertTrue(commands >= 6, "commands run: " + commands);
        assertTrue(javaRan && pomSeen, "the Java section lost its test class or its Surefire 3 plugin");
        assertTrue(readme.contains("## Your own questions and policy values"), "placeholder section for the lead");
        assertTrue(readme.contains("## The rule contract: rules report, never steer"), "the contract section");
    }

    /** On a copy of the folder, with one edit, a command prints what the README shows. */
    private void check(Block b, String where) throws Exception {
        Matcher m = CHECK.matcher(b.args);
        assertTrue(m.matches(), where + ": expected 'in FILE replace \"A\" with \"B\", run \"ARGS\", exit N'");
        Path copy = Files.createDirectory(root.resolve("check-" + ++copies));
        try {
            copyTree(work, copy);
            Path file = copy.resolve(m.group(1));
            String content = Files.readString(file);
            assertTrue(content.contains(m.group(2)), where + ": " + m.group(1) + " holds no " + m.group(2));
            Files.writeString(file, content.replace(m.group(2), m.group(3)));
            Run r = run(copy, m.group(4));
            assertEquals(Integer.parseInt(m.group(5)), r.code, where + ": " + r);
            assertShown(b.text, r.out, where);
        } finally {
            deleteTree(copy);
        }
    }

    /** Runs one command line of the tool in-process, with relative paths resolved in {@code base}. */
    static Run run(Path base, String commandLine) {
        String[] words = commandLine.trim().split("\\s+");
        String[] args = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean path = i > 0 && !w.startsWith("-")
                    && (Files.exists(base.resolve(w)) || w.contains("/") || w.contains("."));
            args[i] = path ? base.resolve(w).toString() : w;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String prefix = base.toString() + base.getFileSystem().getSeparator();
        return new Run(commandLine, code, out.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                err.toString(StandardCharsets.UTF_8).replace(prefix, ""));
    }

    /** {@code actual} is what {@code shown} shows: {@code ...} any text, a {@code ...} line any lines. */
    static void assertShown(String shown, String actual, String where) {
        StringBuilder regex = new StringBuilder();
        for (String line : shown.lines().toList()) {
            if (line.strip().equals("...")) {
                regex.append("(?:[^\\n]*\\n)*?");
                continue;
            }
            String[] parts = line.split("\\.\\.\\.", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "[^\\n]*?").append(Pattern.quote(parts[i]));
            }
            regex.append("\\n");
        }
        assertTrue(Pattern.compile(regex.toString()).matcher(actual).matches(),
                () -> where + ": the README shows\n" + shown + "\nbut the tool printed\n" + actual);
    }

    /** Compiles the README's test class, then runs its scenario tests as JUnit would. */
    private void runJavaTest(String source, String where) throws Exception {
        Matcher cls = Pattern.compile("class (\\w+)").matcher(source);
        assertTrue(cls.find(), where + ": no class");
        Path src = Files.createDirectory(root.resolve("java-" + ++copies));
        try {
            // Relative paths are the author's project folder: here, the walk-through's folder.
            String text = source.replaceAll("Path\\.of\\(\"([^\"]+)\"\\)",
                    Matcher.quoteReplacement("Path.of(\"") + Matcher.quoteReplacement(work.toString().replace("\\", "\\\\"))
                            + "/$1\")");
            Path file = src.resolve(cls.group(1) + ".java");
            Files.writeString(file, text);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int rc = javac.run(null, null, diagnostics, "-cp", System.getProperty("java.class.path"), "-d", src.toString(),
                    file.toString());
            assertEquals(0, rc, () -> where + ": does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));
            try (URLClassLoader loader = new URLClassLoader(new URL[] {src.toUri().toURL()}, getClass().getClassLoader())) {
                Class<?> c = loader.loadClass(cls.group(1));
                Constructor<?> ctor = c.getDeclaredConstructor();
                ctor.setAccessible(true);
                Object instance = ctor.newInstance();
                Method factory = Arrays.stream(c.getDeclaredMethods())
                        .filter(x -> x.isAnnotationPresent(org.junit.jupiter.api.TestFactory.class)).findFirst()
                        .orElseThrow(() -> new AssertionError(where + ": no @TestFactory"));
                factory.setAccessible(true);
                @SuppressWarnings("unchecked")
                Stream<DynamicNode> nodes = (Stream<DynamicNode>) factory.invoke(instance);
                List<String> passed = new ArrayList<>();
                List<String> failed = new ArrayList<>();
                nodes.forEach(n -> execute(n, passed, failed));
                assertEquals(List.of(), failed, where);
                assertEquals(List.of("over-70", "seventy", "tattoo", "every rule fires in some scenario"), passed, where);
            }
        } finally {
            deleteTree(src);
        }
    }

    static void execute(DynamicNode node, List<String> passed, List<String> failed) {
        if (node instanceof DynamicContainer c) {
            c.getChildren().forEach(child -> execute(child, passed, failed));
        } else if (node instanceof DynamicTest t) {
            try {
                t.getExecutable().execute();
                passed.add(t.getDisplayName());
            } catch (Throwable e) {
                failed.add(t.getDisplayName() + ": " + e.getMessage());
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
