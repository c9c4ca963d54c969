package org.needlescreen.json;

import java.util.List;
import java.util.Objects;

import org.needlescreen.CustomAnswer;
import org.needlescreen.RuleDescription;
import org.needlescreen.RuleSetInfo;

/**
 * The rule catalogue and the questionnaire derived from it, as data and as deterministic JSON.
 *
 * <p>The questionnaire lists every answer of the profile: the field, its allowed values, whether it
 * is required, and the plain-language question to ask the client, in profile order. The question
 * and whether it is required come from the rule set's question rules ({@code @asks}); a field no
 * question rule asks about (in the default rules: the recent procedures and the treatment
 * concerns) is listed as optional with a built-in question and no rule id, so that a form built
 * from the questionnaire never leaves it out.
 *
 * <p>The questionnaire needs nothing beyond the library; the JSON writers need jackson-databind
 * on the class path (an optional dependency) and otherwise throw {@link IllegalStateException}.
 */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    /**
     * One entry of the questionnaire. Immutable, with value equality; built with
     * {@link #builder()}.
     */
    public static final class Question {

        private final String field;
        private final boolean required;
        private final String question;
        private final List<String> allowed;
        private final List<String> ruleIds;

        private Question(Builder b) {
            this.field = Objects.requireNonNull(b.field, "field");
            this.required = b.required;
            this.question = Objects.requireNonNull(b.question, "question");
            this.allowed = List.copyOf(Objects.requireNonNull(b.allowed, "allowed"));
            this.ruleIds = List.copyOf(Objects.requireNonNull(b.ruleIds, "ruleIds"));
        }

        /**
         * A builder for an entry: optional, with no allowed values and no rule ids unless set.
         *
         * @return a new builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The profile field.
         *
         * @return the field path, e.g. {@code isotretinoin.lastDose}
         */
        public String field() {
            return field;
        }

        /**
         * Whether an unknown answer makes the result INCOMPLETE.
         *
         * @return {@code true} for a required answer
         */
        public boolean required() {
            return required;
        }

        /**
         * The question to ask the client.
         *
         * @return the question
         */
        public String question() {
            return question;
        }

        /**
         * The allowed values.
         *
         * @return the allowed values, or a description of them for numbers and dates (immutable)
         */
        public List<String> allowed() {
            return allowed;
        }

        /**
         * The question rules that ask it.
         *
         * @return their rule ids; empty for a field no question rule asks about (immutable)
         */
        public List<String> ruleIds() {
            return ruleIds;
        }

        /**
         * Value equality: the same field, requiredness, question, allowed values and rule ids.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal entry
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Question q && field.equals(q.field) && required == q.required
                    && question.equals(q.question) && allowed.equals(q.allowed) && ruleIds.equals(q.ruleIds);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(field, required, question, allowed, ruleIds);
        }

        /**
         * Every value: the questionnaire holds no client data.
         *
         * @return {@code Question[field=..., required=..., question=..., allowed=[...], ruleIds=[...]]}
         */
        @Override
        public String toString() {
            return "Question[field=" + field + ", required=" + required + ", question=" + question + ", allowed="
                    + allowed + ", ruleIds=" + ruleIds + "]";
        }

        /** Builds a {@link Question}; not thread-safe. */
        public static final class Builder {

            private String field;
            private boolean required;
            private String question;
            private List<String> allowed = List.of();
            private List<String> ruleIds = List.of();

            private Builder() {
            }

            /**
             * Sets the field (required).
             *
             * @param field the profile field path, e.g. {@code isotretinoin.lastDose}
             * @return this builder
             * @throws NullPointerException when {@code field} is {@code null}
             */
            public Builder field(String field) {
                this.field = Objects.requireNonNull(field, "field");
                return this;
            }

            /**
             * Sets whether the answer is required ({@code false} unless set).
             *
             * @param required whether an unknown answer makes the result INCOMPLETE
             * @return this builder
             */
            public Builder required(boolean required) {
                this.required = required;
                return this;
            }

            /**
             * Sets the question (required).
             *
             * @param question the question to ask the client
             * @return this builder
             * @throws NullPointerException when {@code question} is {@code null}
             */
            public Builder question(String question) {
                this.question = Objects.requireNonNull(question, "question");
                return this;
            }

            /**
             * Sets the allowed values (empty unless set); the list is copied.
             *
             * @param allowed the allowed values, or a description of them for numbers and dates
             * @return this builder
             * @throws NullPointerException when {@code allowed} is {@code null}, or holds {@code null}
             */
            public Builder allowed(List<String> allowed) {
                this.allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed"));
                return this;
            }

            /**
             * Sets the rule ids (empty unless set); the list is copied.
             *
             * @param ruleIds the question rules that ask it
             * @return this builder
             * @throws NullPointerException when {@code ruleIds} is {@code null}, or holds {@code null}
             */
            public Builder ruleIds(List<String> ruleIds) {
                this.ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds"));
                return this;
            }

            /**
             * Builds the entry.
             *
             * @return a new immutable entry
             * @throws NullPointerException when the field or the question was not set
             */
            public Question build() {
                return new Question(this);
            }
        }
    }

    /**
     * The questionnaire of a rule set, its custom answers ({@code answers.json}) last.
     *
     * @param rules  the rule set's rules ({@code Screener.rules()})
     * @param custom its custom answers ({@code Screener.customAnswers()})
     * @return every answer, in profile order
     */
    public static List<Question> questionnaire(List<RuleDescription> rules, List<CustomAnswer> custom) {
        return CatalogueJsonCodec.questionnaire(rules, custom);
    }

    /**
     * The questionnaire of a rule set without custom answers.
     *
     * @param rules the rule set's rules
     * @return every answer, in profile order
     */
    public static List<Question> questionnaire(List<RuleDescription> rules) {
        return CatalogueJsonCodec.questionnaire(rules);
    }

    /**
     * The catalogue as indented JSON: {@code {"ruleSet": {...}, "rules": [...]}}.
     *
     * @param info  the rule set
     * @param rules its rules
     * @return indented JSON
     */
    public static String writeRules(RuleSetInfo info, List<RuleDescription> rules) {
        JacksonCheck.require("CatalogueJson");
        return CatalogueJsonCodec.writeRules(info, rules);
    }

    /**
     * The questionnaire as indented JSON.
     *
     * @param info      the rule set
     * @param questions its questionnaire
     * @return indented JSON
     */
    public static String writeQuestions(RuleSetInfo info, List<Question> questions) {
        JacksonCheck.require("CatalogueJson");
        return CatalogueJsonCodec.writeQuestions(info, questions);
    }
}
