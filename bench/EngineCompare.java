import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.needlescreen.Decision;
import org.needlescreen.Screener;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * The engine before/after harness (bench/engine-compare.sh runs it): one JVM, one engine (the
 * needlescreen jar on the class path), the same profiles for every engine. Compiles against the
 * old engine (knowledge base 1) and the new one alike: it uses only the v1 profile fields, whose
 * builder API both share, and procedures of the v1 types, always dated.
 *
 * <p>Prints one line: the cold build time of Screener.withDefaultRules(), then, after a timed
 * warm-up, the wall time, the thread's CPU time (less disturbed by other processes on a shared
 * machine) and the bytes allocated per screening over the mix, rounds of 5,000 screenings. When the jar
 * knows the v2 answers, a second line screens the same mix with every v2 answer set to NO (the
 * new engine with complete profiles).
 *
 * <pre>java -cp needlescreen-cli.jar bench/EngineCompare.java LABEL WARMUP_SECONDS ROUNDS</pre>
 */
public final class EngineCompare {

    static final int SIZE = 1_000;
    static final long SEED = 20261122L;

    public static void main(String[] args) throws Exception {
        String label = args.length > 0 ? args[0] : "engine";
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;

        long t0 = System.nanoTime();
        Screener screener = Screener.withDefaultRules();
        double buildMs = (System.nanoTime() - t0) / 1e6;

        List<ClientProfile> v1 = mix(false);
        measure(label + " v1", screener, v1, buildMs, warmupSeconds, rounds);
        if (hasV2()) {
            measure(label + " v1+v2no", screener, mix(true), buildMs, warmupSeconds / 2, rounds);
        }
    }

