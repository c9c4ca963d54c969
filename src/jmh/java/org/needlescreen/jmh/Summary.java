package org.needlescreen.jmh;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Summarises a JMH JSON result (-rf json) as the rows BENCHMARKS.md records: the score with its
 * 99.9% error and the min / median / max of the iterations, the time per screening (wall, and the
 * thread's CPU time from {@link CpuTime}), the bytes allocated per operation ({@code -prof gc}),
 * and the ratios the issue asks for.
 *
 * <pre>mvn -B -q -Pjmh exec:exec@jmh-summary     (after mvn -B -Pjmh, which runs it too)</pre>
 */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode runs = new ObjectMapper().readTree(new File(args.length > 0 ? args[0] : "target/jmh/jmh-result.json"));
        Map<String, double[]> perOp = new LinkedHashMap<>(); // name -> {ops/s, cpu us/op}
        System.out.printf("%-44s %4s %14s %10s %26s %10s %10s %10s%n", "benchmark", "thr", "score", "error",
                "iterations min/med/max", "wall us", "CPU us", "B/op");
        for (JsonNode r : runs) {
            String name = r.get("benchmark").asText().replaceAll("^.*\\.(\\w+\\.\\w+)$", "$1");
            JsonNode params = r.get("params");
            if (params != null) {
                StringBuilder p = new StringBuilder();
                params.fields().forEachRemaining(e -> p.append(p.length() == 0 ? "" : ",").append(e.getValue().asText()));
                name += "[" + p + "]";
            }
            int threads = r.get("threads").asInt();
            JsonNode pm = r.get("primaryMetric");
            double score = pm.get("score").asDouble();
            double error = pm.get("scoreError").asDouble();
            String unit = pm.get("scoreUnit").asText();
            JsonNode pct = pm.get("scorePercentiles");
            String spread = String.format("%.4g/%.4g/%.4g", pct.get("0.0").asDouble(), pct.get("50.0").asDouble(),
                    pct.get("100.0").asDouble());
            JsonNode sec = r.get("secondaryMetrics");
            double cpuUs = Double.NaN;
            if (sec.has("cpuNanos") && sec.has("ops") && sec.get("ops").get("score").asDouble() > 0) {
                cpuUs = sec.get("cpuNanos").get("score").asDouble() / sec.get("ops").get("score").asDouble() / 1e3;
            }
            double bytes = sec.has("gc.alloc.rate.norm") ? sec.get("gc.alloc.rate.norm").get("score").asDouble() : Double.NaN;
            double wallUs = unit.equals("ops/s") ? threads * 1e6 / score : Double.NaN;
            System.out.printf("%-44s %4d %10.4g %-3s %10.3g %26s %10.2f %10.2f %10.0f%n", name, threads, score,
                    unit.replace("ops/s", "op/s"), error, spread, wallUs, cpuUs, bytes);
            perOp.put(name, new double[] {score, cpuUs});
        }
        System.out.println();
        ratio(perOp, "screening / plain-Java floor, 1 thread", "ScreeningBench.screen_1t", "ScreeningBench.floor_1t");
        ratio(perOp, "screening / floor with guidance, 1 thread", "ScreeningBench.screen_1t",
                "ScreeningBench.floorWithGuidance_1t");
        scaling(perOp, "screening, 2 threads / 1 thread (throughput)", "ScreeningBench.screen_2t", "ScreeningBench.screen_1t");
        scaling(perOp, "floor, 2 threads / 1 thread (throughput)", "ScreeningBench.floor_2t", "ScreeningBench.floor_1t");
        for (String s : new String[] {"POOL", "NEW", "KEPT"}) {
            ratio(perOp, "session " + s + " / LIBRARY, 1 thread", "SessionBench.screen_1t[" + s + "]",
                    "SessionBench.screen_1t[LIBRARY]");
            ratio(perOp, "session " + s + " / LIBRARY, 2 threads", "SessionBench.screen_2t[" + s + "]",
                    "SessionBench.screen_2t[LIBRARY]");
        }
    }

    /** Time per operation of a over b: by wall-clock throughput and by CPU time. */
    private static void ratio(Map<String, double[]> m, String label, String a, String b) {
        if (m.containsKey(a) && m.containsKey(b)) {
            System.out.printf("%-48s wall %.2fx   CPU %.2fx%n", label, m.get(b)[0] / m.get(a)[0], m.get(a)[1] / m.get(b)[1]);
        }
    }

    private static void scaling(Map<String, double[]> m, String label, String a, String b) {
        if (m.containsKey(a) && m.containsKey(b)) {
            System.out.printf("%-48s %.2fx   (CPU per op %.2fx)%n", label, m.get(a)[0] / m.get(b)[0], m.get(a)[1] / m.get(b)[1]);
        }
    }
}
