package org.needlescreen.jmh;

import java.util.concurrent.TimeUnit;

import org.needlescreen.Screener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build a screener over the default rules ({@link Screener#withDefaultRules()}): the
 * first call in a fresh JVM ({@code cold}: one shot per fork, what the CLI and an embedder's
 * start-up pay), and after a few builds have warmed the JIT ({@code warm}: what a rules reload
 * pays in a long-running process).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBench {

    @Benchmark
    @Fork(value = 8, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Screener cold() {
        return Screener.withDefaultRules();
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 6)
    @Measurement(iterations = 6)
    public Screener warm() {
        return Screener.withDefaultRules();
    }
}
