package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.needlescreen.internal.GuidanceWriter;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.oracle.ProfileGenerator;

/**
 * The screener caches guidance per plan and allergy answer. Whatever the cache holds, every
 * result's guidance must be what {@link GuidanceWriter} writes for that profile on its own, also
 * after the cache is full and for plans that differ in a single field.
 */
class GuidanceCacheTest {

    @Test
    void cachedGuidanceIsTheGuidanceOfEachProfile() {
        Screener screener = Screener.builder().clock(Screens.CLOCK).build();
        ProfileGenerator generator = new ProfileGenerator(ProfileGenerator.DEFAULT_SEED + 7, screener.policy());
        Set<Guidance> distinct = new HashSet<>();
        int profiles = Screener.GUIDANCE_CACHE_SIZE + 6_000;
        for (int i = 0; i < profiles; i++) {
            ClientProfile p = generator.next();
            Guidance expected = GuidanceWriter.write(p, screener.policy());
            Guidance cached = screener.screen(p).guidance();
            assertEquals(expected, cached, () -> "guidance of " + ProfileGenerator.describe(p));
            distinct.add(expected);
        }
        // The generator's plans must vary enough for a wrong key to be noticed.
        assertTrue(distinct.size() > 50, "distinct guidance: " + distinct.size());
    }
}
