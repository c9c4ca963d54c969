package org.needlescreen;

/**
 * The root of NeedleScreen's own failures: a rule set that does not load
 * ({@link RulesLoadException}) and a screening that fails internally ({@link ScreeningException}).
 * Catch it to handle every failure of the library's own making in one place.
 *
 * <p>Invalid input is deliberately not under it: a profile, policy file or scenario holding an
 * impossible value is the caller's mistake, reported as an {@link IllegalArgumentException}
 * ({@link org.needlescreen.model.InvalidProfileException},
 * {@link org.needlescreen.json.PolicyFileException},
 * {@link org.needlescreen.scenario.ScenarioException}), the exception Java code already catches for
 * bad arguments; each names the field and the value. A caller that wants both catches both.
 */
public class NeedleScreenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming rules and fields, never profile values
     * @param cause   the underlying failure, or {@code null}
     */
    protected NeedleScreenException(String message, Throwable cause) {
        super(message, cause);
    }
}
