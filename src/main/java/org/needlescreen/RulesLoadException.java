package org.needlescreen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule set cannot be loaded. Carries every problem found, not only the first, as
 * data ({@link #problems()}) and as text ({@link #getMessage()}, one {@code file:line: message}
 * per line).
 */
public final class RulesLoadException extends NeedleScreenException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RulesLoadException(String ruleSet, List<RuleProblem> problems) {
        super("Rule set '" + ruleSet + "' failed to load with " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ":\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")), null);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file and line order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
