package org.needlescreen.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time, beside JMH's wall-clock score: on a shared machine another
 * process's load stretches wall time but hardly the CPU time a screening takes. Read once every
 * {@value #CHUNK} operations (a thread CPU-time read costs about a microsecond); JMH reports the
 * sums per iteration, and {@code cpuNanos / ops} is the CPU time per operation.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    static final int CHUNK = 1024;
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds over whole chunks of operations. */
    public long cpuNanos;
    /** Operations in those chunks. */
    public long ops;

    private int n;
    private long last;

    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        ops = 0;
        n = 0;
        last = MX.getCurrentThreadCpuTime();
    }

    /** Counts one operation. */
    public void tick() {
        if (++n == CHUNK) {
            long now = MX.getCurrentThreadCpuTime();
            cpuNanos += now - last;
            ops += CHUNK;
            last = now;
            n = 0;
        }
    }
}
