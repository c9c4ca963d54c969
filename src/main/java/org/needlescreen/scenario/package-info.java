/**
 * Scenarios as data: JSON files holding a client profile and the expected outcome, run against a
 * {@link org.needlescreen.Screener}, with a rule-coverage check ({@link org.needlescreen.scenario.Coverage}:
 * every loaded rule, or only the rules of given directories). {@link org.needlescreen.scenario.ScenarioRunner}
 * runs a folder and returns a report (needs jackson-databind only; the command line's {@code test}
 * uses it); {@link org.needlescreen.scenario.junit.ScenarioTests} turns the same run into JUnit 5 dynamic
 * tests (needs junit-jupiter-api too). Both are optional dependencies of the library.
 */
package org.needlescreen.scenario;
