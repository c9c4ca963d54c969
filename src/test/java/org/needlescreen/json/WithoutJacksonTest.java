package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Jackson is an optional dependency: without it on the class path, the JSON classes say so clearly
 * (never a NoClassDefFoundError from inside Jackson), and the rest of the library works.
 */
class WithoutJacksonTest {

    private static URLClassLoader withoutJackson() throws Exception {
        List<URL> urls = new ArrayList<>();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.contains("jackson")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theJsonClassesNameTheMissingDependency() throws Exception {
        try (URLClassLoader loader = withoutJackson()) {
            assertTrue(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class") == null);
            Class<?> profileJson = loader.loadClass(ProfileJson.class.getName());
            InvocationTargetException e = org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class,
                    () -> profileJson.getMethod("read", String.class).invoke(null, "{}"));
            assertEquals(IllegalStateException.class.getName(), e.getCause().getClass().getName());
            assertTrue(e.getCause().getMessage().contains("jackson-databind"), e.getCause().getMessage());
            Class<?> resultJson = loader.loadClass(ResultJson.class.getName());
            assertTrue(resultJson.getMethods().length > 0, "the class loads and links without Jackson");
        }
    }
}
