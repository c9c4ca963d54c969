package org.needlescreen.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.needlescreen.Screener;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * A benchmark main (not a test): time to build a screener, then screening throughput on one and on
 * all threads, and allocation per screening. Run after {@code mvn -B test-compile}:
 *
 * <pre>
 * mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.needlescreen.bench.ScreeningBenchmark
 * </pre>
 *
 * Figures are recorded in the README; compare ratios within one run on a noisy machine.
 */
public final class ScreeningBenchmark {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Screener screener = Screener.withDefaultRules();
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        LocalDate today = LocalDate.of(2026, 11, 21);
        ClientProfile profile = ClientProfile.builder().screenedOn(today).age(34).acne(AcneSeverity.MILD)
                .pregnantOrBreastfeeding(Answer.NO).rosacea(Answer.NO).rashOrDermatitisInArea(Answer.NO)
                .activeInfectionInArea(Answer.NO).openWoundOrSunburnInArea(Answer.NO).keloidTendency(Answer.NO)
                .skinCancerOrSuspiciousLesionInArea(Answer.NO).bleedingDisorder(Answer.NO).anticoagulants(Answer.NO)
                .immunosuppressed(Answer.NO).isotretinoin(Isotretinoin.stopped(today.minusMonths(2)))
                .recentProcedure(ProcedureType.LASER, today.minusDays(10))
                .treatment(Treatment.builder().setting(Setting.HOME).device(Device.ROLLER).needleDepthMm(0.5)
                        .area(Area.CHEEKS).concerns(Concern.TEXTURE, Concern.ACNE_SCARS).build())
                .build();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            screener.screen(profile); // warm-up
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes0 = mx.getCurrentThreadAllocatedBytes();
        long s = System.nanoTime();
        for (int i = 0; i < n; i++) {
            screener.screen(profile);
        }
        double usOne = (System.nanoTime() - s) / 1e3 / n;
        double kbPer = (mx.getCurrentThreadAllocatedBytes() - bytes0) / 1024.0 / n;

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        s = System.nanoTime();
        List<Future<?>> fs = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                for (int i = 0; i < n; i++) {
                    screener.screen(profile);
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double perSecAll = (double) n * threads / ((System.nanoTime() - s) / 1e9);
        pool.shutdown();
        System.out.printf("build: %d ms (cold JVM)%n", buildMs);
        System.out.printf("one thread: %.1f us per screening, %.0f screenings/s, %.1f KB allocated per screening%n",
                usOne, 1e6 / usOne, kbPer);
        System.out.printf("%d threads: %.0f screenings/s (%.2fx one thread)%n", threads, perSecAll, perSecAll / (1e6 / usOne));
    }
}
