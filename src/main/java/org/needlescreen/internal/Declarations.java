package org.needlescreen.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.needlescreen.CustomAnswer;
import org.needlescreen.Policy;
import org.needlescreen.RuleProblem;

/**
 * Reads what a rule directory declares beside its DRL: its own answers ({@code answers.json}) and
 * its own policy values ({@code policy.json}). Every problem is reported at its file and line.
 *
 * <p>Needs jackson-databind (an optional dependency of the library, carried by the CLI jar); a
 * directory with such a file on a class path without Jackson fails to load with a problem saying so.
 */
final class Declarations {

    static final String ANSWERS = "answers.json";
    static final String POLICY = "policy.json";

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+){1,6}");
    private static final Pattern CHOICE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Set<String> ANSWER_FIELDS = Set.of("type", "required", "question", "values", "min", "max",
            "whole");
    private static final Set<String> POLICY_FIELDS = Set.of("value", "unit", "provenance");
    private static final Set<String> UNITS = Set.of("mm", "days", "months", "years");

    private Declarations() {
    }

    private static boolean jacksonPresent() {
        try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, Declarations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Parses an answers.json; adds a problem per mistake and returns the valid declarations. */
    static List<CustomAnswer> answers(String file, String json, Set<String> builtIn, List<RuleProblem> problems) {
        List<CustomAnswer> out = new ArrayList<>();
        if (!jacksonPresent()) {
            problems.add(RuleProblem.of(file, 0, "", "reading " + ANSWERS + " needs com.fasterxml.jackson.core:"
                    + "jackson-databind on the class path (the CLI jar carries it)"));
            return out;
        }
        forEachEntry(file, json, problems, (name, line, node) -> {
            List<RuleProblem> mine = new ArrayList<>();
            if (!NAME.matcher(name).matches()) {
                mine.add(RuleProblem.of(file, line, "", "custom answer name \"" + name + "\" must be a Java-style"
                        + " name starting with a lower-case letter (letters and digits, at most 64)"));
            } else if (builtIn.contains(name)) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\" shadows the built-in answer"
                        + " of the same name: choose another name"));
            }
            if (!node.isObject()) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\" must be an object with type,"
                        + " required and question"));
                problems.addAll(mine);
                return;
            }
            unknownFields(file, line, "custom answer \"" + name + "\"", node, ANSWER_FIELDS, mine);
            CustomAnswer.Type type = null;
            JsonNode t = node.get("type");
            try {
                type = CustomAnswer.Type.valueOf(t == null ? "" : t.asText());
            } catch (IllegalArgumentException e) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"type\" must be one of"
                        + " YES_NO, CHOICE, NUMBER, DATE"));
            }
            JsonNode req = node.get("required");
            if (req == null || !req.isBoolean()) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"required\" must be true"
                        + " or false (true: an unknown answer makes the result INCOMPLETE)"));
            }
            JsonNode q = node.get("question");
            if (q == null || !q.isTextual() || q.asText().isBlank()) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"question\" must be the"
                        + " question to ask the client"));
            }
            List<String> values = new ArrayList<>();
            JsonNode v = node.get("values");
            if (type == CustomAnswer.Type.CHOICE) {
                if (v == null || !v.isArray() || v.isEmpty()) {
                    mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": a CHOICE needs \"values\","
                            + " a list of upper-case values"));
                } else {
                    for (JsonNode e : v) {
                        if (!e.isTextual() || !CHOICE.matcher(e.asText()).matches() || e.asText().equals("UNKNOWN")
                                || values.contains(e.asText())) {
                            mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": value " + e
                                    + " must be a distinct upper-case word other than UNKNOWN"));
                        } else {
                            values.add(e.asText());
                        }
                    }
                }
            } else if (v != null) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"values\" belongs to CHOICE"));
            }
            Double min = number(file, line, name, node, "min", type, mine);
            Double max = number(file, line, name, node, "max", type, mine);
            JsonNode whole = node.get("whole");
            if (whole != null && (type != CustomAnswer.Type.NUMBER || !whole.isBoolean())) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"whole\" is true or false,"
                        + " for NUMBER only"));
            }
            if (min != null && max != null && min > max) {
                mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"min\" is above \"max\""));
            }
            if (mine.isEmpty()) {
                out.add(CustomAnswer.builder().name(name).type(type).required(req.asBoolean())
                        .question(q.asText().strip()).values(values).min(min).max(max)
                        .whole(whole != null && whole.asBoolean()).file(file).build());
            }
            problems.addAll(mine);
        });
        return out;
    }

    private static Double number(String file, int line, String name, JsonNode node, String field,
                                 CustomAnswer.Type type, List<RuleProblem> mine) {
        JsonNode n = node.get(field);
        if (n == null) {
            return null;
        }
        if (type != CustomAnswer.Type.NUMBER || !n.isNumber()) {
            mine.add(RuleProblem.of(file, line, "", "custom answer \"" + name + "\": \"" + field + "\" is a number,"
                    + " for NUMBER only"));
            return null;
        }
        return n.doubleValue();
    }

    /** Parses a policy.json; adds a problem per mistake and returns the valid values. */
    static List<Policy.Value> policy(String file, String json, Policy builtIn, List<RuleProblem> problems) {
        List<Policy.Value> out = new ArrayList<>();
        if (!jacksonPresent()) {
            problems.add(RuleProblem.of(file, 0, "", "reading " + POLICY + " needs com.fasterxml.jackson.core:"
                    + "jackson-databind on the class path (the CLI jar carries it)"));
            return out;
        }
        forEachEntry(file, json, problems, (key, line, node) -> {
            List<RuleProblem> mine = new ArrayList<>();
            if (!KEY.matcher(key).matches()) {
                mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\" must be dotted words such as"
                        + " clinic.age.maxYears"));
            } else if (builtIn.value(key).isPresent()) {
                mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\" is built in: override it with a"
                        + " --policy file (Policy.with), do not declare it again"));
            }
            if (!node.isObject()) {
                mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\" must be an object with value, unit"
                        + " and provenance"));
                problems.addAll(mine);
                return;
            }
            unknownFields(file, line, "policy key \"" + key + "\"", node, POLICY_FIELDS, mine);
            JsonNode unit = node.get("unit");
            if (unit == null || !UNITS.contains(unit.asText())) {
                mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\": \"unit\" must be one of mm, days,"
                        + " months, years"));
            }
            JsonNode prov = node.get("provenance");
            if (prov == null || !prov.isTextual() || prov.asText().isBlank()) {
                mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\": \"provenance\" must say where"
                        + " the value comes from"));
            }
            JsonNode value = node.get("value");
            if (value == null || !value.isNumber()) {
                mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\": \"value\" must be a number"));
            } else if (unit != null && UNITS.contains(unit.asText())) {
                String why = Policy.checkValue(unit.asText(), value.decimalValue());
                if (why != null) {
                    mine.add(RuleProblem.of(file, line, "", "policy key \"" + key + "\": " + value + " is not " + why));
                }
            }
            if (mine.isEmpty()) {
                out.add(Policy.Value.of(key, value.decimalValue().doubleValue(), unit.asText(),
                        prov.asText().strip()));
            }
            problems.addAll(mine);
        });
        return out;
    }

    private static void unknownFields(String file, int line, String what, JsonNode node, Set<String> known,
                                      List<RuleProblem> mine) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                mine.add(RuleProblem.of(file, line, "", what + ": unknown field \"" + f + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    @FunctionalInterface
    private interface Entry {
        void accept(String name, int line, JsonNode value);
    }

    /** Walks the top-level object's entries, each with the line of its name. */
    private static void forEachEntry(String file, String json, List<RuleProblem> problems, Entry entry) {
        ObjectMapper mapper = Mapper.MAPPER;
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(RuleProblem.of(file, 1, "", "must hold one JSON object"));
                return;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = p.currentLocation().getLineNr();
                p.nextToken();
                JsonNode value = mapper.readTree(p);
                if (!seen.add(name)) {
                    problems.add(RuleProblem.of(file, line, "", "\"" + name + "\" is declared twice"));
                    continue;
                }
                entry.accept(name, line, value);
            }
            if (p.nextToken() != null) {
                problems.add(RuleProblem.of(file, p.currentLocation().getLineNr(), "", "text after the JSON object"));
            }
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 0;
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.add(RuleProblem.of(file, line, "", "not valid JSON: " + msg));
        }
    }

    /** Holder so that Jackson classes load only when a declaration file exists. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
