package org.needlescreen.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.needlescreen.internal.Display;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.InvalidProfileException;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * Reads and writes a {@link ClientProfile} in the JSON form of DOMAIN.md ("The profile").
 *
 * <p>Reading is strict, so that a typo never silently becomes an unknown answer:
 * <ul>
 *   <li>unknown field names are errors (a near miss such as {@code "Acne"} is named in the message);</li>
 *   <li>enumeration values must match exactly, in upper case ({@code "yes"} is invalid);</li>
 *   <li>tri-state answers are {@code "YES"}, {@code "NO"} or {@code "UNKNOWN"}; absent or {@code null}
 *       is unknown;</li>
 *   <li>dates are ISO-8601 calendar dates, {@code YYYY-MM-DD};</li>
 *   <li>numbers must be JSON numbers, {@code age} a whole one;</li>
 *   <li>duplicate keys, trailing content and malformed JSON are errors.</li>
 * </ul>
 * Every error is an {@link InvalidProfileException} whose {@link InvalidProfileException#field() field}
 * is the path in the profile ({@code treatment.needleDepthMm}, {@code recentProcedures[1].date},
 * {@code isotretinoin.status}; {@code $} for the document as a whole). Range and date-order checks
 * are the model's own and surface the same way.
 *
 * <p>Thread-safe; all methods are static. Requires jackson-databind on the class path (an optional
 * dependency of the library).
 */
final class ProfileJsonCodec {

    /** The profile's top-level fields, in DOMAIN.md order. */
    static final List<String> FIELDS = ProfileJson.FIELDS;

    private static final List<String> ISOTRETINOIN_FIELDS = List.of("status", "lastDose");
    private static final List<String> PROCEDURE_FIELDS = List.of("type", "date");
    private static final List<String> TREATMENT_FIELDS = List.of("setting", "device", "needleDepthMm", "area",
            "concerns");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String DATE_ALLOWED = "an ISO-8601 date, YYYY-MM-DD, such as 2026-11-21";
    private static final String TRI_STATE_ALLOWED = "one of YES, NO, UNKNOWN in upper case, or null or absent when unknown";
    private static final String PROFILE_ALLOWED = "a JSON object holding one client profile";

    private ProfileJsonCodec() {
    }

    /**
     * Parses a profile from JSON text.
     *
     * @throws InvalidProfileException naming the field path, the value and what is allowed, for
     *                                 malformed JSON as for any invalid value
     */
    static ClientProfile read(String json) {
        // The token stream straight into the builder for the profiles it accepts; the tree reader
        // for everything else, so that acceptance and every error message are the tree reader's.
        ClientProfile fast = ProfileJsonStream.read(json);
        return fast != null ? fast : readTree(json);
    }

    /** Parses a profile through a JSON tree: the reference reader, and the one that words every error. */
    static ClientProfile readTree(String json) {
        return read(JsonSupport.parse(json, PROFILE_ALLOWED));
    }

    /**
     * Reads a profile from a parsed JSON tree.
     *
     * @throws InvalidProfileException naming the field path, the value and what is allowed
     */
    static ClientProfile read(JsonNode root) {
        ObjectNode o = object(root, "$", PROFILE_ALLOWED);
        if (o == null) {
            throw new InvalidProfileException("$", null, PROFILE_ALLOWED);
        }
        checkFields(o, "", FIELDS);
        ClientProfile.Builder b = ClientProfile.builder()
                .clientRef(text(o.get("clientRef"), "clientRef"))
                .screenedOn(date(o.get("screenedOn"), "screenedOn", false))
                .age(age(o.get("age")))
                .fitzpatrickType(enumValue(o.get("fitzpatrickType"), "fitzpatrickType", FitzpatrickType.class))
                .pregnantOrBreastfeeding(answer(o, "pregnantOrBreastfeeding"))
                .acne(enumValue(o.get("acne"), "acne", AcneSeverity.class))
                .rosacea(answer(o, "rosacea"))
                .rashOrDermatitisInArea(answer(o, "rashOrDermatitisInArea"))
                .activeInfectionInArea(answer(o, "activeInfectionInArea"))
                .openWoundOrSunburnInArea(answer(o, "openWoundOrSunburnInArea"))
                .wartsOrMolluscumInArea(answer(o, "wartsOrMolluscumInArea"))
                .coldSoreHistory(answer(o, "coldSoreHistory"))
                .keloidTendency(answer(o, "keloidTendency"))
                .koebnerisingDisease(answer(o, "koebnerisingDisease"))
                .skinCancerOrSuspiciousLesionInArea(answer(o, "skinCancerOrSuspiciousLesionInArea"))
                .permanentFillerOrThreadsInArea(answer(o, "permanentFillerOrThreadsInArea"))
                .tattooOrPermanentMakeupInArea(answer(o, "tattooOrPermanentMakeupInArea"))
                .bleedingDisorder(answer(o, "bleedingDisorder"))
                .anticoagulants(answer(o, "anticoagulants"))
                .bloodThinningNsaidsOrSupplements(answer(o, "bloodThinningNsaidsOrSupplements"))
                .photosensitisingMedication(answer(o, "photosensitisingMedication"))
                .immunosuppressed(answer(o, "immunosuppressed"))
                .diabetes(enumValue(o.get("diabetes"), "diabetes", DiabetesStatus.class))
                .isotretinoin(isotretinoin(o.get("isotretinoin")))
                .metalOrAnaestheticAllergy(answer(o, "metalOrAnaestheticAllergy"))
                .autoimmuneOrCollagenDisease(answer(o, "autoimmuneOrCollagenDisease"))
                .hyperpigmentationHistory(answer(o, "hyperpigmentationHistory"))
                .recentProcedures(procedures(o.get("recentProcedures")))
                .treatment(treatment(o.get("treatment")));
        custom(o.get("custom"), b);
        return b.build();
    }

    /** Writes a profile in the same JSON form, compact, fields in DOMAIN.md order, unknowns left out. */
    static String write(ClientProfile profile) {
        ObjectNode tree = toTree(profile);
        return JsonSupport.write(false, g -> g.writeTree(tree));
    }

    /** The profile as a JSON tree: fields in DOMAIN.md order, unknown answers left out. */
    static ObjectNode toTree(ClientProfile p) {
        ObjectNode o = JsonSupport.MAPPER.createObjectNode();
        putText(o, "clientRef", p.clientRef());
        putText(o, "screenedOn", p.screenedOn());
        if (p.age() != null) {
            o.put("age", p.age());
        }
        putText(o, "fitzpatrickType", p.fitzpatrickType());
        putAnswer(o, "pregnantOrBreastfeeding", p.pregnantOrBreastfeeding());
        putText(o, "acne", p.acne());
        putAnswer(o, "rosacea", p.rosacea());
        putAnswer(o, "rashOrDermatitisInArea", p.rashOrDermatitisInArea());
        putAnswer(o, "activeInfectionInArea", p.activeInfectionInArea());
        putAnswer(o, "openWoundOrSunburnInArea", p.openWoundOrSunburnInArea());
        putAnswer(o, "wartsOrMolluscumInArea", p.wartsOrMolluscumInArea());
        putAnswer(o, "coldSoreHistory", p.coldSoreHistory());
        putAnswer(o, "keloidTendency", p.keloidTendency());
        putAnswer(o, "koebnerisingDisease", p.koebnerisingDisease());
        putAnswer(o, "skinCancerOrSuspiciousLesionInArea", p.skinCancerOrSuspiciousLesionInArea());
        putAnswer(o, "permanentFillerOrThreadsInArea", p.permanentFillerOrThreadsInArea());
        putAnswer(o, "tattooOrPermanentMakeupInArea", p.tattooOrPermanentMakeupInArea());
        putAnswer(o, "bleedingDisorder", p.bleedingDisorder());
        putAnswer(o, "anticoagulants", p.anticoagulants());
        putAnswer(o, "bloodThinningNsaidsOrSupplements", p.bloodThinningNsaidsOrSupplements());
        putAnswer(o, "photosensitisingMedication", p.photosensitisingMedication());
        putAnswer(o, "immunosuppressed", p.immunosuppressed());
        putText(o, "diabetes", p.diabetes());
        if (p.isotretinoin() != null) {
            ObjectNode i = o.putObject("isotretinoin");
            putText(i, "status", p.isotretinoin().status());
            putText(i, "lastDose", p.isotretinoin().lastDose());
        }
        putAnswer(o, "metalOrAnaestheticAllergy", p.metalOrAnaestheticAllergy());
        putAnswer(o, "autoimmuneOrCollagenDisease", p.autoimmuneOrCollagenDisease());
        putAnswer(o, "hyperpigmentationHistory", p.hyperpigmentationHistory());
        if (p.recentProcedures() != null) {
            ArrayNode a = o.putArray("recentProcedures");
            for (RecentProcedure r : p.recentProcedures()) {
                ObjectNode e = a.addObject();
                putText(e, "type", r.type());
                putText(e, "date", r.date());
            }
        }
        Treatment t = p.treatment();
        if (t != null) {
            ObjectNode to = o.putObject("treatment");
            putText(to, "setting", t.setting());
            putText(to, "device", t.device());
            if (t.needleDepthMm() != null) {
                to.put("needleDepthMm", t.needleDepthMm());
            }
            putText(to, "area", t.area());
            if (!t.concerns().isEmpty()) {
                ArrayNode c = to.putArray("concerns");
                t.concerns().forEach(x -> c.add(x.name()));
            }
        }
        if (!p.custom().isEmpty()) {
            ObjectNode co = o.putObject("custom");
            p.custom().forEach((k, v) -> {
                if (v == null) {
                    co.putNull(k);
                } else if (v instanceof java.math.BigDecimal d) {
                    co.put(k, d);
                } else if (v instanceof Number n) {
                    co.put(k, new java.math.BigDecimal(n.toString()));
                } else {
                    co.put(k, v instanceof Enum<?> e ? e.name() : v.toString());
                }
            });
        }
        return o;
    }

    private static void putText(ObjectNode o, String name, Object value) {
        if (value != null) {
            o.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void putAnswer(ObjectNode o, String name, Answer a) {
        if (a != null && a.isKnown()) {
            o.put(name, a.name());
        }
    }

    // ---- reading ----

    /** The node as an object, or null when absent or null; anything else is an error. */
    private static ObjectNode object(JsonNode node, String path, String allowed) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidProfileException(path, JsonSupport.shown(node), allowed);
        }
        return (ObjectNode) node;
    }

    private static void checkFields(ObjectNode o, String path, List<String> known) {
        Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = known.stream().filter(k -> k.equalsIgnoreCase(Display.stripInvisible(name).strip())).findFirst()
                        .map(k -> "did you mean '" + k + "'? ").orElse("");
                throw new InvalidProfileException(JsonSupport.child(path, name), JsonSupport.shown(o.get(name)),
                        "unknown field: " + hint + "the fields " + (path.isEmpty() ? "of a profile" : "of " + path)
                                + " are " + String.join(", ", known));
            }
        }
    }

    private static String text(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidProfileException(path, JsonSupport.shown(node), "a string, or null or absent");
        }
        return node.textValue();
    }

    private static Answer answer(ObjectNode o, String name) {
        JsonNode node = o.get(name);
        if (node == null || node.isNull()) {
            return Answer.UNKNOWN;
        }
        if (node.isTextual()) {
            for (Answer a : Answer.values()) {
                if (a.name().equals(node.textValue())) {
                    return a;
                }
            }
        }
        throw new InvalidProfileException(name, JsonSupport.shown(node), TRI_STATE_ALLOWED + hint(node, Answer.values()));
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        if (node.isTextual()) {
            for (E e : constants) {
                if (e.name().equals(node.textValue())) {
                    return e;
                }
            }
        }
        throw new InvalidProfileException(path, JsonSupport.shown(node), enumAllowed(constants, true) + hint(node, constants));
    }

    /** {@code ; did you mean "MILD"?} when the value differs from a constant only in case. */
    private static String hint(JsonNode node, Enum<?>[] constants) {
        if (node.isTextual()) {
            for (Enum<?> e : constants) {
                if (e.name().equalsIgnoreCase(Display.stripInvisible(node.textValue()).strip())) {
                    return "; did you mean \"" + e.name() + "\"?";
                }
            }
        }
        return "";
    }

    private static String enumAllowed(Enum<?>[] constants, boolean nullable) {
        return "one of " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "))
                + " in upper case" + (nullable ? ", or null or absent when unknown" : "");
    }

    private static LocalDate date(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidProfileException(path, null, "required: " + DATE_ALLOWED);
            }
            return null;
        }
        if (node.isTextual() && ISO_DATE.matcher(node.textValue()).matches()) {
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                // falls through: not a calendar date (e.g. 2026-02-30)
            }
        }
        throw new InvalidProfileException(path, JsonSupport.shown(node), DATE_ALLOWED);
    }

    private static Integer age(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String allowed = "a whole number of years from " + ClientProfile.MIN_AGE + " to " + ClientProfile.MAX_AGE
                + ", or null or absent when unknown";
        if (!node.isNumber()) {
            throw new InvalidProfileException("age", JsonSupport.shown(node), allowed);
        }
        if (node.isFloatingPointNumber()) {
            // Decided on the number as written: 17.9999999999999999 is not a whole number, though a
            // double would round it to 18.
            java.math.BigDecimal d = node.decimalValue().stripTrailingZeros();
            if (d.scale() > 0 || d.abs().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new InvalidProfileException("age", JsonSupport.shown(node), allowed);
            }
            return d.intValueExact();
        }
        if (!node.canConvertToInt()) {
            throw new InvalidProfileException("age", JsonSupport.shown(node), allowed);
        }
        return node.intValue();
    }

    private static Isotretinoin isotretinoin(JsonNode node) {
        ObjectNode o = object(node, "isotretinoin",
                "an object {\"status\": NEVER | CURRENT | STOPPED, \"lastDose\": YYYY-MM-DD}, or null or absent");
        if (o == null) {
            return null;
        }
        checkFields(o, "isotretinoin", ISOTRETINOIN_FIELDS);
        IsotretinoinStatus status = enumValue(o.get("status"), "isotretinoin.status", IsotretinoinStatus.class);
        LocalDate lastDose = date(o.get("lastDose"), "isotretinoin.lastDose", false);
        return Isotretinoin.of(status, lastDose);
    }

    private static List<RecentProcedure> procedures(JsonNode node) {
        if (node == null || node.isNull()) {
            return null; // unknown; [] means none
        }
        if (!node.isArray()) {
            throw new InvalidProfileException("recentProcedures", JsonSupport.shown(node),
                    "an array of {\"type\": ..., \"date\": YYYY-MM-DD} objects, or null or absent");
        }
        List<RecentProcedure> list = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "recentProcedures[" + i + "]";
            ObjectNode o = object(node.get(i), path, "an object {\"type\": ..., \"date\": YYYY-MM-DD}");
            if (o == null) {
                throw new InvalidProfileException(path, null, "an object {\"type\": ..., \"date\": YYYY-MM-DD}");
            }
            checkFields(o, path, PROCEDURE_FIELDS);
            ProcedureType type = enumValue(o.get("type"), path + ".type", ProcedureType.class);
            if (type == null) {
                throw new InvalidProfileException(path + ".type", null,
                        "required: " + enumAllowed(ProcedureType.values(), false));
            }
            list.add(RecentProcedure.of(type, date(o.get("date"), path + ".date", false)));
        }
        return list;
    }

    /**
     * The answers to a rule directory's own questions, as written: text, a number (exact), or null
     * for unknown. The screener checks them against the declarations ({@code answers.json}).
     */
    static void custom(JsonNode node, ClientProfile.Builder b) {
        ObjectNode o = object(node, "custom", "an object of custom answers by name, or null or absent");
        if (o == null) {
            return;
        }
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> e = it.next();
            String path = "custom." + (e.getKey().isEmpty() ? "\"\"" : e.getKey());
            JsonNode v = e.getValue();
            if (e.getKey().isEmpty()) {
                throw new InvalidProfileException(path, JsonSupport.shown(v), "custom answers are named");
            }
            if (v.isNull()) {
                b.custom(e.getKey(), null);
            } else if (v.isTextual()) {
                b.custom(e.getKey(), v.textValue());
            } else if (v.isNumber()) {
                b.custom(e.getKey(), v.decimalValue());
            } else {
                throw new InvalidProfileException(path, JsonSupport.shown(v),
                        "a text (YES, NO, a declared value or an ISO date), a number, or null");
            }
        }
    }

    private static Treatment treatment(JsonNode node) {
        ObjectNode o = object(node, "treatment",
                "an object with setting, device, needleDepthMm, area and concerns (each optional), or null or absent");
        if (o == null) {
            return null;
        }
        checkFields(o, "treatment", TREATMENT_FIELDS);
        Treatment.Builder b = Treatment.builder()
                .setting(enumValue(o.get("setting"), "treatment.setting", Setting.class))
                .device(enumValue(o.get("device"), "treatment.device", Device.class))
                .needleDepthMm(depth(o.get("needleDepthMm")))
                .area(enumValue(o.get("area"), "treatment.area", Area.class));
        JsonNode concerns = o.get("concerns");
        if (concerns != null && !concerns.isNull()) {
            if (!concerns.isArray()) {
                throw new InvalidProfileException("treatment.concerns", JsonSupport.shown(concerns),
                        "an array of " + enumAllowed(Concern.values(), false));
            }
            List<Concern> list = new ArrayList<>();
            for (int i = 0; i < concerns.size(); i++) {
                String path = "treatment.concerns[" + i + "]";
                Concern c = enumValue(concerns.get(i), path, Concern.class);
                if (c == null) {
                    throw new InvalidProfileException(path, null, enumAllowed(Concern.values(), false));
                }
                list.add(c);
            }
            // The array form: Treatment checks the list with contains(null), which an immutable
            // List.copyOf (as Builder.concerns(Collection) makes) rejects with a NullPointerException.
            b.concerns(list.toArray(new Concern[0]));
        }
        return b.build();
    }

    private static Double depth(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String allowed = String.format(Locale.ROOT,
                "a number of millimetres above 0 and at most %s, or null or absent when unknown",
                Treatment.MAX_PLAUSIBLE_DEPTH_MM);
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw new InvalidProfileException("treatment.needleDepthMm", JsonSupport.shown(node), allowed);
        }
        // Range decided on the number as written (5.0000000000000001 is above 5; 1e-400 is no
        // usable length although it is above 0), not on a rounded double.
        java.math.BigDecimal exact = node.decimalValue();
        double d = node.doubleValue();
        if (exact.signum() <= 0 || exact.compareTo(java.math.BigDecimal.valueOf(Treatment.MAX_PLAUSIBLE_DEPTH_MM)) > 0
                || d <= 0) {
            throw new InvalidProfileException("treatment.needleDepthMm", JsonSupport.shown(node), allowed);
        }
        return d;
    }
}