    static void measure(String label, Screener screener, List<ClientProfile> profiles, double buildMs,
                        int warmupSeconds, int rounds) {
        ClientProfile[] ps = profiles.toArray(new ClientProfile[0]);
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (ClientProfile p : ps) {
            decisions.merge(screener.screen(p).decision(), 1, Integer::sum);
        }
        long sink = 0;
        long end = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (ClientProfile p : ps) {
                sink += screener.screen(p).findings().size();
            }
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int passes = 5; // 5,000 screenings per round
        double[] us = new double[rounds];
        double[] bytes = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long b0 = mx.getCurrentThreadAllocatedBytes();
            long c0 = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            for (int k = 0; k < passes; k++) {
                for (ClientProfile p : ps) {
                    sink += screener.screen(p).findings().size();
                }
            }
            us[r] = (System.nanoTime() - s) / 1e3 / (passes * ps.length);
            cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e3 / (passes * ps.length);
            bytes[r] = (double) (mx.getCurrentThreadAllocatedBytes() - b0) / (passes * ps.length);
        }
        double[] sorted = us.clone();
        Arrays.sort(sorted);
        double[] sb = bytes.clone();
        Arrays.sort(sb);
        double[] sc = cpu.clone();
        Arrays.sort(sc);
        System.out.printf("RESULT label=%s build_ms=%.0f us_min=%.2f us_median=%.2f us_max=%.2f cpu_us_median=%.2f bytes_median=%.0f"
                        + " rules=%d decisions=%s sink=%d%n",
                label.replace(' ', '_'), buildMs, sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1],
                sc[sc.length / 2], sb[sb.length / 2], screener.rules().size(), decisions.toString().replace(" ", ""), sink % 10);
    }

    static boolean hasV2() {
        try {
            ClientProfile.Builder.class.getMethod("wartsOrMolluscumInArea", Answer.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The v2 answers, set to NO by reflection (the old API has none). */
    static final String[] V2_ANSWERS = {"wartsOrMolluscumInArea", "koebnerisingDisease", "permanentFillerOrThreadsInArea",
            "tattooOrPermanentMakeupInArea", "bloodThinningNsaidsOrSupplements", "photosensitisingMedication"};

    static List<ClientProfile> mix(boolean v2No) throws Exception {
        Random r = new Random(SEED);
        LocalDate[] dates = {LocalDate.of(2026, 11, 21), LocalDate.of(2026, 3, 2), LocalDate.of(2025, 12, 31)};
        ProcedureType[] types = {ProcedureType.CHEMICAL_PEEL, ProcedureType.LASER, ProcedureType.FILLER,
                ProcedureType.NEUROTOXIN};
        List<ClientProfile> out = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            LocalDate today = dates[r.nextInt(dates.length)];
            ClientProfile.Builder b = ClientProfile.builder().screenedOn(today).age(25 + r.nextInt(40))
                    .fitzpatrickType(FitzpatrickType.values()[r.nextInt(3)])
                    .pregnantOrBreastfeeding(Answer.NO).acne(AcneSeverity.NONE).rosacea(Answer.NO)
                    .rashOrDermatitisInArea(Answer.NO).activeInfectionInArea(Answer.NO)
                    .openWoundOrSunburnInArea(Answer.NO).coldSoreHistory(Answer.NO).keloidTendency(Answer.NO)
                    .skinCancerOrSuspiciousLesionInArea(Answer.NO).bleedingDisorder(Answer.NO)
                    .anticoagulants(Answer.NO).immunosuppressed(Answer.NO).diabetes(DiabetesStatus.NONE)
                    .isotretinoin(Isotretinoin.never()).metalOrAnaestheticAllergy(Answer.NO)
                    .autoimmuneOrCollagenDisease(Answer.NO).hyperpigmentationHistory(Answer.NO)
                    .recentProcedures(List.of());
            if (r.nextInt(20) != 0) {
                boolean home = r.nextInt(10) < 6;
                Area area = home ? Area.CHEEKS : new Area[] {Area.CHEEKS, Area.FOREHEAD, Area.ABDOMEN}[r.nextInt(3)];
                b.treatment(Treatment.builder().setting(home ? Setting.HOME : Setting.PROFESSIONAL)
                        .device(home ? Device.ROLLER : Device.PEN).needleDepthMm(home ? 0.25 : 1.0).area(area)
                        .concerns(home ? Concern.TEXTURE : area.isBody() ? Concern.STRETCH_MARKS : Concern.ACNE_SCARS)
                        .build());
            }
            if (r.nextInt(3) == 0) {
                ProcedureType t = types[r.nextInt(types.length)];
                b.recentProcedure(t, today.minusDays(30 + r.nextInt(300)));
            }
            int kind = r.nextInt(100);
            int which = r.nextInt(6);
            if (kind < 30) {
                // clean
            } else if (kind < 55) { // caution
                switch (which) {
                    case 0 -> b.coldSoreHistory(Answer.YES);
                    case 1 -> b.acne(AcneSeverity.MILD);
                    case 2 -> b.fitzpatrickType(FitzpatrickType.V);
                    case 3 -> b.diabetes(DiabetesStatus.CONTROLLED);
                    case 4 -> b.hyperpigmentationHistory(Answer.YES);
                    default -> b.fitzpatrickType(null);
                }
            } else if (kind < 65) { // refer
                switch (which) {
                    case 0 -> b.keloidTendency(Answer.YES);
                    case 1 -> b.anticoagulants(Answer.YES);
                    case 2 -> b.immunosuppressed(Answer.YES);
                    case 3 -> b.diabetes(DiabetesStatus.UNCONTROLLED);
                    case 4 -> b.recentProcedure(ProcedureType.SURGERY, today.minusMonths(3));
                    default -> b.skinCancerOrSuspiciousLesionInArea(Answer.YES);
                }
            } else if (kind < 85) { // not suitable
                switch (which) {
                    case 0 -> b.pregnantOrBreastfeeding(Answer.YES);
                    case 1 -> b.rosacea(Answer.YES);
                    case 2 -> b.acne(AcneSeverity.SEVERE);
                    case 3 -> b.isotretinoin(Isotretinoin.stopped(today.minusMonths(2)));
                    case 4 -> b.recentProcedure(ProcedureType.LASER, today.minusDays(3));
                    default -> b.bleedingDisorder(Answer.YES);
                }
            } else { // incomplete
                switch (which) {
                    case 0 -> b.pregnantOrBreastfeeding(Answer.UNKNOWN);
                    case 1 -> b.age(null);
                    case 2 -> b.recentProcedures(null);
                    case 3 -> b.isotretinoin(null);
                    case 4 -> b.acne(null);
                    default -> b.bleedingDisorder(Answer.UNKNOWN);
                }
            }
            if (v2No) {
                for (String name : V2_ANSWERS) {
                    Method m = ClientProfile.Builder.class.getMethod(name, Answer.class);
                    m.invoke(b, Answer.NO);
                }
            }
            out.add(b.build());
        }
        return out;
    }
}
