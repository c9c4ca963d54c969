package org.needlescreen;

import java.util.Objects;

/**
 * Which rules decided a result, for audit.
 *
 * @param name        the rule set's name ({@code ruleset.properties}, or the directory name)
 * @param version     its version
 * @param fingerprint a SHA-256 over every DRL file's path and content and every policy value the
 *                    rules were evaluated with: equal fingerprints mean the same rules and policy
 * @param ruleCount   how many rules were loaded
 */
public record RuleSetInfo(String name, String version, String fingerprint, int ruleCount) {
    /**
     * Checks the required components.
     *
     * @param name        the rule set's name ({@code ruleset.properties}, or the directory name)
     * @param version     its version
     * @param fingerprint a SHA-256 over every DRL file's path and content and every policy value the
     *                    rules were evaluated with: equal fingerprints mean the same rules and policy
     * @param ruleCount   how many rules were loaded
     * @throws NullPointerException when {@code name}, {@code version} or {@code fingerprint} is
     *                              {@code null}
     */
    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
