package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** Outside the watched directory. */
    @TempDir
    Path elsewhere;

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

    /**
     * A rule file written in place in two parts, with a pause between them longer than the quiet
     * period: the first part alone is valid DRL (one complete rule), so a watcher that reloaded as
     * soon as the directory went quiet would serve it. The stable read (two reads, the settle time
     * apart, must agree) sees the file change and waits; no screening ever comes from the half file.
     */
    @Test
    void aRuleFileWrittenInTwoPartsIsNeverServedHalfWritten() throws Exception {
        String half = RuleDirs.HEADER + mildIs("REFER");
        String full = half + rule("Always", "ALWAYS", "CAUTION", "ClientProfile( )", "finding(\"always\");");
        RuleDirs.write(dir, "r.drl", mildIs("CAUTION"));
        String halfFingerprint = fingerprint(half);
        String fullFingerprint = fingerprint(full);
        assertNotEquals(halfFingerprint, fullFingerprint);

        BlockingQueue<ScreenerRef.ReloadEvent> events = new LinkedBlockingQueue<>();
        java.util.Set<String> served = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        try (ScreenerRef ref = ScreenerRef.of(Screener.builder().rulesFrom(dir).clock(Screens.CLOCK))) {
            String oldFingerprint = ref.current().ruleSet().fingerprint();
            // Quiet period 50 ms, reads 1.5 s apart; the writer pauses 600 ms mid-file.
            ref.watch(Duration.ofMillis(50), Duration.ofMillis(1500), events::add);
            Thread screening = new Thread(() -> {
                while (!stop.get()) {
                    served.add(ref.screen(MILD).ruleSet().fingerprint());
                }
            });
            screening.start();
            byte[] bytes = full.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int cut = half.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("custom/r.drl"))) {
                out.write(bytes, 0, cut);
                out.flush();
                Thread.sleep(600);
                out.write(bytes, cut, bytes.length - cut);
            }
            ScreenerRef.ReloadEvent event = events.poll(30, TimeUnit.SECONDS);
            assertNotNull(event, "no reload after the file was written");
            assertTrue(event.succeeded(), event.problems()::toString);
            assertEquals(fullFingerprint, event.ruleSet().fingerprint(), "the first reload is of the whole file");
            assertEquals(fullFingerprint, ref.current().ruleSet().fingerprint());
            Thread.sleep(200);
            stop.set(true);
            screening.join();
            assertFalse(served.contains(halfFingerprint), "a screening came from the half-written file");
            assertEquals(java.util.Set.of(oldFingerprint, fullFingerprint), served);
            assertEquals(Decision.REFER, ref.screen(MILD).decision());
            assertEquals(2, ref.screen(MILD).findings().size());
            // The file is unchanged since: no further reload is reported.
            assertNull(events.poll(2, TimeUnit.SECONDS), "no reload of content already serving");
        } finally {
            stop.set(true);
        }
    }

    /** The fingerprint a rule set of one file, custom/r.drl, with this content has. */
    private String fingerprint(String content) throws java.io.IOException {
        Path copy = java.nio.file.Files.createTempDirectory(elsewhere, "fingerprint");
        RuleDirs.writeRaw(copy, "custom/r.drl", content);
        return Screener.builder().rulesFrom(copy).clock(Screens.CLOCK).build().ruleSet().fingerprint();
    }
}
