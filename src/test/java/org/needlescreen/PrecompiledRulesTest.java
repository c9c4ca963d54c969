package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.oracle.ProfileGenerator;

/**
 * The default rules compiled at build time screen exactly as the same DRL compiled at run time, and
 * their catalogue and fingerprint are the DRL's.
 */
class PrecompiledRulesTest {

    /** A copy of the packaged default rules as a plain directory: always compiled from DRL. */
    private static Path copyOfDefaultRules(Path dir) throws IOException {
        Path root = Path.of("target/classes/needlescreen/rules");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(root.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        return dir;
    }

    @Test
    void theBuildShipsPrecompiledPackagesMatchingTheDrl() throws IOException {
        try (InputStream digest = ClassLoader.getSystemResourceAsStream("needlescreen/precompiled/rules.sha256");
             InputStream packages = ClassLoader.getSystemResourceAsStream("needlescreen/precompiled/packages.bin")) {
            assertTrue(digest != null && packages != null, "mvn process-classes writes the precompiled rules");
        }
    }

    @Test
    void precompiledAndDrlGiveIdenticalResults(@TempDir Path dir) throws IOException {
        Screener precompiled = Screens.DEFAULT;
        Path copy = copyOfDefaultRules(dir);
        // Compiling the default rules from DRL logs no warning at all (class-reactivity warnings
        // included): slf4j-simple writes WARN lines to the System.err of the moment.
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream previous = System.err;
        Screener fromDrl;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            fromDrl = Screener.builder().rulesFrom(copy).clock(Screens.CLOCK).build();
        } finally {
            System.setErr(previous);
        }
        String logged = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(logged.lines().noneMatch(l -> l.contains("WARN") || l.contains("ERROR")), logged);
        assertEquals(precompiled.rules(), fromDrl.rules(), "same catalogue, files and lines");
        assertEquals(precompiled.ruleSet().fingerprint(), fromDrl.ruleSet().fingerprint(),
                "the fingerprint is the DRL's either way");
        ProfileGenerator profiles = new ProfileGenerator(ProfileGenerator.DEFAULT_SEED + 7, Policy.defaults());
        List<String> differences = new ArrayList<>();
        int n = 20_000;
        for (int i = 0; i < n && differences.size() < 5; i++) {
            ClientProfile p = profiles.next();
            ScreeningResult a = precompiled.screen(p);
            ScreeningResult b = fromDrl.screen(p);
            if (!a.decision().equals(b.decision()) || !a.findings().equals(b.findings())
                    || !a.missingAnswers().equals(b.missingAnswers()) || !a.guidance().equals(b.guidance())) {
                differences.add(ProfileGenerator.describe(p));
            }
        }
        assertEquals(List.of(), differences);
    }
}
