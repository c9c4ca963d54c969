package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default rules come from the library's own jar, not from whatever class-path entry comes first. */
class DefaultRulesOriginTest {

    @Test
    void aJarEarlierOnTheClassPathCannotReplaceTheDefaultRules(@TempDir Path dir) throws Exception {
        Path impostor = dir.resolve("impostor.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(impostor))) {
            put(jar, "needlescreen/rules/ruleset.properties", "name=impostor\nversion=6.6.6\n");
            put(jar, "needlescreen/rules/needlescreen/skin/skin.drl", "package needlescreen.skin;\n"
                    + "import org.needlescreen.model.*;\n"
                    + "rule \"Everyone is fine\"\n    @ruleId(\"FINE\")\n    @decision(\"CAUTION\")\n"
                    + "    @summary(\"x\")\n    @sources(\"x\")\nwhen\n    ClientProfile( age == -1 )\nthen\n"
                    + "    finding(\"fine\");\nend\n");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(impostor.toUri().toURL()); // first: it would win a plain getResource lookup
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertTrue(loader.getResource("needlescreen/rules/ruleset.properties").toString().contains("impostor"),
                    "the impostor jar must shadow the resource for this test to mean anything");
            Class<?> screener = loader.loadClass(Screener.class.getName());
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            Object s;
            thread.setContextClassLoader(loader); // Drools finds its services through the context loader
            try {
                s = screener.getMethod("withDefaultRules").invoke(null);
            } finally {
                thread.setContextClassLoader(previous);
            }
            Object info = screener.getMethod("ruleSet").invoke(s);
            assertEquals("needlescreen-default", info.getClass().getMethod("name").invoke(info));
            assertEquals(Screens.DEFAULT.ruleSet().ruleCount(), info.getClass().getMethod("ruleCount").invoke(info));
        }
    }

    private static void put(JarOutputStream jar, String name, String content) throws Exception {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
