package org.needlescreen;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.needlescreen.scenario.junit.ScenarioTests;

/**
 * The scenario files under {@code src/test/resources/scenarios/<topic>/}: one dynamic test per file,
 * then a check that every default rule fired in some scenario. Add a case by adding a file.
 */
class ScenarioTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ScenarioTests.of(Screens.DEFAULT, Path.of("src/test/resources/scenarios"));
    }
}
