package org.needlescreen.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command reads and writes: the process's streams in production, captured streams in
 * tests.
 *
 * @param in          standard input (for {@code -})
 * @param out         standard output: results, catalogues, validation problems
 * @param err         standard error: error messages and progress
 * @param interactive whether a person is watching a terminal (progress is shown only then)
 * @param prefetch    the default screener being built since start-up, or {@code null}
 */
record Context(InputStream in, PrintStream out, PrintStream err, boolean interactive, DefaultRulesPrefetch prefetch) {
    Context {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    Context(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this(in, out, err, interactive, null);
    }
}
