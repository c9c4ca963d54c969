package org.needlescreen;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void loads() {
        try {
            Screener s = Screener.withDefaultRules();
            System.out.println(s.ruleSet());
        } catch (RulesLoadException e) {
            System.out.println(e.getMessage());
            throw e;
        }
    }
}
