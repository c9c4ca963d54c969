package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real executable jar, {@code target/needlescreen-cli.jar}, in a separate JVM: run by
 * maven-failsafe-plugin in {@code mvn verify}, after {@code package} built the jar. Checks that
 * Drools works once shaded (its service files merged), that the default rules load from inside the
 * jar, and that nothing but the result reaches stdout and nothing but messages reaches stderr.
 */
class CliJarIT {

    static Path jar;

    record Proc(int code, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("needlescreen.cli.jar", "target/needlescreen-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "run 'mvn package' first: no " + jar.toAbsolutePath());
    }

    static Proc java(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("needlescreen-it", ".out");
        Path err = Files.createTempFile("needlescreen-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null").exists()
                    ? new File("/dev/null") : new File("NUL")) : ProcessBuilder.Redirect.from(stdin.toFile()));
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
            return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Proc java(String... args) throws IOException, InterruptedException {
        return java(null, args);
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Proc p = java("--help");
        assertEquals(0, p.code, p.err);
        for (String c : List.of("screen", "batch", "validate", "rules", "questions")) {
            assertTrue(p.out.contains("  " + c + " "), p.out);
        }
        Proc v = java("--version");
        assertTrue(v.out.matches("needlescreen \\d+\\.\\d+\\.\\d+.*\\n"), v.out);
    }

    @Test
    void screensTheExampleWithTheRulesInsideTheJar() throws Exception {
        Proc p = java("screen", "examples/client.json");
        assertEquals(0, p.code, p.err);
        assertEquals("", p.err, "stderr must stay quiet (no logging noise)");
        JsonNode n = new ObjectMapper().readTree(p.out);
        assertEquals("NOT_SUITABLE", n.get("decision").asText());
        assertEquals("needlescreen-default", n.get("ruleSet").get("name").asText());
        assertFalse(n.get("ruleSet").get("version").asText().contains("${"), n.toString());
        assertEquals(p.out, java("screen", "examples/client.json").out, "deterministic");

        Proc text = java("screen", "--format", "text", "examples/client.json");
        assertEquals(0, text.code, text.err);
        assertTrue(text.out.startsWith("Decision: NOT_SUITABLE\n"), text.out);
    }

