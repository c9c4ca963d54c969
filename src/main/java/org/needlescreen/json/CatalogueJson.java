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
     * One entry of the questionnaire.
     *
     * @param field    the profile field path, e.g. {@code isotretinoin.lastDose}
     * @param required whether an unknown answer makes the result INCOMPLETE
     * @param question the question to ask the client
     * @param allowed  the allowed values, or a description of them for numbers and dates
     * @param ruleIds  the question rules that ask it
     */
    public record Question(String field, boolean required, String question, List<String> allowed,
                           List<String> ruleIds) {
        /**
         * Checks the required components and copies the lists.
         *
         * @param field    the profile field path, e.g. {@code isotretinoin.lastDose}
         * @param required whether an unknown answer makes the result INCOMPLETE
         * @param question the question to ask the client
         * @param allowed  the allowed values, or a description of them for numbers and dates
         * @param ruleIds  the question rules that ask it
         * @throws NullPointerException when {@code field}, {@code question}, {@code allowed} or
         *                              {@code ruleIds} is {@code null}
         */
        public Question {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(question, "question");
            allowed = List.copyOf(allowed);
            ruleIds = List.copyOf(ruleIds);
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
