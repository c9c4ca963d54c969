package org.needlescreen.json;

/**
 * Fails with a clear message when jackson-databind (an optional dependency of the library) is not
 * on the class path, instead of a {@link NoClassDefFoundError} from deep inside Jackson. Holds no
 * reference to a Jackson type, so it loads either way.
 */
final class JacksonCheck {

    private static final boolean PRESENT = present();

    private JacksonCheck() {
    }

    private static boolean present() {
        try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, JacksonCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** @throws IllegalStateException naming the missing dependency */
    static void require(String what) {
        if (!PRESENT) {
            throw new IllegalStateException(what + " needs com.fasterxml.jackson.core:jackson-databind (2.18 or"
                    + " later) on the class path: it is an optional dependency of needlescreen; add it to your build"
                    + " (ResultText in org.needlescreen.text needs nothing more)");
        }
    }
}
