package org.needlescreen.cli;

/**
 * A failure the tool reports as a message on stderr and an exit code, such as a file that cannot
 * be read. Carries no profile values beyond what the message says.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
