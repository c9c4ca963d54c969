package org.needlescreen.json;

import java.util.List;

import org.needlescreen.model.ClientProfile;

/**
 * Reads and writes client profiles in their JSON form (docs/cli.md, "Input: the profile";
 * {@code docs/schema/profile.schema.json}). Reading is strict and fails closed: unknown fields,
 * wrong-case enumeration values, non-ISO dates, numbers given as strings, duplicate keys and
 * malformed JSON are rejected with an {@link org.needlescreen.model.InvalidProfileException} naming
 * the field path, the value and what is allowed.
 *
 * <p>Thread-safe; all methods are static. Needs jackson-databind on the class path (an optional
 * dependency of the library); without it every method throws {@link IllegalStateException} saying
 * so. No Jackson type appears in this API, so code using it compiles without Jackson.
 */
public final class ProfileJson {

    /** The profile's top-level fields, in the order of the knowledge page. */
    public static final List<String> FIELDS = List.of("clientRef", "screenedOn", "age", "fitzpatrickType",
            "pregnantOrBreastfeeding", "acne", "rosacea", "rashOrDermatitisInArea", "activeInfectionInArea",
            "openWoundOrSunburnInArea", "wartsOrMolluscumInArea", "coldSoreHistory", "keloidTendency",
            "koebnerisingDisease", "skinCancerOrSuspiciousLesionInArea", "permanentFillerOrThreadsInArea",
            "tattooOrPermanentMakeupInArea", "bleedingDisorder", "anticoagulants", "bloodThinningNsaidsOrSupplements",
            "photosensitisingMedication", "immunosuppressed", "diabetes", "isotretinoin",
            "metalOrAnaestheticAllergy", "autoimmuneOrCollagenDisease", "hyperpigmentationHistory",
            "recentProcedures", "treatment", "custom");

    private ProfileJson() {
    }

    /**
     * Parses a profile from JSON text.
     *
     * @param json one JSON object
     * @return the validated profile
     * @throws org.needlescreen.model.InvalidProfileException naming the field path, the value and
     *                                                         what is allowed
     * @throws IllegalStateException when jackson-databind is not on the class path
     */
    public static ClientProfile read(String json) {
        JacksonCheck.require("ProfileJson");
        return ProfileJsonCodec.read(json);
    }

    /**
     * Writes a profile in the same JSON form, compact, fields in order, unknown answers left out.
     *
     * @param profile the profile
     * @return one line of JSON
     * @throws IllegalStateException when jackson-databind is not on the class path
     */
    public static String write(ClientProfile profile) {
        JacksonCheck.require("ProfileJson");
        return ProfileJsonCodec.write(profile);
    }
}
