package org.needlescreen.json;

import java.io.IOException;
import java.io.OutputStream;

import org.needlescreen.ScreeningResult;
import org.needlescreen.model.InvalidProfileException;

/**
 * Writes screening results as JSON (docs/cli.md, "Result JSON"; {@code docs/schema/result.schema.json}).
 * Deterministic: fixed field order, lists in the order the result holds them, numbers in a stable
 * form, no timestamp other than {@code screenedOn}; the same result always gives byte-identical
 * text. Optional fields are left out rather than written as {@code null}.
 *
 * <p>Thread-safe; all methods are static. Needs jackson-databind on the class path (an optional
 * dependency of the library); without it every method throws {@link IllegalStateException} saying
 * so. For text for people, see {@link org.needlescreen.text.ResultText}, which needs no Jackson.
 */
public final class ResultJson {

    private ResultJson() {
    }

    /**
     * The result as compact JSON on one line (no line break), as {@code batch} writes it.
     *
     * @param result the result
     * @return one line of JSON
     */
    public static String write(ScreeningResult result) {
        JacksonCheck.require("ResultJson");
        return ResultJsonCodec.write(result);
    }

    /**
     * The result as compact JSON on one line, without the guidance when {@code withGuidance} is
     * false ({@code batch --guidance omit}).
     *
     * @param result       the result
     * @param withGuidance whether to write the {@code guidance} object
     * @return one line of JSON
     */
    public static String write(ScreeningResult result, boolean withGuidance) {
        JacksonCheck.require("ResultJson");
        return ResultJsonCodec.write(result, withGuidance);
    }

    /**
     * Writes the result to {@code out} as compact JSON on one line (no line break), in UTF-8: the
     * bytes of {@link #write(ScreeningResult, boolean)}'s text, written straight from the result
     * without a string in between (a lone surrogate in a text becomes {@code ?}, as a UTF-8
     * {@link java.io.OutputStreamWriter} writes it). {@code out} is neither flushed nor closed.
     *
     * @param result       the result
     * @param withGuidance whether to write the {@code guidance} object
     * @param out          where to write
     * @throws IOException when writing to {@code out} fails
     */
    public static void write(ScreeningResult result, boolean withGuidance, OutputStream out) throws IOException {
        JacksonCheck.require("ResultJson");
        ResultJsonCodec.write(result, withGuidance, out);
    }

    /**
     * The result as indented JSON ({@code "\n"} line ends, no trailing line break), as
     * {@code screen} prints it.
     *
     * @param result the result
     * @return indented JSON
     */
    public static String writePretty(ScreeningResult result) {
        JacksonCheck.require("ResultJson");
        return ResultJsonCodec.writePretty(result);
    }

    /**
     * The line {@code batch} writes in place of an invalid profile:
     * {@code {"line": N, "error": "...", "field": "..."}}.
     *
     * @param line the input line number, from 1
     * @param e    why the line is invalid
     * @return one line of JSON
     */
    public static String writeError(long line, InvalidProfileException e) {
        JacksonCheck.require("ResultJson");
        return ResultJsonCodec.writeError(line, e);
    }

    /**
     * Writes the line {@code batch} writes in place of an invalid profile to {@code out}, in UTF-8:
     * the bytes of {@link #writeError(long, InvalidProfileException)}'s text. {@code out} is neither
     * flushed nor closed.
     *
     * @param line the input line number, from 1
     * @param e    why the line is invalid
     * @param out  where to write
     * @throws IOException when writing to {@code out} fails
     */
    public static void writeError(long line, InvalidProfileException e, OutputStream out) throws IOException {
        JacksonCheck.require("ResultJson");
        ResultJsonCodec.writeError(line, e, out);
    }
}
