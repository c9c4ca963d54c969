package org.needlescreen;

import java.io.PrintStream;

/**
 * Drops the test binding's DEBUG lines from stderr while a property test runs. The test
 * configuration (simplelogger.properties) logs org.needlescreen at DEBUG, one line per screening,
 * which LoggingTest relies on; at hundreds of thousands of screenings those lines would cost minutes
 * and megabytes of build output. Lines of other levels (warnings, errors) still pass through.
 */
final class QuietLog {

    private static PrintStream original;

    private QuietLog() {
    }

    /** Filters DEBUG lines out of System.err until {@link #restore()}. */
    static synchronized void install() {
        if (original != null) {
            return;
        }
        original = System.err;
        System.setErr(new PrintStream(original, true) {
            @Override
            public void println(String line) {
                if (line == null || !line.contains(" DEBUG ")) {
                    super.println(line);
                }
            }
        });
    }

    /** Puts back the stderr that {@link #install()} replaced. */
    static synchronized void restore() {
        if (original != null) {
            System.setErr(original);
            original = null;
        }
    }
}
