package org.needlescreen.json;

import java.io.IOException;
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
 * maximum and the absolute maximum) may be given in any order. Anything wrong is a
 * {@link PolicyFileException} naming the file, the key and the value.
 *
 * <p>Thread-safe; requires jackson-databind on the class path.
 */
public final class PolicyJson {

    private PolicyJson() {
    }

    /**
     * The policy as indented JSON: {@code {"key": {"value": 0.3, "unit": "mm", "provenance": "..."}, ...}}
     * in the policy's order. The values alone, {@code {"key": value}}, form a valid override file.
     */
    public static String write(Policy policy) {
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
    public static Policy read(Path file, Policy base) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return apply(base, Files.readString(file, StandardCharsets.UTF_8), "policy file " + name);
    }

    /**
     * Applies the overrides in {@code json} to {@code base}.
     *
     * @param source names the overrides in error messages and in each value's provenance,
     *               e.g. {@code policy file clinic.json}
     * @throws PolicyFileException when {@code json} is not a valid policy override
     */
    public static Policy apply(Policy base, String json, String source) {
        JsonNode root;
        try {
            root = JsonSupport.parse(json, "a JSON object mapping policy keys to numbers");
        } catch (InvalidProfileException e) {
            throw new PolicyFileException(source + ": " + e.value() + " (" + e.allowed() + ")", null);
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
            if (base.value(key).isEmpty()) {
                throw new PolicyFileException(source + ": unknown policy key '" + key + "' (known keys: "
                        + String.join(", ", base.values().stream().map(Policy.Value::key).toList()) + ")", key);
            }
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new PolicyFileException(source + ": invalid value for '" + key + "': " + JsonSupport.json(v)
                        + " (a JSON number of " + base.value(key).get().unit() + ")", key);
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
}
