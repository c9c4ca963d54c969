package org.needlescreen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.needlescreen.RulesLoadException;
import org.needlescreen.RuleProblem;
import org.needlescreen.Screener;

/**
 * The CLI builds the default screener beside the command line's parsing only when the command will
 * screen with it, hands the command that very screener, and throws what the build threw.
 */
class DefaultRulesPrefetchTest {

    @Test
    void onlyScreenAndBatchWithTheDefaultRulesPrefetch() {
        for (String line : List.of("screen client.json", "batch in.jsonl", "batch - --threads 2 --out o.jsonl",
                "-v screen client.json", "screen --format text client.json", "batch --guidance=omit in.jsonl")) {
            assertTrue(DefaultRulesPrefetch.usesDefaultRules(line.split(" ")), line);
        }
        for (String line : List.of("screen --rules r client.json", "screen --add-rules r client.json",
                "batch --policy p.json in.jsonl", "batch --rules=r in.jsonl", "screen --policy=p.json c.json",
                "screen --help", "batch -h", "rules", "validate rules", "test rules/tests", "questions", "policy",
                "diff a b", "", "--version", "-- screen x")) {
            assertFalse(DefaultRulesPrefetch.usesDefaultRules(line.isEmpty() ? new String[0] : line.split(" ")), line);
        }
    }

    @Test
    void theCommandGetsTheScreenerTheThreadBuilt() {
        Screener built = Screener.withDefaultRules();
        AtomicReference<Thread> on = new AtomicReference<>();
        DefaultRulesPrefetch p = DefaultRulesPrefetch.start(new String[] {"screen", "x.json"}, () -> {
            on.set(Thread.currentThread());
            return built;
        });
        assertSame(built, p.get());
        assertSame(built, p.get());
        assertTrue(on.get().isDaemon(), "a prefetch never keeps the JVM alive");
        assertEquals("needlescreen-rules", on.get().getName());
        assertNull(DefaultRulesPrefetch.start(new String[] {"rules"}, () -> {
            throw new AssertionError("not started for a command that does not screen");
        }));
    }

    @Test
    void aFailedBuildIsThrownAsBuildingInPlaceWouldThrowIt() {
        RulesLoadException failure = new RulesLoadException("needlescreen-default",
                List.of(RuleProblem.of("a.drl", 3, "R", "broken")));
        DefaultRulesPrefetch p = DefaultRulesPrefetch.start(new String[] {"batch", "-"}, () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(RulesLoadException.class, p::get));
        StackOverflowError error = new StackOverflowError();
        DefaultRulesPrefetch q = DefaultRulesPrefetch.start(new String[] {"batch", "-"}, () -> {
            throw error;
        });
        assertSame(error, assertThrows(StackOverflowError.class, q::get));
    }

    @Test
    void anInterruptedWaitStillGetsTheScreenerAndKeepsTheInterrupt() throws InterruptedException {
        Screener built = Screener.withDefaultRules();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        DefaultRulesPrefetch p = DefaultRulesPrefetch.start(new String[] {"screen", "x.json"}, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return built;
        });
        Thread.currentThread().interrupt();
        new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        }).start();
        try {
            assertSame(built, p.get());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
