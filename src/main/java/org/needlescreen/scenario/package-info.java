/**
 * Scenarios as data: JSON files holding a client profile and the expected outcome, run against a
 * {@link org.needlescreen.Screener} as JUnit 5 dynamic tests, with a rule-coverage check. Usable by
 * embedders against their own rule directory and scenario folder. Needs jackson-databind and
 * junit-jupiter-api on the (test) class path; both are optional dependencies of the library.
 */
package org.needlescreen.scenario;
