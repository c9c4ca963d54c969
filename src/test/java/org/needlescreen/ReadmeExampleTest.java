package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the README's Java quick start verbatim, and checks the output the README shows.
 * Edit the README and this test notices.
 */
class ReadmeExampleTest {

    private static final Pattern BLOCK = Pattern.compile(
            "<!-- readme-example:start -->\\s*```java\\n(.*?)```\\s*<!-- readme-example:end -->.*?```text\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void quickStartRunsAndPrintsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = BLOCK.matcher(readme);
        assertTrue(m.find(), "README.md lost its readme-example block");
        String snippet = m.group(1);
        String shownOutput = m.group(2);
        List<String> lines = snippet.lines().toList();
        assertTrue(lines.size() <= 15, "the quick start should stay within 15 lines: " + lines.size() + " lines");
        String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        String source = imports + "\npublic class ReadmeExample {\n public static void main(String[] args) throws Exception {\n"
                + body + "\n }\n}\n";
        Path file = work.resolve("ReadmeExample.java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-cp", System.getProperty("java.class.path"),
                "-d", work.toString(), file.toString());
        assertEquals(0, rc, () -> "README example does not compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        assertEquals(shownOutput.strip(), out.toString(StandardCharsets.UTF_8).strip());
    }
}
