package org.needlescreen.cli;

/** The tool's exit codes. */
public final class ExitCode {
    /** Done: every input was screened (any decision), or the rule set is valid. */
    public static final int OK = 0;
    /** The rule set failed to load, or {@code validate} found problems. */
    public static final int RULES = 1;
    /** Invalid input (a profile, a policy file, the command line) or a file that cannot be read or written. */
    public static final int INPUT = 2;
    /** An internal failure: no result was produced. */
    public static final int INTERNAL = 3;
    /**
     * {@code test}: a scenario failed, a rule of the tested directory fired in no scenario, or there
     * is no scenario at all.
     */
    public static final int TESTS = 4;

    private ExitCode() {
    }
}
