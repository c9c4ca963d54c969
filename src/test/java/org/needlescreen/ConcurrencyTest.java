package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/** One shared Screener, many threads: each result equals the one computed alone. */
class ConcurrencyTest {

    @Test
    void sharedScreenerGivesTheSameResultsUnderConcurrency() throws Exception {
        List<ClientProfile> profiles = List.of(
                clean().build(),
                clean().acne(AcneSeverity.SEVERE).build(),
                clean().keloidTendency(Answer.YES).rosacea(Answer.UNKNOWN).build(),
                clean().recentProcedure(ProcedureType.LASER, TODAY.minusDays(5)).build(),
                clean().treatment(Treatment.builder().setting(Setting.HOME).device(Device.PEN).needleDepthMm(1.0)
                        .area(Area.NECK).concerns(Concern.WRINKLES, Concern.TEXTURE).build()).build());
        List<ScreeningResult> expected = profiles.stream().map(Screens.DEFAULT::screen).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int k = i % profiles.size();
                futures.add(pool.submit(() -> Screens.DEFAULT.screen(profiles.get(k)).equals(expected.get(k))));
            }
            long same = 0;
            for (Future<Boolean> f : futures) {
                same += f.get() ? 1 : 0;
            }
            assertEquals(futures.size(), same);
        } finally {
            pool.shutdownNow();
        }
    }
}
