package org.needlescreen.scenario;

/** A scenario file that cannot be read or holds an invalid profile or expectation. */
public final class ScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String scenario;

    public ScenarioException(String scenario, String message) {
        super(scenario + ": " + message);
        this.scenario = scenario;
    }

    /** The scenario's name (its path relative to the scenario folder). */
    public String scenario() {
        return scenario;
    }
}
