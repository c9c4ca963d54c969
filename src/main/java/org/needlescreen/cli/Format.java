package org.needlescreen.cli;

/** Output formats. Lower case, as typed on the command line. */
enum Format {
    /** Machine-readable JSON (the default). */
    json,
    /** Text for a person. */
    text
}
