/**
 * JUnit 5 glue for the scenario runner: {@link org.needlescreen.scenario.junit.ScenarioTests} turns
 * a scenario folder into dynamic tests. The only part of the library that needs a test framework:
 * it needs {@code org.junit.jupiter:junit-jupiter-api} (an optional dependency) on the class path,
 * and nothing else in the library refers to it. Without JUnit, use
 * {@link org.needlescreen.scenario.ScenarioRunner}.
 */
package org.needlescreen.scenario.junit;
