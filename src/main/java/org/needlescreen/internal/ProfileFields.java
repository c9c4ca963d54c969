package org.needlescreen.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;

/** The profile's answerable fields, by path, with their allowed values: what {@code @asks} may name. */
public final class ProfileFields {

    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    static {
        List<String> triState = names(Answer.values());
        add("age", List.of("0-120"));
        add("fitzpatrickType", names(FitzpatrickType.values()));
        add("pregnantOrBreastfeeding", triState);
        add("acne", names(AcneSeverity.values()));
        for (String f : List.of("rosacea", "rashOrDermatitisInArea", "activeInfectionInArea",
                "openWoundOrSunburnInArea", "wartsOrMolluscumInArea", "coldSoreHistory", "keloidTendency",
                "koebnerisingDisease", "skinCancerOrSuspiciousLesionInArea", "permanentFillerOrThreadsInArea",
                "tattooOrPermanentMakeupInArea", "bleedingDisorder", "anticoagulants",
                "bloodThinningNsaidsOrSupplements", "photosensitisingMedication", "immunosuppressed")) {
            add(f, triState);
        }
        add("diabetes", names(DiabetesStatus.values()));
        add("isotretinoin.status", names(IsotretinoinStatus.values()));
        add("isotretinoin.lastDose", List.of("an ISO date (YYYY-MM-DD)"));
        for (String f : List.of("metalOrAnaestheticAllergy", "autoimmuneOrCollagenDisease", "hyperpigmentationHistory")) {
            add(f, triState);
        }
        add("recentProcedures", List.of("a list of {type, date}, [] when none; type one of "
                + names(ProcedureType.values())));
        add("recentProcedures.date", List.of("an ISO date (YYYY-MM-DD) for each listed procedure"));
        add("treatment.setting", names(Setting.values()));
        add("treatment.device", names(Device.values()));
        add("treatment.needleDepthMm", List.of("above 0 and at most 5.0 (mm)"));
        add("treatment.area", names(Area.values()));
        add("treatment.concerns", names(Concern.values()));
    }

    private ProfileFields() {
    }

    private static void add(String field, List<String> allowed) {
        FIELDS.put(field, List.copyOf(allowed));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * The allowed values of a field, or empty when there is no such field.
     *
     * @param field a field path, e.g. {@code acne} or {@code treatment.area}
     * @return the allowed values: constant names, or for a free value such as a date or a number
     *         one description in words; empty when the field is unknown
     */
    public static Optional<List<String>> allowed(String field) {
        return Optional.ofNullable(FIELDS.get(field));
    }

    private static final List<String> ALL = List.copyOf(FIELDS.keySet());

    /**
     * Every field path, in profile order.
     *
     * @return the paths, unmodifiable
     */
    public static List<String> all() {
        return ALL;
    }

    /**
     * The names a profile uses at its top level: custom answers may not take them.
     *
     * @return the names, sorted; a new set on each call
     */
    static java.util.Set<String> topLevelNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(List.of("clientRef", "screenedOn", "custom",
                "treatment", "isotretinoin", "recentProcedures"));
        for (String f : ALL) {
            names.add(f.contains(".") ? f.substring(0, f.indexOf('.')) : f);
        }
        return names;
    }

    /**
     * A field's position in profile order; unknown fields sort last.
     *
     * @param field a field path
     * @return its index in {@link #all()}, or {@link Integer#MAX_VALUE} when unknown
     */
    static int order(String field) {
        Integer i = ORDER.get(field);
        return i == null ? Integer.MAX_VALUE : i;
    }

    /** Each field's index in {@link #ALL}: sorting missing answers by a linear search was a tenth of a screening. */
    private static final java.util.Map<String, Integer> ORDER = order(ALL);

    private static java.util.Map<String, Integer> order(List<String> fields) {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            m.putIfAbsent(fields.get(i), i);
        }
        return java.util.Map.copyOf(m);
    }
}
