package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * What {@code mvn package} produces, checked by maven-failsafe-plugin in {@code mvn verify}: the
 * library jar's manifest and packaged files, the sources and javadoc jars beside it, and the CLI
 * jar's {@code --version}.
 */
class PackagingIT {

    static final String VERSION = System.getProperty("project.version");

    static Path libraryJar() {
        Path jar = Path.of(System.getProperty("needlescreen.jar", "target/needlescreen-" + VERSION + ".jar"));
        assertTrue(Files.isRegularFile(jar), "run 'mvn package' first: no " + jar);
        return jar;
    }

    @Test
    void libraryJarManifestNamesTheModuleAndVersion() throws Exception {
        assertNotNull(VERSION, "project.version is set by the pom");
        try (JarFile jar = new JarFile(libraryJar().toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("org.needlescreen", main.getValue("Automatic-Module-Name"));
            assertEquals("NeedleScreen", main.getValue("Implementation-Title"));
            assertEquals(VERSION, main.getValue("Implementation-Version"));
            assertEquals("version=" + VERSION, new String(jar.getInputStream(jar.getEntry("needlescreen/build.properties"))
                    .readAllBytes(), StandardCharsets.ISO_8859_1).lines().filter(l -> l.startsWith("version=")).findFirst()
                    .orElse(""));
            assertNotNull(jar.getEntry("META-INF/LICENSE"), "LICENSE in the jar");
            assertNotNull(jar.getEntry("needlescreen/rules/ruleset.properties"), "default rules in the jar");
        }
    }

    @Test
    void sourcesAndJavadocJarsAreBuilt() throws Exception {
        Path dir = libraryJar().getParent();
        for (String classifier : List.of("sources", "javadoc")) {
            Path jar = dir.resolve("needlescreen-" + VERSION + "-" + classifier + ".jar");
            assertTrue(Files.isRegularFile(jar), "no " + jar);
            try (JarFile j = new JarFile(jar.toFile())) {
                String entry = classifier.equals("sources") ? "org/needlescreen/Screener.java"
                        : "org/needlescreen/Screener.html";
                assertNotNull(j.getEntry(entry), entry + " in " + jar);
            }
        }
    }

    @Test
    void cliJarPrintsItsVersionAndHasItsOwnModuleName() throws Exception {
        Path cli = Path.of(System.getProperty("needlescreen.cli.jar", "target/needlescreen-cli.jar"));
        assertTrue(Files.isRegularFile(cli), "no " + cli);
        try (JarFile jar = new JarFile(cli.toFile())) {
            // A fat jar holds other projects' packages: it must not claim the library's module name.
            assertEquals("org.needlescreen.cli", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                cli.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("needlescreen " + VERSION + " (default rules needlescreen-default " + VERSION + ")\n", out);
    }
}
