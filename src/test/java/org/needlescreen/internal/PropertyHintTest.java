package org.needlescreen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Isotretinoin;

/** The "did you mean" behind the loader's message for an unknown property. */
class PropertyHintTest {

    @Test
    void typosAreNearestByEditDistance() {
        assertEquals(3, PropertyHint.distance("kitten", "sitting"));
        assertEquals(0, PropertyHint.distance("", ""));
        List<String> props = PropertyHint.properties(ClientProfile.class);
        assertEquals("age", PropertyHint.suggest("agee", props));
        assertEquals("rosacea", PropertyHint.suggest("Rosaca", props));
        assertEquals("diabetes", PropertyHint.suggest("diabetis", props));
    }

    @Test
    void aShortenedNameFindsTheLongerOneHoldingItsWords() {
        List<String> props = PropertyHint.properties(ClientProfile.class);
        assertEquals("tattooOrPermanentMakeupInArea", PropertyHint.suggest("tattooInArea", props));
        assertEquals("pregnantOrBreastfeeding", PropertyHint.suggest("pregnant", props));
        assertNull(PropertyHint.suggest("shoeSize", props));
    }

    @Test
    void propertiesAreComponentsAndHelpersAsDroolsReadsThem() {
        assertTrue(PropertyHint.properties(Isotretinoin.class).containsAll(List.of("lastDose", "status", "timingKnown")));
        assertEquals(List.of("needsDermis"), PropertyHint.properties(Concern.class));
        List<String> profile = PropertyHint.properties(ClientProfile.class);
        assertTrue(profile.contains("home") && !profile.contains("withScreenedOn(...)") && !profile.contains("toString"),
                profile::toString);
    }

    @Test
    void otherMessagesAreLeftAlone() {
        assertNull(PropertyHint.rewrite("Unable to resolve ObjectType 'Ghost'"));
        assertNull(PropertyHint.rewrite("unable to resolve method using strict-mode: java.lang.String.foo()"));
    }
}
