package org.needlescreen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads command inputs: a file, or standard input for {@code -}; strict UTF-8. */
final class Inputs {

    /** The name that means standard input. */
    static final String STDIN = "-";

    private Inputs() {
    }

    /** A strict UTF-8 decoder: malformed input is an error, never replaced. */
    static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Reads the whole of {@code name} (a file, or {@code -} for {@code stdin}) as UTF-8 text,
     * without a leading byte order mark.
     *
     * @throws CliException with {@link ExitCode#INPUT} when it cannot be read or is not UTF-8
     */
    static String readAll(String name, InputStream stdin) {
        byte[] bytes;
        try {
            if (STDIN.equals(name)) {
                bytes = stdin.readAllBytes();
            } else {
                Path p = Path.of(name);
                requireReadableFile(p, "input file");
                bytes = Files.readAllBytes(p);
            }
        } catch (IOException e) {
            throw unreadable(describe(name), e);
        }
        try {
            return stripBom(utf8().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new CliException(ExitCode.INPUT, "cannot read " + describe(name) + ": not valid UTF-8 text");
        }
    }

    /**
     * The bytes of {@code name}: a file, opened here (the caller closes it), or {@code stdin} for
     * {@code -} (which the caller must not close: it belongs to the process).
     */
    static InputStream open(String name, InputStream stdin) {
        if (STDIN.equals(name)) {
            return stdin;
        }
        Path p = Path.of(name);
        requireReadableFile(p, "input file");
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw unreadable(describe(name), e);
        }
    }

    /** Checks that {@code p} is a regular, readable file, naming {@code what} in the message. */
    static void requireReadableFile(Path p, String what) {
        if (!Files.exists(p)) {
            throw new CliException(ExitCode.INPUT, "cannot read " + what + " " + p + ": no such file");
        }
        if (Files.isDirectory(p)) {
            throw new CliException(ExitCode.INPUT, "cannot read " + what + " " + p + ": it is a directory");
        }
        if (!Files.isReadable(p)) {
            throw new CliException(ExitCode.INPUT, "cannot read " + what + " " + p + ": permission denied");
        }
    }

    /** Checks that {@code p} is a readable directory, naming {@code what} in the message. */
    static void requireDirectory(Path p, String what) {
        if (!Files.exists(p)) {
            throw new CliException(ExitCode.INPUT, "cannot read " + what + " " + p + ": no such directory");
        }
        if (!Files.isDirectory(p)) {
            throw new CliException(ExitCode.INPUT, "cannot read " + what + " " + p + ": not a directory");
        }
        if (!Files.isReadable(p)) {
            throw new CliException(ExitCode.INPUT, "cannot read " + what + " " + p + ": permission denied");
        }
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static String describe(String name) {
        return STDIN.equals(name) ? "standard input" : "input file " + name;
    }

    static CliException unreadable(String what, IOException e) {
        return new CliException(ExitCode.INPUT, "cannot read " + what + ": " + reason(e), e);
    }

    /** Why an I/O operation failed, in words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
