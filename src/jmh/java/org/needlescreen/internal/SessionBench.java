package org.needlescreen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.needlescreen.Policy;
import org.needlescreen.jmh.CpuTime;
import org.needlescreen.jmh.ProfileMix;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.ProcedureHistory;
import org.needlescreen.model.Treatment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the engine gets a rule session for a screening, measured over the {@link ProfileMix}:
 *
 * <ul>
 *   <li>{@code LIBRARY}: {@link Engine#screen} as shipped (a session from the rule set's
 *       {@link SessionPool}, its facts deleted on return);</li>
 *   <li>{@code POOL}: Drools' {@code KieSessionsPool}, reset by {@code dispose()} on return (the
 *       library's choice until its own pool replaced it), through this class's copy of the engine's loop;</li>
 *   <li>{@code NEW}: a new session from the KieBase per screening, disposed afterwards;</li>
 *   <li>{@code KEPT}: one session per thread, kept; each screening deletes its facts afterwards.</li>
 * </ul>
 *
 * <p>{@code POOL}, {@code NEW} and {@code KEPT} share one copy of the engine's loop (insert, fire,
 * count facts, collect the outcome) and differ only in where the session comes from and how it
 * is cleaned; the copy skips the recorder's private fail-closed checks, a few field reads. The
 * alternatives live here, not in the library: the library's choice is justified by this
 * measurement. Guidance is not written (the same for all four).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SessionBench {

    public enum Strategy { LIBRARY, POOL, NEW, KEPT }

    @State(Scope.Benchmark)
    public static class Rules {
        @Param({"LIBRARY", "POOL", "NEW", "KEPT"})
        public Strategy strategy;

        CompiledRules rules;
        org.kie.api.runtime.KieSessionsPool resetPool;
        Policy policy;
        ClientProfile[] profiles;
        final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void setUp() {
            policy = Policy.defaults();
            RuleSource source = RuleSource.defaultRules();
            rules = RuleCompiler.compile(source.name(), source.version(), source.files(), policy);
            profiles = ProfileMix.profiles().toArray(new ClientProfile[0]);
            if (strategy == Strategy.POOL) {
                resetPool = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
            }
        }
    }

    @State(Scope.Thread)
    public static class PerThread {
        int next;
        KieSession kept;

        @Setup(Level.Trial)
        public void setUp(Rules r) {
            next = r.threads.getAndIncrement() * r.profiles.length / 2 % r.profiles.length;
            if (r.strategy == Strategy.KEPT) {
                kept = r.rules.kieBase().newKieSession();
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (kept != null) {
                kept.dispose();
            }
        }

        ClientProfile next(ClientProfile[] profiles) {
            int i = next;
            next = i + 1 == profiles.length ? 0 : i + 1;
            return profiles[i];
        }
    }

    @Benchmark
    @Threads(1)
    public Engine.Outcome screen_1t(Rules r, PerThread t, CpuTime cpu) {
        cpu.tick();
        return screen(r, t, t.next(r.profiles));
    }

    @Benchmark
    @Threads(2)
    public Engine.Outcome screen_2t(Rules r, PerThread t, CpuTime cpu) {
        cpu.tick();
        return screen(r, t, t.next(r.profiles));
    }

    private static Engine.Outcome screen(Rules r, PerThread t, ClientProfile p) {
        switch (r.strategy) {
            case LIBRARY:
                return Engine.screen(r.rules, r.policy, p);
            case POOL: {
                KieSession s = r.resetPool.newKieSession();
                try {
                    return run(r, s, p, null);
                } finally {
                    s.dispose(); // back to the pool, reset
                }
            }
            case NEW: {
                KieSession s = r.rules.kieBase().newKieSession();
                try {
                    return run(r, s, p, null);
                } finally {
                    s.dispose();
                }
            }
            case KEPT: {
                List<FactHandle> handles = new ArrayList<>(12);
                try {
                    return run(r, t.kept, p, handles);
                } finally {
                    for (FactHandle h : handles) {
                        t.kept.delete(h);
                    }
                    if (t.kept.getFactCount() != 0) {
                        throw new IllegalStateException("facts left in a kept session");
                    }
                }
            }
            default:
                throw new AssertionError(r.strategy);
        }
    }

    /** The engine's loop: bind the recorder, insert, fire, check the fact count, collect. */
    private static Engine.Outcome run(Rules r, KieSession session, ClientProfile profile, List<FactHandle> handles) {
        Engine.Recorder recorder = new Engine.Recorder(profile.screenedOn(), r.policy, r.rules);
        long inserted;
        long facts;
        SessionPool.Lease lease = new SessionPool.Lease(session);
        lease.forwardTo(recorder);
        RuleFunctions.bind(recorder);
        try {
            inserted = insertFacts(session, profile, handles);
            int fired = session.fireAllRules(Engine.MAX_FIRINGS);
            facts = session.getFactCount();
            if (fired >= Engine.MAX_FIRINGS) {
                throw new IllegalStateException("runaway");
            }
        } finally {
            RuleFunctions.unbind();
            lease.detach();
        }
        if (facts != inserted) {
            throw new IllegalStateException("fact count");
        }
        return recorder.outcome();
    }

    private static long insertFacts(KieSession session, ClientProfile profile, List<FactHandle> handles) {
        long n = 0;
        n += insert(session, profile, handles);
        Treatment t = profile.treatment() == null ? Treatment.UNSPECIFIED : profile.treatment();
        n += insert(session, t, handles);
        for (Concern c : t.concerns()) {
            n += insert(session, c, handles);
        }
        if (profile.isotretinoin() != null) {
            n += insert(session, profile.isotretinoin(), handles);
        }
        if (profile.recentProcedures() != null) {
            for (ProcedureHistory h : Engine.histories(profile.recentProcedures())) {
                n += insert(session, h, handles);
            }
        }
        return n;
    }

    private static int insert(KieSession session, Object fact, List<FactHandle> handles) {
        FactHandle h = session.insert(fact);
        if (handles != null) {
            handles.add(h);
        }
        return 1;
    }
}
