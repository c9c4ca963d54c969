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

    /** The problems as data; transient, so a deserialised exception keeps only its message. */
    private final transient List<RuleProblem> problems;

    /**
     * Creates the exception, its message listing every problem.
     *
     * @param ruleSet  the rule set's name, for the message
     * @param problems every problem found, in file and line order; copied
     * @throws NullPointerException when {@code problems} or one of them is {@code null}
     */
    public RulesLoadException(String ruleSet, List<RuleProblem> problems) {
        super("Rule set '" + ruleSet + "' failed to load with " + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ":\n"
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")), null);
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in file and line order.
     *
     * @return the problems, unmodifiable; {@code null} after deserialisation (the list is transient)
     */
    public List<RuleProblem> problems() {
        return problems;
    }
}
