package org.needlescreen.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The precompiled packages are used only when their digest matches the DRL being loaded. */
class PrecompiledTest {

    @Test
    void aDigestMismatchFallsBackToTheDrl() {
        assertTrue(Precompiled.load("0".repeat(64)).isEmpty());
    }

    @Test
    void theMatchingDigestLoadsAKieBaseWithEveryRule() {
        RuleSource source = RuleSource.defaultRules();
        var base = Precompiled.load(RuleCompiler.digest(source.files())).orElseThrow();
        long rules = base.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum();
        long headers = source.files().stream()
                .mapToLong(f -> f.content().lines().filter(l -> l.startsWith("rule ")).count()).sum();
        assertTrue(rules > 0 && rules == headers, rules + " rules vs " + headers + " rule headers");
    }
}
