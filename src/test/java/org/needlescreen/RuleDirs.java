package org.needlescreen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small DRL rule directories for tests. */
final class RuleDirs {

    static final String HEADER = "package custom;\n\nimport org.needlescreen.Policy;\nimport org.needlescreen.model.*;\n\n";

    private RuleDirs() {
    }

    /** Writes {@code dir/custom/<file>} with the standard header and the given rules. */
    static Path write(Path dir, String file, String rules) {
        return writeRaw(dir, "custom/" + file, HEADER + rules);
    }

    static Path writeRaw(Path dir, String relative, String content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed finding rule. */
    static String rule(String name, String id, String decision, String when, String then) {
        return "rule \"" + name + "\"\n"
                + "    @ruleId(\"" + id + "\")\n"
                + "    @decision(\"" + decision + "\")\n"
                + "    @summary(\"Test rule " + id + ".\")\n"
                + "    @sources(\"test\")\n"
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n\n";
    }
}
