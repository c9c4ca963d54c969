package org.needlescreen.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.needlescreen.Guidance;
import org.needlescreen.Policy;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.internal.GuidanceWriter;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.oracle.DomainOracle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screenings per second over the fixed {@link ProfileMix} (each call screens the next profile of
 * the mix, each thread walking it from its own offset), on one and on two threads, beside a
 * plain-Java floor: the test oracle's hand-written reading of the same decision logic
 * ({@link DomainOracle}), alone and with the same guidance the screener writes.
 *
 * <p>With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per screening.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScreeningBench {

    @State(Scope.Benchmark)
    public static class Mix {
        Screener screener;
        Policy policy;
        ClientProfile[] profiles;
        final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void setUp() {
            screener = Screener.withDefaultRules();
            policy = screener.policy();
            List<ClientProfile> list = ProfileMix.profiles();
            // Every profile screens as the oracle says (the floor computes the same decisions).
            ProfileMix.decisionsChecked(screener, list);
            profiles = list.toArray(new ClientProfile[0]);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp(Mix mix) {
            // two threads start half a mix apart
            next = mix.threads.getAndIncrement() * mix.profiles.length / 2 % mix.profiles.length;
        }

        ClientProfile next(ClientProfile[] profiles) {
            int i = next;
            next = i + 1 == profiles.length ? 0 : i + 1;
            return profiles[i];
        }
    }

    @Benchmark
    @Threads(1)
    public ScreeningResult screen_1t(Mix mix, Cursor c, CpuTime cpu) {
        cpu.tick();
        return mix.screener.screen(c.next(mix.profiles));
    }

    @Benchmark
    @Threads(2)
    public ScreeningResult screen_2t(Mix mix, Cursor c, CpuTime cpu) {
        cpu.tick();
        return mix.screener.screen(c.next(mix.profiles));
    }

    @Benchmark
    @Threads(1)
    public DomainOracle.Expected floor_1t(Mix mix, Cursor c, CpuTime cpu) {
        cpu.tick();
        return DomainOracle.expect(c.next(mix.profiles), mix.policy);
    }

    @Benchmark
    @Threads(2)
    public DomainOracle.Expected floor_2t(Mix mix, Cursor c, CpuTime cpu) {
        cpu.tick();
        return DomainOracle.expect(c.next(mix.profiles), mix.policy);
    }

    /** The floor plus the guidance the screener writes for every result: the fairer comparison. */
    @Benchmark
    @Threads(1)
    public Object floorWithGuidance_1t(Mix mix, Cursor c, CpuTime cpu) {
        cpu.tick();
        ClientProfile p = c.next(mix.profiles);
        DomainOracle.Expected e = DomainOracle.expect(p, mix.policy);
        Guidance g = GuidanceWriter.write(p, mix.policy);
        return e.decision() == null ? g : e;
    }
}
