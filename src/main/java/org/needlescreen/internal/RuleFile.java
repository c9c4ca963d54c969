package org.needlescreen.internal;

import java.util.Objects;

/**
 * One DRL file of a rule set.
 *
 * @param path    relative to the rule directory, {@code /}-separated; its folders match the DRL package
 * @param content the DRL text
 */
public record RuleFile(String path, String content) {
    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
