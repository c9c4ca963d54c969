package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.clean;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * Sessions are kept between screenings, but an idle one holds nothing of the last client: once the
 * caller lets go of a profile (and its result), the garbage collector can take it and every fact
 * made from it, while the screener lives on.
 */
class KeptSessionPrivacyTest {

    @Test
    void anIdleKeptSessionHoldsNoPartOfTheLastProfile() throws InterruptedException {
        Screener screener = Screener.builder().clock(Screens.CLOCK).build();
        List<WeakReference<Object>> parts = screenAndForget(screener);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (parts.stream().anyMatch(r -> r.get() != null) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        List<String> held = new ArrayList<>();
        for (WeakReference<Object> r : parts) {
            Object o = r.get();
            if (o != null) {
                held.add(o.getClass().getSimpleName());
            }
        }
        assertEquals(List.of(), held, "still reachable while the screener lives");
        // The kept sessions still screen correctly.
        assertEquals(Decision.NOT_SUITABLE, screener.screen(profile(9)).decision());
        assertEquals(Decision.SUITABLE, screener.screen(clean().build()).decision());
    }

    /** Screens three profiles; returns weak references to the last one and its parts only. */
    private static List<WeakReference<Object>> screenAndForget(Screener screener) {
        List<WeakReference<Object>> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ClientProfile p = profile(i);
            ScreeningResult r = screener.screen(p);
            assertEquals(Decision.NOT_SUITABLE, r.decision());
            assertTrue(r.findings().size() >= 2, r.toString());
            if (i == 2) {
                parts.add(new WeakReference<>(p));
                parts.add(new WeakReference<>(p.treatment()));
                parts.add(new WeakReference<>(p.isotretinoin()));
                parts.add(new WeakReference<>(p.recentProcedures().get(0)));
            }
        }
        return parts;
    }

    private static ClientProfile profile(int i) {
        return clean().clientRef("C-" + i).age(30 + i).acne(AcneSeverity.MILD)
                .isotretinoin(Isotretinoin.of(IsotretinoinStatus.STOPPED, LocalDate.of(2026, 8, 1)))
                .recentProcedures(List.of(RecentProcedure.of(ProcedureType.CHEMICAL_PEEL, LocalDate.of(2026, 11, 10))))
                .treatment(Treatment.builder().setting(Setting.HOME).concerns(List.of(Concern.TEXTURE)).build())
                .build();
    }
}
