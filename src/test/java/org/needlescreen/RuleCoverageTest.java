package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties) and fails when a loaded rule
 * fired in no test: a rule that silently never fires is a fail-open defect.
 */
@Order(Integer.MAX_VALUE)
class RuleCoverageTest {

    @Test
    void everyDefaultRuleFiredInSomeTest() {
        List<String> loaded = Screens.DEFAULT.rules().stream().map(RuleDescription::ruleId).toList();
        assertFalse(loaded.isEmpty());
        List<String> neverFired = loaded.stream().filter(id -> !Screens.FIRED.contains(id)).toList();
        assertEquals(List.of(), neverFired, "rules that fired in no test (run the whole suite, not one class)");
    }
}
