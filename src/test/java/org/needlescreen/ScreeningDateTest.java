package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.clean;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A profile without {@code screenedOn} is screened as of today, by the screener's clock. */
class ScreeningDateTest {

    @Test
    void withoutAClockTheSystemClockDatesTheScreening() {
        Screener screener = Screener.withDefaultRules();
        LocalDate before = LocalDate.now();
        LocalDate on = screener.screen(clean().screenedOn(null).build()).screenedOn();
        LocalDate after = LocalDate.now();
        assertTrue(!on.isBefore(before) && !on.isAfter(after), on + " is not today (" + before + ")");
    }

    @Test
    void aClockDatesTheScreeningInItsOwnZone() {
        Instant instant = Instant.parse("2026-11-21T20:00:00Z"); // already the 22nd at UTC+14, still the 21st at UTC-10
        Screener east = Screener.builder().clock(Clock.fixed(instant, ZoneId.of("Pacific/Kiritimati"))).build();
        Screener west = Screener.builder().clock(Clock.fixed(instant, ZoneId.of("Pacific/Honolulu"))).build();
        assertEquals(LocalDate.of(2026, 11, 22), east.screen(clean().screenedOn(null).build()).screenedOn());
        assertEquals(LocalDate.of(2026, 11, 21), west.screen(clean().screenedOn(null).build()).screenedOn());
    }
}
