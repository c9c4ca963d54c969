package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.RuleDirs.rule;
import static org.needlescreen.Screens.clean;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.ClientProfile;

/** Reloading swaps rule sets atomically and never replaces a working set with a broken one. */
class ScreenerRefTest {

    @TempDir
    Path dir;

    static final ClientProfile MILD = clean().acne(AcneSeverity.MILD).build();

    static String mildIs(String decision) {
        return rule("Mild", "MILD", decision, "ClientProfile( acne == AcneSeverity.MILD )", "finding(\"mild\");");
    }

    @Test
    void reloadSwapsToTheNewRules() {
        RuleDirs.write(dir, "r.drl", mildIs("CAUTION"));
        try (ScreenerRef ref = ScreenerRef.of(Screener.builder().rulesFrom(dir).clock(Screens.CLOCK))) {
            Screener before = ref.current();
            assertEquals(Decision.CAUTION, ref.screen(MILD).decision());
            RuleDirs.write(dir, "r.drl", mildIs("REFER"));
            RuleSetInfo info = ref.reload();
            assertEquals(Decision.REFER, ref.screen(MILD).decision());
            assertNotEquals(before.ruleSet().fingerprint(), info.fingerprint());
            assertEquals(Decision.CAUTION, before.screen(MILD).decision(), "a screener already taken keeps its rules");
        }
    }

    @Test
    void failedReloadKeepsTheOldRulesServing() {
        RuleDirs.write(dir, "r.drl", mildIs("CAUTION"));
        try (ScreenerRef ref = ScreenerRef.of(Screener.builder().rulesFrom(dir).clock(Screens.CLOCK))) {
            Screener before = ref.current();
            RuleDirs.write(dir, "r.drl", mildIs("SOMETIMES"));
            RulesLoadException e = assertThrows(RulesLoadException.class, ref::reload);
            assertTrue(e.problems().get(0).message().contains("SOMETIMES"));
            assertSame(before, ref.current());
            assertEquals(Decision.CAUTION, ref.screen(MILD).decision());
        }
    }

    @Test
    void builderChangesAfterwardsDoNotLeakIn() {
        RuleDirs.write(dir, "r.drl", mildIs("CAUTION"));
        Screener.Builder builder = Screener.builder().rulesFrom(dir).clock(Screens.CLOCK);
        try (ScreenerRef ref = ScreenerRef.of(builder)) {
            builder.policy(Policy.defaults().with(Policy.HOME_MAX_DEPTH, 0.2, "later"));
            ref.reload();
            assertEquals(Policy.defaults(), ref.current().policy());
        }
    }

    @Test
    void watchingReloadsOnChangeAndReportsFailures() throws Exception {
        RuleDirs.write(dir, "r.drl", mildIs("CAUTION"));
        BlockingQueue<ScreenerRef.ReloadEvent> events = new LinkedBlockingQueue<>();
        try (ScreenerRef ref = ScreenerRef.of(Screener.builder().rulesFrom(dir).clock(Screens.CLOCK))) {
            ref.watch(Duration.ofMillis(200), events::add);
            assertThrows(IllegalStateException.class, () -> ref.watch(Duration.ofMillis(200), e -> { }));

            RuleDirs.write(dir, "r.drl", mildIs("REFER"));
            ScreenerRef.ReloadEvent ok = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(ok, "no reload after a change");
            assertTrue(ok.succeeded(), ok.problems()::toString);
            assertEquals(Decision.REFER, ref.screen(MILD).decision());

            RuleDirs.write(dir, "r.drl", mildIs("NEVER"));
            ScreenerRef.ReloadEvent failed = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(failed, "no event after a broken change");
            assertFalse(failed.succeeded());
            assertEquals(ok.ruleSet(), failed.ruleSet(), "the previous set keeps serving");
            assertEquals(Decision.REFER, ref.screen(MILD).decision());
        }
    }

    @Test
    void theDefaultRulesCannotBeWatched() {
        try (ScreenerRef ref = ScreenerRef.of(Screener.builder())) {
            assertThrows(IllegalStateException.class, () -> ref.watch(Duration.ofMillis(100), e -> { }));
        }
    }
}
