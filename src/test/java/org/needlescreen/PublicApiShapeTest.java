package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.ClientProfile;

/**
 * The public API is constructed through builders and factories only, so a type can gain a field
 * without breaking its callers: no public type of the API packages is a record (a record's
 * canonical constructor is public and its components are matched by deconstruction patterns) or
 * has a public constructor. Exceptions are exempt (callers construct and subclass them as Java
 * code does any exception), and so is every type listed below with its reason.
 */
class PublicApiShapeTest {

    /** The packages of the public API (README, "The public API"); {@code internal} and {@code cli} are not. */
    static final List<String> API_PACKAGES = List.of("org.needlescreen", "org.needlescreen.model",
            "org.needlescreen.scenario", "org.needlescreen.scenario.junit", "org.needlescreen.json",
            "org.needlescreen.text");

    /** Public types that may be records or have a public constructor, each with the reason. None today. */
    static final Map<Class<?>, String> STATED_REASONS = Map.of();

    @Test
    void noPublicTypeIsARecordOrHasAPublicConstructor() throws Exception {
        List<Class<?>> types = publicTypes();
        assertTrue(types.size() > 40, "found " + types.size() + " public types");
        List<String> offenders = new ArrayList<>();
        for (Class<?> c : types) {
            if (Throwable.class.isAssignableFrom(c) || STATED_REASONS.containsKey(c)) {
                continue;
            }
            if (c.isRecord()) {
                offenders.add(c.getName() + " is a record: make it a final class with a builder or a factory");
            }
            for (Constructor<?> ctor : c.getConstructors()) {
                offenders.add(c.getName() + " has a public constructor " + ctor
                        + ": make it private and construct through a builder or a factory");
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyStatedReasonIsStillNeeded() throws Exception {
        List<Class<?>> types = publicTypes();
        List<String> stale = new ArrayList<>();
        for (Class<?> c : STATED_REASONS.keySet()) {
            if (!types.contains(c) || !c.isRecord() && c.getConstructors().length == 0) {
                stale.add(c.getName() + " no longer needs its exemption (" + STATED_REASONS.get(c) + ")");
            }
        }
        assertEquals(List.of(), stale);
    }

    @Test
    void theResultTypesAreFinalClassesWithValueEquality() {
        for (Class<?> c : List.of(Finding.class, ScreeningResult.class, MissingAnswer.class, Guidance.class,
                Guidance.Advice.class, Guidance.DepthAdvice.class, RuleDescription.class, RuleSetInfo.class,
                RuleProblem.class, CustomAnswer.class, Policy.Value.class, ScreenerRef.ReloadEvent.class)) {
            assertTrue(Modifier.isFinal(c.getModifiers()) && !c.isRecord(), c.getName());
        }
        ScreeningResult r = Screens.screen(ClientProfile.builder().build());
        ScreeningResult copy = r.toBuilder().build();
        assertEquals(r, copy);
        assertEquals(r.hashCode(), copy.hashCode());
        assertEquals(r.toString(), copy.toString());
        Finding f = Finding.builder().ruleId("X").decision(Decision.CAUTION).message("m").build();
        assertEquals(f, f.toBuilder().build());
        assertEquals(List.of(), f.sources());
        assertEquals(RuleProblem.of(null, -3, null, "m"), RuleProblem.of("", 0, "", "m"));
    }

    /** Every public class, nested ones included, of {@link #API_PACKAGES} (not their subpackages). */
    static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
        return PrivacyTest.publicTypes().stream().filter(c -> API_PACKAGES.contains(c.getPackageName())).toList();
    }
}
