package org.needlescreen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded rule as the catalogue shows it.
 *
 * <p>Immutable, with value equality. Descriptions come from {@link Screener#rules()}; to build one
 * (for an embedder's own tests or stubs) use {@link #builder()}.
 */
public final class RuleDescription {

    private final String ruleId;
    private final String name;
    private final Decision decision;
    private final String asks;
    private final boolean required;
    private final String question;
    private final String summary;
    private final List<String> sources;
    private final List<String> policyKeys;
    private final String rationale;
    private final String file;
    private final int line;

    private RuleDescription(Builder b) {
        this.ruleId = b.ruleId;
        this.name = b.name;
        this.decision = b.decision;
        this.asks = b.asks;
        this.required = b.required;
        this.question = b.question;
        this.summary = b.summary;
        this.sources = List.copyOf(Objects.requireNonNull(b.sources, "sources"));
        this.policyKeys = List.copyOf(Objects.requireNonNull(b.policyKeys, "policyKeys"));
        this.rationale = b.rationale;
        this.file = b.file;
        this.line = b.line;
    }

    /**
     * A builder for a rule's description: every text {@code null}, no sources or policy keys,
     * line 0 and not required, unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rule's id.
     *
     * @return its {@code @ruleId}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * The rule's name.
     *
     * @return its DRL name
     */
    public String name() {
        return name;
    }

    /**
     * The decision a finding rule yields.
     *
     * @return its {@code @decision}; {@code null} for a question rule
     */
    public Decision decision() {
        return decision;
    }

    /**
     * The field a question rule asks about.
     *
     * @return the profile field it asks about; {@code null} for a finding rule
     */
    public String asks() {
        return asks;
    }

    /**
     * For a question rule, whether the answer is required.
     *
     * @return {@code true} when a question rule's answer is required
     */
    public boolean required() {
        return required;
    }

    /**
     * For a question rule, the question to ask.
     *
     * @return the question; {@code null} for a finding rule
     */
    public String question() {
        return question;
    }

    /**
     * What the rule checks.
     *
     * @return what it checks, in one sentence
     */
    public String summary() {
        return summary;
    }

    /**
     * The rule's sources.
     *
     * @return its {@code @sources} (immutable)
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * The policy values the rule uses.
     *
     * @return the policy keys (immutable)
     */
    public List<String> policyKeys() {
        return policyKeys;
    }

    /**
     * Why, where sources conflict or a choice was made.
     *
     * @return its {@code @rationale}; may be {@code null}
     */
    public String rationale() {
        return rationale;
    }

    /**
     * The rule's file.
     *
     * @return its DRL file, relative to its rule directory
     */
    public String file() {
        return file;
    }

    /**
     * The rule's line.
     *
     * @return the line of its header
     */
    public int line() {
        return line;
    }

    /**
     * Whether this rule asks a question rather than yielding a finding.
     *
     * @return {@code true} when {@link #asks()} is not {@code null}
     */
    public boolean isQuestion() {
        return asks != null;
    }

    /**
     * The decision a finding rule yields, as an {@code Optional}.
     *
     * @return the decision; empty for a question rule
     */
    public Optional<Decision> findingDecision() {
        return Optional.ofNullable(decision);
    }

    /**
     * Value equality: every value equal.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} describes a rule with equal values
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleDescription r && Objects.equals(ruleId, r.ruleId)
                && Objects.equals(name, r.name) && decision == r.decision && Objects.equals(asks, r.asks)
                && required == r.required && Objects.equals(question, r.question) && Objects.equals(summary, r.summary)
                && sources.equals(r.sources) && policyKeys.equals(r.policyKeys) && Objects.equals(rationale, r.rationale)
                && Objects.equals(file, r.file) && line == r.line;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(ruleId, name, decision, asks, required, question, summary, sources, policyKeys, rationale,
                file, line);
    }

    /**
     * Every value: a rule's metadata holds no client data.
     *
     * @return {@code RuleDescription[ruleId=..., name=..., ..., line=...]}
     */
    @Override
    public String toString() {
        return "RuleDescription[ruleId=" + ruleId + ", name=" + name + ", decision=" + decision + ", asks=" + asks
                + ", required=" + required + ", question=" + question + ", summary=" + summary + ", sources=" + sources
                + ", policyKeys=" + policyKeys + ", rationale=" + rationale + ", file=" + file + ", line=" + line + "]";
    }

    /** Builds a {@link RuleDescription}; not thread-safe. */
    public static final class Builder {

        private String ruleId;
        private String name;
        private Decision decision;
        private String asks;
        private boolean required;
        private String question;
        private String summary;
        private List<String> sources = List.of();
        private List<String> policyKeys = List.of();
        private String rationale;
        private String file;
        private int line;

        private Builder() {
        }

        /**
         * Sets the rule id.
         *
         * @param ruleId its {@code @ruleId}
         * @return this builder
         */
        public Builder ruleId(String ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        /**
         * Sets the rule's name.
         *
         * @param name its DRL name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the decision of a finding rule.
         *
         * @param decision the decision a finding rule yields; {@code null} for a question rule
         * @return this builder
         */
        public Builder decision(Decision decision) {
            this.decision = decision;
            return this;
        }

        /**
         * Sets the field a question rule asks about.
         *
         * @param asks the profile field; {@code null} for a finding rule
         * @return this builder
         */
        public Builder asks(String asks) {
            this.asks = asks;
            return this;
        }

        /**
         * Sets whether a question rule's answer is required.
         *
         * @param required for a question rule, whether the answer is required
         * @return this builder
         */
        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /**
         * Sets the question a question rule asks.
         *
         * @param question for a question rule, the question to ask
         * @return this builder
         */
        public Builder question(String question) {
            this.question = question;
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary what it checks, in one sentence
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Sets the sources (empty unless set); the list is copied.
         *
         * @param sources its sources
         * @return this builder
         * @throws NullPointerException when {@code sources} is {@code null}, or holds {@code null}
         */
        public Builder sources(List<String> sources) {
            this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
            return this;
        }

        /**
         * Sets the policy keys (empty unless set); the list is copied.
         *
         * @param policyKeys the policy values it uses
         * @return this builder
         * @throws NullPointerException when {@code policyKeys} is {@code null}, or holds {@code null}
         */
        public Builder policyKeys(List<String> policyKeys) {
            this.policyKeys = List.copyOf(Objects.requireNonNull(policyKeys, "policyKeys"));
            return this;
        }

        /**
         * Sets the rationale.
         *
         * @param rationale why, where sources conflict or a choice was made; may be {@code null}
         * @return this builder
         */
        public Builder rationale(String rationale) {
            this.rationale = rationale;
            return this;
        }

        /**
         * Sets the file.
         *
         * @param file its DRL file, relative to its rule directory
         * @return this builder
         */
        public Builder file(String file) {
            this.file = file;
            return this;
        }

        /**
         * Sets the line.
         *
         * @param line the line of its header
         * @return this builder
         */
        public Builder line(int line) {
            this.line = line;
            return this;
        }

        /**
         * Builds the description.
         *
         * @return a new immutable rule description
         */
        public RuleDescription build() {
            return new RuleDescription(this);
        }
    }
}
