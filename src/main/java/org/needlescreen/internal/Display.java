package org.needlescreen.internal;

/**
 * Makes text safe to show on a terminal or in a text report: characters that are invisible or
 * that control the display (C0 and C1 controls, zero-width characters such as U+200B-U+200D,
 * U+2060 and U+FEFF, the bidirectional controls U+202A-U+202E and U+2066-U+2069, line and
 * paragraph separators, unpaired surrogates, and the few letters and marks that render as nothing)
 * are written as <code>&#92;u200c</code>-style escapes, so that <code>"CHEEKS&#92;u200c"</code> is visibly not
 * {@code "CHEEKS"} and a value cannot rewrite the line it is shown on.
 *
 * <p>Used for rejected values and field paths in {@link org.needlescreen.model.InvalidProfileException},
 * for the text report and for the command-line tool's error messages. JSON output does not need it:
 * a JSON writer escapes controls itself.
 */
public final class Display {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Display() {
    }

    /**
     * Whether a code point is shown as an escape: controls (Cc), format characters (Cf, which
     * holds the zero-width and bidirectional controls and the byte order mark), line and paragraph
     * separators, surrogates, and characters that render as nothing (U+034F, the Hangul fillers
     * U+115F, U+1160, U+3164, U+FFA0, and the variation selectors).
     *
     * @param cp a Unicode code point
     * @return {@code true} when the code point is written as an escape
     */
    static boolean isInvisible(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> {
                return true;
            }
            default -> {
                return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
            }
        }
    }

    /**
     * {@code s} with every invisible character (see {@link #isInvisible(int)}) written as
     * <code>&#92;uXXXX</code> (a character outside the Basic Multilingual Plane as its two UTF-16 escapes).
     * Everything else, backslashes included, is kept, so applying it twice changes nothing.
     * {@code null} stays {@code null}.
     *
     * @param s the text; may be {@code null}
     * @return the text with invisible characters escaped; {@code s} itself when there are none
     */
    public static String visible(String s) {
        return escape(s, false, false);
    }

    /**
     * Like {@link #visible(String)}, but keeps line feeds: for multi-line text such as a report.
     *
     * @param s the text; may be {@code null}
     * @return the text with invisible characters other than {@code \n} escaped; {@code null} for
     *         {@code null}
     */
    public static String visibleLines(String s) {
        return escape(s, false, true);
    }

    /**
     * {@code s} as a double-quoted string literal in the JSON manner: quotes and backslashes
     * escaped with a backslash, invisible characters as <code>&#92;uXXXX</code>. {@code null} gives
     * {@code null} (unquoted).
     *
     * @param s the text; may be {@code null}
     * @return the quoted, escaped text, or the four characters {@code null}
     */
    public static String quoted(String s) {
        return s == null ? "null" : "\"" + escape(s, true, false) + "\"";
    }

    /**
     * {@code s} without its invisible characters, to suggest what was probably meant.
     *
     * @param s the text
     * @return the text with every invisible character removed
     * @throws NullPointerException when {@code s} is {@code null}
     */
    public static String stripInvisible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isInvisible(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String escape(String s, boolean quote, boolean keepNewlines) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean escape = (isInvisible(cp) && !(keepNewlines && cp == '\n'))
                    || (quote && (cp == '"' || cp == '\\'));
            if (escape && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (!escape) {
                    sb.append(s, i, i + n);
                } else if (cp == '"' || cp == '\\') {
                    sb.append('\\').append((char) cp);
                } else {
                    for (int k = i; k < i + n; k++) {
                        char c = s.charAt(k);
                        sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    }
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }
}
