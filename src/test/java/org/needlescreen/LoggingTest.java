package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Area;
import org.needlescreen.model.Device;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * No client data in logs at any level. The test binding (slf4j-simple) logs org.needlescreen at
 * DEBUG to stderr; this captures stderr while screening and looks for the profile's values.
 */
class LoggingTest {

    @Test
    void debugLogNamesRulesButNoProfileValues() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Screens.screen(clean().clientRef("C-SECRET-4711").age(47).acne(AcneSeverity.MILD)
                    .isotretinoin(Isotretinoin.stopped(TODAY.minusDays(33)))
                    .recentProcedure(ProcedureType.FILLER, TODAY.minusDays(9))
                    .treatment(Treatment.builder().setting(Setting.HOME).device(Device.ROLLER).needleDepthMm(0.77)
                            .area(Area.SCALP).build()).build());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("ACNE-MILD"), "fired rule ids are logged at DEBUG: " + log);
        for (String secret : new String[] {"C-SECRET-4711", "47", "0.77", "SCALP", "MILD ", "2026-"}) {
            assertFalse(log.contains(secret), "log leaks '" + secret + "': " + log);
        }
    }
}
