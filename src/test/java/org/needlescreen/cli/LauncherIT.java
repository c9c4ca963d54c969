package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, {@code bin/needlescreen}: it prints exactly what {@code java -jar} prints, makes a
 * class-data archive in its cache on a first run and uses it on the next. Run by
 * maven-failsafe-plugin in {@code mvn verify}; needs a POSIX sh. Kept cheap: the archive is made by
 * {@code policy} (no rules compiled, a small archive); {@code screen} runs without one, because
 * making the full archive takes several seconds.
 */
class LauncherIT {

    @Test
    void launcherPrintsWhatJavaJarPrints(@TempDir Path cache) throws Exception {
        Path jar = cliJar();
        String javaHome = System.getProperty("java.home");
        List<String> javaJar = javaJar(jar);
        Map<String, String> env = Map.of("NEEDLESCREEN_JAR", jar.toString(), "NEEDLESCREEN_CACHE", cache.toString(),
                "JAVA_HOME", javaHome);

        // screen, short-command flags, no archive
        List<String> screen = List.of("screen", "examples/client.json");
        Map<String, String> noCds = new HashMap<>(env);
        noCds.put("NEEDLESCREEN_CDS", "off");
        assertEquals(run(concat(javaJar, screen), Map.of()), run(concat(launcher(), screen), noCds), "screen");

        // policy: the first run makes the archive, the second maps it
        List<String> policy = List.of("policy");
        String expected = run(concat(javaJar, policy), Map.of());
        assertEquals(expected, run(concat(launcher(), policy), env), "first launcher run (makes the archive)");
        Path fingerprint;
        try (Stream<Path> files = Files.list(cache)) {
            fingerprint = files.filter(p -> p.toString().endsWith(".fingerprint")).findFirst().orElseThrow();
        }
        String fp = Files.readString(fingerprint, StandardCharsets.UTF_8);
        assertTrue(fp.contains("\nstatus=ok\n"), "the JVM refused the archive it made:\n" + fp);
        assertTrue(Files.isRegularFile(Path.of(fingerprint.toString().replace(".fingerprint", ".jsa"))), fp);
        assertEquals(expected, run(concat(launcher(), policy), env), "second launcher run (maps the archive)");
    }

    /**
     * batch runs with the launcher's collector, and with one the user names instead (the JVM
     * refuses two): both print what {@code java -jar} prints. So does screen with a user's collector.
     */
    @Test
    void aCollectorTheUserNamesReplacesTheLaunchers(@TempDir Path dir) throws Exception {
        Path jar = cliJar();
        String javaHome = System.getProperty("java.home");
        List<String> javaJar = javaJar(jar);
        Path in = dir.resolve("in.jsonl");
        Files.write(in, Files.readAllLines(Path.of("examples/clients.jsonl")).subList(0, 2)); // both valid
        List<String> batch = List.of("batch", in.toString());
        String expected = run(concat(javaJar, batch), Map.of());
        assertTrue(expected.contains("\"clientRef\":\"C-1043\""), expected);
        for (String opts : List.of("", "-XX:+UseG1GC", "-XX:+UseSerialGC -Xmx128m")) {
            Map<String, String> env = Map.of("NEEDLESCREEN_JAR", jar.toString(), "NEEDLESCREEN_CDS", "off",
                    "JAVA_HOME", javaHome, "NEEDLESCREEN_JAVA_OPTS", opts);
            assertEquals(expected, run(concat(launcher(), batch), env), "batch with '" + opts + "'");
        }
        List<String> screen = List.of("screen", "examples/client.json");
        Map<String, String> env = Map.of("NEEDLESCREEN_JAR", jar.toString(), "NEEDLESCREEN_CDS", "off",
                "JAVA_HOME", javaHome, "NEEDLESCREEN_JAVA_OPTS", "-XX:+UseParallelGC");
        assertEquals(run(concat(javaJar, screen), Map.of()), run(concat(launcher(), screen), env), "screen");
    }

    /** The CLI jar the build made; skips the test where there is no POSIX sh to run the launcher. */
    private static Path cliJar() {
        assumeTrue(new File("/bin/sh").canExecute(), "no POSIX sh here");
        Path jar = Path.of(System.getProperty("needlescreen.cli.jar", "target/needlescreen-cli.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run 'mvn package' first: no " + jar);
        return jar;
    }

    /** {@code java -jar JAR} with this test's JDK. */
    private static List<String> javaJar(Path jar) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
    }

    private static List<String> launcher() {
        return List.of("/bin/sh", "bin/needlescreen");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String run(List<String> cmd, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile("needlescreen-launcher", ".out");
        Path err = Files.createTempFile("needlescreen-launcher", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), cmd + ": " + stderr);
            assertEquals("", stderr, cmd + ": stderr must stay quiet");
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
