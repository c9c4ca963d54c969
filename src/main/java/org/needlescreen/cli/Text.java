package org.needlescreen.cli;

/** Word wrapping for the text outputs. */
final class Text {

    /** The column at which text is wrapped. */
    static final int WIDTH = 100;

    private Text() {
    }

    /**
     * Appends {@code text} word-wrapped at {@link #WIDTH}: the first line after {@code first}, the
     * others after {@code rest}. A word longer than a line is left whole.
     */
    static void wrap(StringBuilder sb, String text, String first, String rest) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                sb.append(prefix).append(line).append('\n');
                line.setLength(0);
                prefix = rest;
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(prefix).append(line).append('\n');
    }
}
