package org.needlescreen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.needlescreen.Decision;
import org.needlescreen.Finding;
import org.needlescreen.Policy;
import org.needlescreen.ScreeningException;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Isotretinoin;

/**
 * Sessions are kept between screenings with their facts deleted: a kept session must screen
 * exactly like a fresh one, a session that failed must never be reused, and the pool stays within
 * its bound without leaving sessions undisposed.
 */
class SessionPoolTest {

    static final Policy POLICY = Policy.defaults();
    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    static final String HEADER = "package clinic;\n\nimport org.needlescreen.model.*;\n\n";

    static String rule(String name, String decision, String when, String then) {
        return "rule \"" + name + "\"\n"
                + "    @ruleId(\"T-" + name.toUpperCase() + "\")\n"
                + "    @decision(\"" + decision + "\")\n"
                + "    @summary(\"Test rule " + name + ".\")\n"
                + "    @sources(\"SessionPoolTest\")\n"
                + "when\n" + when + "\nthen\n    " + then + "\nend\n\n";
    }

    static CompiledRules compile(String drl, boolean checked) {
        List<RuleFile> files = List.of(new RuleFile("clinic/pool.drl", HEADER + drl));
        return checked ? RuleCompiler.compile("pool", "1", files, POLICY)
                : RuleCompiler.compileUncheckedForTest("pool", "1", files, POLICY);
    }

    static List<String> ids(Engine.Outcome o) {
        return o.findings().stream().map(Finding::ruleId).toList();
    }

    static ClientProfile aged(int age) {
        return ClientProfile.builder().screenedOn(DAY).age(age).build();
    }

    /**
     * A rule on the absence of a fact ({@code not}) and a join on two facts see only the current
     * screening's facts, whatever the session screened before.
     */
    @Test
    void aKeptSessionSeesOnlyTheCurrentScreeningsFacts() {
        CompiledRules rules = compile(
                rule("NoIsotretinoin", "CAUTION", "    ClientProfile( age != null )\n    not Isotretinoin()",
                        "finding(\"No isotretinoin answer.\");")
                        + rule("OldOnIsotretinoin", "REFER",
                        "    ClientProfile( age != null, age > 60 )\n    Isotretinoin( status == IsotretinoinStatus.CURRENT )",
                        "finding(\"Over 60 on isotretinoin.\");"), true);
        ClientProfile without = aged(65);
        ClientProfile oldOnIt = ClientProfile.builder().screenedOn(DAY).age(65).isotretinoin(Isotretinoin.current())
                .build();
        ClientProfile youngOnIt = ClientProfile.builder().screenedOn(DAY).age(30).isotretinoin(Isotretinoin.current())
                .build();
        for (int round = 0; round < 50; round++) {
            assertEquals(List.of("T-NOISOTRETINOIN"), ids(Engine.screen(rules, POLICY, without)), "round " + round);
            assertEquals(List.of("T-OLDONISOTRETINOIN"), ids(Engine.screen(rules, POLICY, oldOnIt)), "round " + round);
            assertEquals(List.of(), ids(Engine.screen(rules, POLICY, youngOnIt)), "round " + round);
            assertEquals(List.of("T-NOISOTRETINOIN"), ids(Engine.screen(rules, POLICY, without)), "round " + round);
        }
        // One thread, one session, reused every time.
        assertEquals(1, rules.sessionPool().idle());
        assertEquals(1, rules.kieBase().getKieSessions().size());
    }

    /** A session a rule corrupted (a fact inserted) is disposed; the next screening gets a clean one. */
    @Test
    void aSessionThatFailedIsNeverReused() {
        CompiledRules rules = compile(
                rule("Steering", "CAUTION", "    ClientProfile( age != null, age > 70 )",
                        "finding(\"Over 70.\"); insert(\"left behind\");")
                        + rule("Adult", "CAUTION", "    ClientProfile( age != null, age >= 18 )",
                        "finding(\"Adult.\");"), false);
        Engine.Outcome clean = Engine.screen(rules, POLICY, aged(30));
        assertEquals(List.of("T-ADULT"), ids(clean));
        assertEquals(1, rules.sessionPool().idle());

        assertThrows(ScreeningException.class, () -> Engine.screen(rules, POLICY, aged(75)));
        assertEquals(0, rules.sessionPool().idle(), "the failed session must not go back to the pool");
        assertEquals(0, rules.kieBase().getKieSessions().size(), "the failed session must be disposed");

        // A reused session holding the stray fact would fail the fact count; a fresh one does not.
        for (int i = 0; i < 3; i++) {
            Engine.Outcome again = Engine.screen(rules, POLICY, aged(30));
            assertEquals(Decision.CAUTION, again.decision());
            assertEquals(List.of("T-ADULT"), ids(again));
        }
        assertEquals(1, rules.sessionPool().idle());
    }

    /** Many threads at once: every result right, at most the bound kept, nothing left undisposed. */
    @Test
    void concurrentScreeningsStayWithinTheBound() throws Exception {
        CompiledRules rules = compile(rule("Adult", "CAUTION", "    ClientProfile( age != null, age >= 18 )",
                "finding(\"Adult.\");"), true);
        int threads = rules.sessionPool().maxIdle() + 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < 300; i++) {
                        int age = 10 + (seed * 7 + i) % 60;
                        List<String> expected = age >= 18 ? List.of("T-ADULT") : List.of();
                        assertEquals(expected, ids(Engine.screen(rules, POLICY, aged(age))), "age " + age);
                        ok++;
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                assertEquals(300, f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        int idle = rules.sessionPool().idle();
        assertTrue(idle >= 1 && idle <= rules.sessionPool().maxIdle(), "idle sessions: " + idle);
        assertEquals(idle, rules.kieBase().getKieSessions().size(),
                "every session not kept must have been disposed");
    }

    /**
     * The default rules all start from a fact the engine inserts, so their sessions are kept; a
     * rule on Drools' initial fact alone ({@code exists} with nothing before it) makes every
     * screening take a new session (KeptSessionStateLeakTest shows why).
     */
    @Test
    void sessionsAreKeptOnlyWhenNoRuleHangsOnTheInitialFact() {
        RuleSource source = RuleSource.defaultRules();
        CompiledRules defaults = RuleCompiler.compile(source.name(), source.version(), source.files(), POLICY);
        assertTrue(defaults.sessionPool().keepsSessions());
        CompiledRules onInitialFact = compile(rule("OnIt", "REFER", "    exists Isotretinoin()",
                "finding(\"Isotretinoin answered.\");"), true);
        assertEquals(false, onInitialFact.sessionPool().keepsSessions());
        for (int i = 0; i < 3; i++) {
            Engine.screen(onInitialFact, POLICY, aged(30));
        }
        assertEquals(0, onInitialFact.sessionPool().idle());
        assertEquals(0, onInitialFact.kieBase().getKieSessions().size(), "sessions not kept must be disposed");
    }
}
