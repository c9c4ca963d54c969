package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.needlescreen.cli.Main;
import org.needlescreen.internal.RuleSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The default rule set's version is the project version, written by the build (not by hand), and
 * {@code --version} prints it. The expected version comes from surefire's {@code project.version}
 * system property (or, outside Maven, from pom.xml), never from the resource under test.
 */
class VersionTest {

    static String projectVersion() throws Exception {
        String v = System.getProperty("project.version");
        if (v != null) {
            return v;
        }
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("version".equals(n.getNodeName())) {
                return n.getTextContent().trim();
            }
        }
        throw new AssertionError("no <version> in pom.xml");
    }

    @Test
    void defaultRuleSetVersionIsTheProjectVersion() throws Exception {
        String expected = projectVersion();
        assertFalse(expected.isBlank() || expected.contains("${"), expected);
        assertEquals(expected, RuleSource.buildVersion());
        RuleSource rules = RuleSource.defaultRules();
        assertEquals("needlescreen-default", rules.name());
        assertEquals(expected, rules.version());
    }

    @Test
    void versionOptionPrintsToolAndRuleSetVersions() throws Exception {
        String expected = projectVersion();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--version"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("needlescreen " + expected + " (default rules needlescreen-default " + expected + ")\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
