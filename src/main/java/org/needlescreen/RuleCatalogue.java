package org.needlescreen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The human-readable rule catalogue of a screener's rule set, as Markdown: every rule with its id,
 * decision, what it checks, its sources and the policy values it uses; then the questions.
 * {@code rules/CATALOGUE.md} is this for the default rules (kept in sync by a test).
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /**
     * The catalogue of {@code screener}'s rules, with its policy's values. Deterministic.
     *
     * @param screener the screener whose loaded rules and policy are described
     * @return the catalogue as GitHub-flavoured Markdown, lines ending in {@code \n}
     */
    public static String markdown(Screener screener) {
        List<RuleDescription> rules = screener.rules();
        Policy policy = screener.policy();
        List<RuleDescription> findings = rules.stream().filter(r -> !r.isQuestion()).toList();
        List<RuleDescription> questions = rules.stream().filter(RuleDescription::isQuestion).toList();
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue: ").append(screener.ruleSet().name()).append("\n\n");
        md.append("Generated from the loaded rules by `RuleCatalogue.markdown`; do not edit by hand.\n\n");
        md.append(rules.size()).append(" rules: ").append(findings.size()).append(" that yield findings, ")
                .append(questions.size()).append(" that ask for unknown answers.\n\n");
        md.append("## Findings\n\n");
        md.append("| id | decision | checks | sources | policy values | where |\n|---|---|---|---|---|---|\n");
        for (RuleDescription r : findings) {
            md.append("| `").append(r.ruleId()).append("` | ").append(r.decision()).append(" | ").append(cell(r.summary()))
                    .append(" | ").append(cell(String.join(", ", r.sources()))).append(" | ")
                    .append(cell(thresholds(r.policyKeys(), policy))).append(" | ").append(r.file()).append(':')
                    .append(r.line()).append(" |\n");
        }
        List<RuleDescription> explained = findings.stream().filter(r -> r.rationale() != null).toList();
        if (!explained.isEmpty()) {
            md.append("\n### Why\n\n");
            for (RuleDescription r : explained) {
                md.append("- `").append(r.ruleId()).append("`: ").append(r.rationale()).append('\n');
            }
        }
        md.append("\n## Questions\n\nAn unknown required answer makes the result INCOMPLETE unless a finding is more"
                + " restrictive; an unknown optional answer is only listed as worth asking.\n\n");
        md.append("| id | asks | required | question | sources |\n|---|---|---|---|---|\n");
        for (RuleDescription r : questions) {
            md.append("| `").append(r.ruleId()).append("` | `").append(r.asks()).append("` | ")
                    .append(r.required() ? "yes" : "no").append(" | ").append(cell(r.question())).append(" | ")
                    .append(cell(String.join(", ", r.sources()))).append(" |\n");
        }
        return md.toString();
    }

    /** Renders policy keys with their values; a wildcard key lists every value it covers. */
    static String thresholds(List<String> keys, Policy policy) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (key.endsWith("*")) {
                String prefix = key.substring(0, key.length() - 1);
                Map<String, String> byUnit = new LinkedHashMap<>();
                for (Policy.Value v : policy.values()) {
                    if (v.key().startsWith(prefix)) {
                        byUnit.merge(v.unit(), v.key().substring(prefix.length()) + " " + v.display(), (a, b) -> a + ", " + b);
                    }
                }
                out.add(key + ": " + byUnit.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")")
                        .collect(Collectors.joining("; ")));
            } else {
                policy.value(key).ifPresent(v -> out.add(key + " = " + v.display() + " " + v.unit()));
            }
        }
        return out.isEmpty() ? "" : String.join("; ", out);
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
