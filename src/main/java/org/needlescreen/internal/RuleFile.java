package org.needlescreen.internal;

import java.util.Objects;

/**
 * One DRL file of a rule set.
 *
 * @param path    relative to the rule directory, {@code /}-separated; its folders match the DRL package
 * @param content the DRL text
 */
public record RuleFile(String path, String content) {
    /**
     * Checks that both components are given.
     *
     * @param path    relative to the rule directory, {@code /}-separated; its folders match the DRL package
     * @param content the DRL text
     * @throws NullPointerException when {@code path} or {@code content} is {@code null}
     */
    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
