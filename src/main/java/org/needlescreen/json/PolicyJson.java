package org.needlescreen.json;

import java.io.IOException;
import java.nio.file.Path;

import org.needlescreen.Policy;

/**
 * Reads a policy override file: one JSON object mapping policy keys (see {@link Policy#values()})
 * to numbers, for example
 *
 * <pre>{@code
 * {
 *   "depth.home.maxMm": 0.25,
 *   "washout.LASER.days": 60
 * }
 * }</pre>
 *
 * Each value replaces the default through {@link Policy#with(String, double, String)} with the
 * provenance {@code policy file <name>}, so the values are checked exactly as an embedder's
 * overrides are. Values that only make sense together (a range's minimum and maximum, an area's
 * maximum and the absolute maximum) may be given in any order. Numbers are decided as written,
 * never rounded into range or clamped: above 0 and at most {@link Policy#maximum(String)} for the
 * key's unit (5 mm, 3650 days, 120 months or years), and whole unless the unit is mm. A file may
 * start with a UTF-8 byte order mark, as a profile file may. Anything wrong is a
 * {@link PolicyFileException} naming the file, the key and the value (control and invisible
 * characters in a key shown as escapes).
 *
 * <p>Thread-safe; all methods are static. Needs jackson-databind on the class path (an optional
 * dependency of the library); without it every method throws {@link IllegalStateException} saying so.
 */
public final class PolicyJson {

    private PolicyJson() {
    }

    /**
     * The policy as indented JSON: {@code {"key": {"value": 0.3, "unit": "mm", "provenance": "..."}, ...}}
     * in the policy's order. The values alone, {@code {"key": value}}, form a valid override file.
     *
     * @param policy the policy
     * @return indented JSON
     */
    public static String write(Policy policy) {
        JacksonCheck.require("PolicyJson");
        return PolicyJsonCodec.write(policy);
    }

    /**
     * Reads {@code file} and applies it to {@code base}.
     *
     * @param file an override file
     * @param base the policy to override
     * @return {@code base} with the file's overrides
     * @throws IOException         when the file cannot be read
     * @throws PolicyFileException when its content is not a valid policy override
     */
    public static Policy read(Path file, Policy base) throws IOException {
        JacksonCheck.require("PolicyJson");
        return PolicyJsonCodec.read(file, base);
    }

    /**
     * Applies the overrides in {@code json} to {@code base}.
     *
     * @param base   the policy to override
     * @param json   the override file's content
     * @param source names the overrides in error messages and in each value's provenance,
     *               e.g. {@code policy file clinic.json}
     * @return {@code base} with the overrides
     * @throws PolicyFileException when {@code json} is not a valid policy override
     */
    public static Policy apply(Policy base, String json, String source) {
        JacksonCheck.require("PolicyJson");
        return PolicyJsonCodec.apply(base, json, source);
    }
}
