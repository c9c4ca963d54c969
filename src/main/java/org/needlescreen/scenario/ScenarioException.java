package org.needlescreen.scenario;

/** A scenario file that cannot be read or holds an invalid profile or expectation. */
public final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The scenario's name (its path relative to the scenario folder). */
    private final String scenario;

    /**
     * A problem with one scenario file; the message is prefixed with the scenario's name.
     *
     * @param scenario the scenario's name (its path relative to the scenario folder)
     * @param message  what is wrong with the file
     */
    public ScenarioException(String scenario, String message) {
        super(scenario + ": " + message);
        this.scenario = scenario;
    }

    /**
     * The scenario's name (its path relative to the scenario folder).
     *
     * @return the name of the scenario that is wrong
     */
    public String scenario() {
        return scenario;
    }
}
