package org.needlescreen;

import java.util.Objects;

/**
 * Which rules decided a result, for audit.
 *
 * <p>Immutable, with value equality. A {@link Screener} gives its own ({@link Screener#ruleSet()});
 * to build one (for an embedder's own tests or stubs) use {@link #builder()}.
 */
public final class RuleSetInfo {

    private final String name;
    private final String version;
    private final String fingerprint;
    private final int ruleCount;

    private RuleSetInfo(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.version = Objects.requireNonNull(b.version, "version");
        this.fingerprint = Objects.requireNonNull(b.fingerprint, "fingerprint");
        this.ruleCount = b.ruleCount;
    }

    /**
     * A builder for a rule set's description, with a rule count of 0 unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rule set's name.
     *
     * @return the name ({@code ruleset.properties}, or the directory name)
     */
    public String name() {
        return name;
    }

    /**
     * The rule set's version.
     *
     * @return its version
     */
    public String version() {
        return version;
    }

    /**
     * What exactly decided: equal fingerprints mean the same rules and policy.
     *
     * @return a SHA-256 over every DRL file's path and content and every policy value the rules were
     *         evaluated with
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * How many rules were loaded.
     *
     * @return the number of rules
     */
    public int ruleCount() {
        return ruleCount;
    }

    /**
     * Value equality: the same name, version, fingerprint and rule count.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} describes the same rule set
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleSetInfo r && name.equals(r.name) && version.equals(r.version)
                && fingerprint.equals(r.fingerprint) && ruleCount == r.ruleCount;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, version, fingerprint, ruleCount);
    }

    /**
     * Every value: a rule set holds no client data.
     *
     * @return {@code RuleSetInfo[name=..., version=..., fingerprint=..., ruleCount=...]}
     */
    @Override
    public String toString() {
        return "RuleSetInfo[name=" + name + ", version=" + version + ", fingerprint=" + fingerprint
                + ", ruleCount=" + ruleCount + "]";
    }

    /** Builds a {@link RuleSetInfo}; not thread-safe. */
    public static final class Builder {

        private String name;
        private String version;
        private String fingerprint;
        private int ruleCount;

        private Builder() {
        }

        /**
         * Sets the name (required).
         *
         * @param name the rule set's name ({@code ruleset.properties}, or the directory name)
         * @return this builder
         * @throws NullPointerException when {@code name} is {@code null}
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the version (required).
         *
         * @param version the rule set's version
         * @return this builder
         * @throws NullPointerException when {@code version} is {@code null}
         */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Sets the fingerprint (required).
         *
         * @param fingerprint a SHA-256 over every DRL file's path and content and every policy value
         *                    the rules were evaluated with
         * @return this builder
         * @throws NullPointerException when {@code fingerprint} is {@code null}
         */
        public Builder fingerprint(String fingerprint) {
            this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
            return this;
        }

        /**
         * Sets the rule count (0 unless set).
         *
         * @param ruleCount how many rules were loaded
         * @return this builder
         */
        public Builder ruleCount(int ruleCount) {
            this.ruleCount = ruleCount;
            return this;
        }

        /**
         * Builds the description.
         *
         * @return a new immutable rule set description
         * @throws NullPointerException when the name, the version or the fingerprint was not set
         */
        public RuleSetInfo build() {
            return new RuleSetInfo(this);
        }
    }
}
