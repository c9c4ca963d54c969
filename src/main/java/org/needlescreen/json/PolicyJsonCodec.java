package org.needlescreen.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.needlescreen.Policy;
import org.needlescreen.internal.Display;
import org.needlescreen.model.InvalidProfileException;

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
 * <p>Thread-safe; requires jackson-databind on the class path.
 */
final class PolicyJsonCodec {

    private PolicyJsonCodec() {
    }

    /**
     * The policy as indented JSON: {@code {"key": {"value": 0.3, "unit": "mm", "provenance": "..."}, ...}}
     * in the policy's order. The values alone, {@code {"key": value}}, form a valid override file.
     */
    static String write(Policy policy) {
        return JsonSupport.write(true, g -> {
            g.writeStartObject();
            for (Policy.Value v : policy.values()) {
                g.writeObjectFieldStart(v.key());
                g.writeFieldName("value");
                JsonSupport.number(g, v.value());
                g.writeStringField("unit", v.unit());
                g.writeStringField("provenance", v.provenance());
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    /**
     * Reads {@code file} and applies it to {@code base}.
     *
     * @throws IOException          when the file cannot be read
     * @throws PolicyFileException  when its content is not a valid policy override
     */
    static Policy read(Path file, Policy base) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // A leading byte order mark is dropped, as it is from a profile file.
        return apply(base, text.startsWith("\uFEFF") ? text.substring(1) : text, "policy file " + name);
    }

    /**
     * Applies the overrides in {@code json} to {@code base}.
     *
     * @param source names the overrides in error messages and in each value's provenance,
     *               e.g. {@code policy file clinic.json}
     * @throws PolicyFileException when {@code json} is not a valid policy override
     */
    static Policy apply(Policy base, String json, String source) {
        JsonNode root;
        try {
            root = JsonSupport.parse(json, "a JSON object mapping policy keys to numbers");
        } catch (InvalidProfileException e) {
            // e.field() is "$", or the key that appears twice
            throw new PolicyFileException(source + ": " + e.value() + " (" + e.allowed() + ")",
                    "$".equals(e.field()) ? null : e.field());
        }
        if (!root.isObject()) {
            throw new PolicyFileException(source + ": expected a JSON object mapping policy keys to numbers, found "
                    + JsonSupport.json(root), null);
        }
        Map<String, Double> overrides = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            String shownKey = Display.visible(key);
            if (base.value(key).isEmpty()) {
                throw new PolicyFileException(source + ": unknown policy key '" + shownKey + "' (known keys: "
                        + String.join(", ", base.values().stream().map(Policy.Value::key).toList()) + ")", shownKey);
            }
            String unit = base.value(key).get().unit();
            if (!v.isNumber() || !inRange(v, unit)) {
                throw new PolicyFileException(source + ": invalid value for '" + shownKey + "': "
                        + Display.visible(JsonSupport.json(v)) + " (" + allowed(unit) + ")", shownKey);
            }
            overrides.put(key, v.doubleValue());
        }
        // Apply in passes so that related values (min and max of a range) can be given in any order:
        // a value that breaks an ordering now may fit once its partner is applied.
        Policy policy = base;
        List<String> pending = new ArrayList<>(overrides.keySet());
        while (!pending.isEmpty()) {
            List<String> failed = new ArrayList<>();
            IllegalArgumentException first = null;
            String firstKey = null;
            for (String key : pending) {
                try {
                    policy = policy.with(key, overrides.get(key), source);
                } catch (IllegalArgumentException e) {
                    failed.add(key);
                    if (first == null) {
                        first = e;
                        firstKey = key;
                    }
                }
            }
            if (failed.size() == pending.size()) {
                throw new PolicyFileException(source + ": " + first.getMessage(), firstKey);
            }
            pending = failed;
        }
        return policy;
    }

    /**
     * Whether a number is acceptable for a key of {@code unit}, decided on the number as written
     * (not on a rounded double, and never clamped to an int): above 0 and at most
     * {@link Policy#maximum(String)}, and whole unless the unit is mm. So 4294967311 days,
     * 5.0000000000000001 mm, 14.0000000000000001 days and 1e-400 mm are all rejected.
     */
    private static boolean inRange(JsonNode v, String unit) {
        BigDecimal exact = v.decimalValue();
        if (exact.signum() <= 0 || exact.compareTo(BigDecimal.valueOf(Policy.maximum(unit))) > 0) {
            return false;
        }
        if (!"mm".equals(unit) && exact.stripTrailingZeros().scale() > 0) {
            return false;
        }
        double d = v.doubleValue();
        return Double.isFinite(d) && d > 0;
    }

    private static String allowed(String unit) {
        double max = Policy.maximum(unit);
        String upTo = max == Double.MAX_VALUE ? "" : format(max);
        if ("mm".equals(unit)) {
            return "a number of mm above 0" + (upTo.isEmpty() ? "" : " and at most " + upTo);
        }
        return "a whole number of " + unit + (upTo.isEmpty() ? ", above 0" : " from 1 to " + upTo);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