    @Test
    void readmeQuickStartShowsWhatTheJarPrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "screen --format text examples/client.json\\n.*?```text\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(readme);
        assertTrue(m.find(), "README.md lost its quick-start output");
        Proc text = java("screen", "--format", "text", "examples/client.json");
        assertEquals(0, text.code, text.err);
        // The fingerprint changes with every rule edit: compare its shape, the rest to the letter.
        String fingerprint = "Fingerprint: [0-9a-f]{64}";
        assertEquals(m.group(1).strip().replaceAll(fingerprint, "Fingerprint: <sha-256>"),
                text.out.strip().replaceAll(fingerprint, "Fingerprint: <sha-256>"), "README quick-start output is stale");
    }

    @Test
    void screensStandardInput() throws Exception {
        Proc p = java(Path.of("examples/client.json"), "screen", "-");
        assertEquals(0, p.code, p.err);
        assertEquals(java("screen", "examples/client.json").out, p.out);
    }

    @Test
    void invalidInputIsExit2WithAMessageAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"acne\": \"mild\"}");
        Proc p = java("screen", bad.toString());
        assertEquals(2, p.code);
        assertEquals("", p.out);
        assertTrue(p.err.contains("'acne'") && p.err.contains("\"mild\"") && p.err.contains("MILD"), p.err);
        assertFalse(p.err.contains("\tat "), p.err);
        Proc missing = java("screen", dir.resolve("missing.json").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("no such file"), missing.err);
    }

    @Test
    void batchTheExamples(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results.jsonl");
        Proc p = java("batch", "examples/clients.jsonl", "--out", out.toString());
        assertEquals(2, p.code, p.err);
        List<String> lines = Files.readAllLines(out);
        assertEquals(Files.readAllLines(Path.of("examples/clients.jsonl")).size(), lines.size());
        assertTrue(lines.get(2).startsWith("{\"line\":3,\"error\":"), lines.get(2));
        assertFalse(p.err.contains("screened"), "no progress without a terminal: " + p.err);
    }

    @Test
    void validateRulesAndQuestions(@TempDir Path dir) throws Exception {
        Proc ok = java("validate", "rules");
        assertEquals(0, ok.code, ok.out + ok.err);
        Path broken = dir.resolve("clinic/broken.drl");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "package clinic;\n\nrule \"Broken\"\nwhen\n    Foo( \nthen\nend\n");
        Proc bad = java("validate", dir.toString());
        assertEquals(1, bad.code, bad.out + bad.err);
        assertTrue(bad.out.startsWith(broken + ":"), bad.out);
        assertFalse(bad.err.contains("\tat "), bad.err);

        Proc rules = java("rules");
        assertEquals(0, rules.code, rules.err);
        assertTrue(rules.out.contains("ROSACEA  NOT_SUITABLE"), rules.out);
        Proc questions = java("questions", "--format", "json");
        assertEquals(0, questions.code, questions.err);
        assertTrue(new ObjectMapper().readTree(questions.out).get("questions").size() >= 13);
    }

    @Test
    void testAndDiffRunInTheJarWhichHasNoJUnit(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("my-clinic");
        Files.createDirectories(rules.resolve("clinic"));
        Files.createDirectories(rules.resolve("scenarios/age"));
        Files.writeString(rules.resolve("clinic/age.drl"), "package clinic;\n\nimport org.needlescreen.model.*;\n\n"
                + "rule \"Older skin\"\n    @ruleId(\"CLINIC-AGE-OVER-70\")\n    @decision(\"REFER\")\n"
                + "    @summary(\"Over 70.\")\n    @sources(\"Clinic policy\")\nwhen\n    ClientProfile( age != null, age > 70 )\n"
                + "then\n    finding(\"Over 70.\");\nend\n");
        Files.writeString(rules.resolve("scenarios/age/over-70.json"), "{\"profile\": {\"screenedOn\": \"2026-11-21\","
                + " \"age\": 75}, \"expect\": {\"decision\": \"INCOMPLETE\", \"fires\": [\"CLINIC-AGE-OVER-70\"]}}");
        try (ZipFile z = new ZipFile(jar.toFile())) {
            assertTrue(z.getEntry("org/junit/jupiter/api/DynamicNode.class") == null, "the CLI jar carries no JUnit");
            assertTrue(z.getEntry("org/needlescreen/scenario/ScenarioRunner.class") != null);
        }
        Proc test = java("test", rules.toString());
        assertEquals(0, test.code, test.out + test.err);
        assertTrue(test.out.startsWith("PASS age/over-70\n"), test.out);
        assertEquals("", test.err);

        Proc diff = java("diff", "examples/clients.jsonl", "--to-add-rules", rules.toString());
        assertEquals(2, diff.code, "line 3 of the example is invalid: " + diff.err);
        assertTrue(diff.out.contains("\nline 3: invalid: ") && diff.out.contains("Decisions, from (rows) to (columns):"),
                diff.out);
    }

    @Test
    void theJarCarriesItsDependenciesAndMergedServiceFiles() throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (String entry : List.of("picocli/CommandLine.class",
                    "com/fasterxml/jackson/databind/ObjectMapper.class", "org/drools/core/impl/RuleBaseFactory.class",
                    "needlescreen/rules/ruleset.properties", "org/needlescreen/cli/Main.class")) {
                assertTrue(z.getEntry(entry) != null, entry);
            }
            String suppliers = new String(z.getInputStream(
                    z.getEntry("META-INF/services/org.drools.wiring.api.ComponentsSupplier")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(suppliers.contains("org.drools.wiring.statics.StaticComponentsSupplier\n"), suppliers);
            assertTrue(suppliers.contains("org.drools.wiring.dynamic.DynamicComponentsSupplier"), suppliers);
            assertTrue(z.getEntry("META-INF/services/org.kie.api.KieServices") != null);
            for (String signature : List.of(".SF", ".DSA", ".RSA")) {
                assertTrue(z.stream().noneMatch(e -> e.getName().startsWith("META-INF/")
                        && e.getName().endsWith(signature) && e.getName().indexOf('/', 9) < 0), signature);
            }
        }
    }
}
