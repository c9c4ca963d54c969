package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No org.kie or org.drools type in the public API; Drools lives in the internal package only. */
class ApiBoundaryTest {

    static List<Class<?>> publicClasses(String pkg) throws IOException, ClassNotFoundException {
        Path dir = Path.of("target/classes", pkg.replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = p.getFileName().toString().replace(".class", "");
                Class<?> c = Class.forName(pkg + "." + name);
                if (Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    static boolean isEngineType(Type t) {
        String n = t.getTypeName();
        return n.contains("org.kie.") || n.contains("org.drools.");
    }

    @Test
    void publicSignaturesHoldNoEngineTypes() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(publicClasses("org.needlescreen"));
        classes.addAll(publicClasses("org.needlescreen.model"));
        assertTrue(classes.size() > 20, "scanned " + classes.size());
        for (Class<?> c : classes) {
            if (isEngineType(c.getGenericSuperclass() == null ? Object.class : c.getGenericSuperclass())) {
                leaks.add(c.getName() + " extends an engine type");
            }
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) && !Modifier.isProtected(m.getModifiers())) {
                    continue;
                }
                if (isEngineType(m.getGenericReturnType())) {
                    leaks.add(c.getName() + "." + m.getName() + " returns " + m.getGenericReturnType());
                }
                for (Type p : m.getGenericParameterTypes()) {
                    if (isEngineType(p)) {
                        leaks.add(c.getName() + "." + m.getName() + " takes " + p);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && isEngineType(f.getGenericType())) {
                    leaks.add(c.getName() + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
