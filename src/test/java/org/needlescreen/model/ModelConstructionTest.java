package org.needlescreen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The model types are built only through builders and factories, so a new field breaks no caller:
 * no public type of {@code org.needlescreen.model} is a record (whose canonical constructor Java
 * makes public) or has a public or protected constructor. Enums have none anyway, and exceptions
 * are excepted: {@link InvalidProfileException} keeps its public constructor, as exceptions do
 * (the JSON codec in another package throws it, and so may an embedder's own checks).
 */
class ModelConstructionTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 17);

    /** Every public type (nested ones included) compiled into target/classes/org/needlescreen/model. */
    static List<Class<?>> publicModelTypes() throws IOException, ClassNotFoundException {
        Path dir = Path.of("target/classes/org/needlescreen/model");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simple = p.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName("org.needlescreen.model." + simple, false,
                        ModelConstructionTest.class.getClassLoader());
                boolean visible = true;
                for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
                    visible &= Modifier.isPublic(k.getModifiers()) && !k.isAnonymousClass() && !k.isLocalClass();
                }
                if (visible) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    void noPublicModelTypeIsARecordOrHasAPublicConstructor() throws Exception {
        List<Class<?>> types = publicModelTypes();
        List<String> names = types.stream().map(Class::getSimpleName).toList();
        for (String expected : List.of("ClientProfile", "Builder", "Treatment", "RecentProcedure", "Isotretinoin",
                "ProcedureHistory", "CustomAnswers", "InvalidProfileException", "Answer")) {
            assertTrue(names.contains(expected), "scanned " + names);
        }
        List<String> problems = new ArrayList<>();
        for (Class<?> c : types) {
            if (c.isRecord()) {
                problems.add(c.getName() + " is a record: its canonical constructor is public");
            }
            if (c.isEnum() || Throwable.class.isAssignableFrom(c)) {
                continue;
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
                    problems.add(c.getName() + " has a public or protected constructor " + k);
                }
            }
            if (!c.isInterface() && !Modifier.isFinal(c.getModifiers())) {
                problems.add(c.getName() + " is not final");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void modelTypesCompareByValueAsRecordsDid() {
        Treatment t = Treatment.builder().setting(Setting.HOME).device(Device.ROLLER).needleDepthMm(0.25)
                .area(Area.CHEEKS).concerns(Concern.TEXTURE, Concern.ACNE_SCARS).build();
        Treatment same = Treatment.builder().setting(Setting.HOME).device(Device.ROLLER).needleDepthMm(0.25)
                .area(Area.CHEEKS).concerns(Concern.ACNE_SCARS, Concern.TEXTURE, Concern.TEXTURE).build();
        assertEquals(t, same);
        assertEquals(t.hashCode(), same.hashCode());
        assertEquals(t, t.toBuilder().build());
        assertNotEquals(t, t.toBuilder().needleDepthMm(0.5).build());
        assertEquals(Treatment.UNSPECIFIED, Treatment.builder().build());

        assertEquals(Isotretinoin.stopped(DAY), Isotretinoin.of(IsotretinoinStatus.STOPPED, DAY));
        assertEquals(Isotretinoin.stopped(DAY).hashCode(), Isotretinoin.of(IsotretinoinStatus.STOPPED, DAY).hashCode());
        assertNotEquals(Isotretinoin.stopped(DAY), Isotretinoin.stopped(null));
        assertNotEquals(Isotretinoin.current(), Isotretinoin.of(null, null));

        assertEquals(RecentProcedure.of(ProcedureType.LASER, DAY), RecentProcedure.of(ProcedureType.LASER, DAY));
        assertNotEquals(RecentProcedure.of(ProcedureType.LASER, DAY), RecentProcedure.of(ProcedureType.LASER, null));
        assertEquals(ProcedureHistory.of(ProcedureType.LASER, DAY, true),
                ProcedureHistory.of(ProcedureType.LASER, DAY, true));
        assertNotEquals(ProcedureHistory.of(ProcedureType.LASER, DAY, true),
                ProcedureHistory.of(ProcedureType.LASER, DAY, false));

        ClientProfile p = ClientProfile.builder().clientRef("c-1").screenedOn(DAY).age(34).rosacea(Answer.NO)
                .isotretinoin(Isotretinoin.stopped(DAY.minusYears(1))).recentProcedure(ProcedureType.LASER, DAY)
                .treatment(t).custom("tattooInArea", "YES").build();
        ClientProfile copy = p.toBuilder().build();
        assertEquals(p, copy);
        assertEquals(p.hashCode(), copy.hashCode());
        assertEquals(p, p.withScreenedOn(DAY));
        assertNotEquals(p, p.withScreenedOn(DAY.plusDays(1)));
        assertNotEquals(p, p.toBuilder().rosacea(Answer.UNKNOWN).build());
        assertEquals(ClientProfile.builder().rosacea(null).build(), ClientProfile.builder().build());
    }
}
