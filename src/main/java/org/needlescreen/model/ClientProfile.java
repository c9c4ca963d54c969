package org.needlescreen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about one client at one screening. Immutable and validated on construction:
 * an impossible value throws {@link InvalidProfileException} naming the field and the value.
 *
 * <p>Unknown is explicit and never read as "no": tri-state answers are {@link Answer#UNKNOWN}
 * (never {@code null}), and the other fields are {@code null} when unknown. Build one with
 * {@link #builder()}; every answer not set stays unknown.
 *
 * @param clientRef      an opaque reference echoed in the result; never logged; optional
 * @param screenedOn     the screening date; {@code null} means "today" by the screener's clock
 * @param age            age in whole years, 0 to 120
 * @param recentProcedures procedures on the area to be treated; empty when there were none,
 *                       {@code null} when unknown (then the procedure washouts cannot be checked)
 * @param treatment      the requested treatment; {@code null} screens for microneedling in general
 * @param custom         answers to a rule directory's own questions ({@code answers.json}), by name;
 *                       raw values, checked by the screener against their declarations
 */
public record ClientProfile(
        String clientRef,
        LocalDate screenedOn,
        Integer age,
        FitzpatrickType fitzpatrickType,
        Answer pregnantOrBreastfeeding,
        AcneSeverity acne,
        Answer rosacea,
        Answer rashOrDermatitisInArea,
        Answer activeInfectionInArea,
        Answer openWoundOrSunburnInArea,
        Answer wartsOrMolluscumInArea,
        Answer coldSoreHistory,
        Answer keloidTendency,
        Answer koebnerisingDisease,
        Answer skinCancerOrSuspiciousLesionInArea,
        Answer permanentFillerOrThreadsInArea,
        Answer tattooOrPermanentMakeupInArea,
        Answer bleedingDisorder,
        Answer anticoagulants,
        Answer bloodThinningNsaidsOrSupplements,
        Answer photosensitisingMedication,
        Answer immunosuppressed,
        DiabetesStatus diabetes,
        Isotretinoin isotretinoin,
        Answer metalOrAnaestheticAllergy,
        Answer autoimmuneOrCollagenDisease,
        Answer hyperpigmentationHistory,
        List<RecentProcedure> recentProcedures,
        Treatment treatment,
        Map<String, Object> custom) {

    /** The youngest and oldest plausible ages. */
    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 120;
    /** The most entries {@code recentProcedures} may hold. */
    public static final int MAX_RECENT_PROCEDURES = 50;

    /** The most custom answers a profile may carry. */
    public static final int MAX_CUSTOM_ANSWERS = 100;

    public ClientProfile {
        if (custom == null || custom.isEmpty()) {
            custom = Map.of();
        } else {
            if (custom.size() > MAX_CUSTOM_ANSWERS) {
                throw new InvalidProfileException("custom", custom.size() + " entries",
                        "at most " + MAX_CUSTOM_ANSWERS + " entries");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : custom.entrySet()) {
                Object v = e.getValue();
                if (e.getKey() == null || e.getKey().isEmpty()) {
                    throw new InvalidProfileException("custom", "\"\"", "custom answers are named");
                }
                if (v != null && !(v instanceof String) && !(v instanceof Number) && !(v instanceof LocalDate)
                        && !(v instanceof Answer)) {
                    throw new InvalidProfileException("custom." + e.getKey(), v.getClass().getSimpleName(),
                            "a text, a number, a date or an Answer");
                }
                copy.put(e.getKey(), v);
            }
            // Null values stay (an explicit unknown): an unmodifiable view of an ordered copy.
            custom = java.util.Collections.unmodifiableMap(copy);
        }
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new InvalidProfileException("age", age,
                    "whole years from " + MIN_AGE + " to " + MAX_AGE);
        }
        pregnantOrBreastfeeding = known(pregnantOrBreastfeeding);
        rosacea = known(rosacea);
        rashOrDermatitisInArea = known(rashOrDermatitisInArea);
        activeInfectionInArea = known(activeInfectionInArea);
        openWoundOrSunburnInArea = known(openWoundOrSunburnInArea);
        wartsOrMolluscumInArea = known(wartsOrMolluscumInArea);
        coldSoreHistory = known(coldSoreHistory);
        keloidTendency = known(keloidTendency);
        koebnerisingDisease = known(koebnerisingDisease);
        skinCancerOrSuspiciousLesionInArea = known(skinCancerOrSuspiciousLesionInArea);
        permanentFillerOrThreadsInArea = known(permanentFillerOrThreadsInArea);
        tattooOrPermanentMakeupInArea = known(tattooOrPermanentMakeupInArea);
        bleedingDisorder = known(bleedingDisorder);
        anticoagulants = known(anticoagulants);
        bloodThinningNsaidsOrSupplements = known(bloodThinningNsaidsOrSupplements);
        photosensitisingMedication = known(photosensitisingMedication);
        immunosuppressed = known(immunosuppressed);
        metalOrAnaestheticAllergy = known(metalOrAnaestheticAllergy);
        autoimmuneOrCollagenDisease = known(autoimmuneOrCollagenDisease);
        hyperpigmentationHistory = known(hyperpigmentationHistory);
        if (recentProcedures != null) {
            if (recentProcedures.size() > MAX_RECENT_PROCEDURES) {
                throw new InvalidProfileException("recentProcedures", recentProcedures.size() + " entries",
                        "at most " + MAX_RECENT_PROCEDURES + " entries");
            }
            for (int i = 0; i < recentProcedures.size(); i++) {
                if (recentProcedures.get(i) == null) {
                    throw new InvalidProfileException("recentProcedures[" + i + "]", null,
                            "a procedure with a type and a date");
                }
            }
            recentProcedures = List.copyOf(recentProcedures);
        }
        requirePlausible("screenedOn", screenedOn);
        if (isotretinoin != null) {
            requirePlausible("isotretinoin.lastDose", isotretinoin.lastDose());
        }
        for (int i = 0; recentProcedures != null && i < recentProcedures.size(); i++) {
            requirePlausible("recentProcedures[" + i + "].date", recentProcedures.get(i).date());
        }
        if (screenedOn != null) {
            if (isotretinoin != null && isotretinoin.lastDose() != null
                    && isotretinoin.lastDose().isAfter(screenedOn)) {
                throw new InvalidProfileException("isotretinoin.lastDose", isotretinoin.lastDose(),
                        "must not be after screenedOn " + screenedOn);
            }
            for (int i = 0; recentProcedures != null && i < recentProcedures.size(); i++) {
                LocalDate date = recentProcedures.get(i).date();
                if (date != null && date.isAfter(screenedOn)) {
                    throw new InvalidProfileException("recentProcedures[" + i + "].date", date,
                            "must not be after screenedOn " + screenedOn);
                }
            }
        }
    }

    /** The first and last years a date in a profile may fall in. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    /**
     * Dates outside 1900-2999 are typing mistakes, and a date near year 9999 would give re-screen
     * dates that are not ISO-8601 dates (+10000-01-01): invalid input.
     */
    private static void requirePlausible(String field, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw new InvalidProfileException(field, date, "a date in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    private static Answer known(Answer answer) {
        return answer == null ? Answer.UNKNOWN : answer;
    }

    /** Returns a copy screened on the given date (validated again against it). */
    public ClientProfile withScreenedOn(LocalDate date) {
        return new ClientProfile(clientRef, date, age, fitzpatrickType, pregnantOrBreastfeeding, acne,
                rosacea, rashOrDermatitisInArea, activeInfectionInArea, openWoundOrSunburnInArea,
                wartsOrMolluscumInArea, coldSoreHistory, keloidTendency, koebnerisingDisease,
                skinCancerOrSuspiciousLesionInArea, permanentFillerOrThreadsInArea, tattooOrPermanentMakeupInArea,
                bleedingDisorder, anticoagulants, bloodThinningNsaidsOrSupplements, photosensitisingMedication,
                immunosuppressed, diabetes, isotretinoin, metalOrAnaestheticAllergy,
                autoimmuneOrCollagenDisease, hyperpigmentationHistory, recentProcedures, treatment, custom);
    }

    /** Returns whether the client's requested setting is HOME. */
    public boolean isHome() {
        return treatment != null && treatment.setting() == Setting.HOME;
    }

    /** Returns whether the client's requested setting is PROFESSIONAL. */
    public boolean isProfessional() {
        return treatment != null && treatment.setting() == Setting.PROFESSIONAL;
    }

    /** Returns a builder with every answer unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this profile's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.clientRef = clientRef;
        b.screenedOn = screenedOn;
        b.age = age;
        b.fitzpatrickType = fitzpatrickType;
        b.pregnantOrBreastfeeding = pregnantOrBreastfeeding;
        b.acne = acne;
        b.rosacea = rosacea;
        b.rashOrDermatitisInArea = rashOrDermatitisInArea;
        b.activeInfectionInArea = activeInfectionInArea;
        b.openWoundOrSunburnInArea = openWoundOrSunburnInArea;
        b.coldSoreHistory = coldSoreHistory;
        b.keloidTendency = keloidTendency;
        b.skinCancerOrSuspiciousLesionInArea = skinCancerOrSuspiciousLesionInArea;
        b.bleedingDisorder = bleedingDisorder;
        b.anticoagulants = anticoagulants;
        b.immunosuppressed = immunosuppressed;
        b.diabetes = diabetes;
        b.isotretinoin = isotretinoin;
        b.metalOrAnaestheticAllergy = metalOrAnaestheticAllergy;
        b.autoimmuneOrCollagenDisease = autoimmuneOrCollagenDisease;
        b.hyperpigmentationHistory = hyperpigmentationHistory;
        b.wartsOrMolluscumInArea = wartsOrMolluscumInArea;
        b.koebnerisingDisease = koebnerisingDisease;
        b.permanentFillerOrThreadsInArea = permanentFillerOrThreadsInArea;
        b.tattooOrPermanentMakeupInArea = tattooOrPermanentMakeupInArea;
        b.bloodThinningNsaidsOrSupplements = bloodThinningNsaidsOrSupplements;
        b.photosensitisingMedication = photosensitisingMedication;
        b.recentProcedures = recentProcedures == null ? null : new ArrayList<>(recentProcedures);
        b.treatment = treatment;
        b.custom = new LinkedHashMap<>(custom);
        return b;
    }

    /**
     * Builds a {@link ClientProfile}. Every answer starts unknown; {@link #build()} validates.
     * Not thread-safe; a builder may be reused after {@code build()}.
     */
    public static final class Builder {
        private String clientRef;
        private LocalDate screenedOn;
        private Integer age;
        private FitzpatrickType fitzpatrickType;
        private Answer pregnantOrBreastfeeding = Answer.UNKNOWN;
        private AcneSeverity acne;
        private Answer rosacea = Answer.UNKNOWN;
        private Answer rashOrDermatitisInArea = Answer.UNKNOWN;
        private Answer activeInfectionInArea = Answer.UNKNOWN;
        private Answer openWoundOrSunburnInArea = Answer.UNKNOWN;
        private Answer coldSoreHistory = Answer.UNKNOWN;
        private Answer keloidTendency = Answer.UNKNOWN;
        private Answer skinCancerOrSuspiciousLesionInArea = Answer.UNKNOWN;
        private Answer bleedingDisorder = Answer.UNKNOWN;
        private Answer anticoagulants = Answer.UNKNOWN;
        private Answer immunosuppressed = Answer.UNKNOWN;
        private DiabetesStatus diabetes;
        private Isotretinoin isotretinoin;
        private Answer metalOrAnaestheticAllergy = Answer.UNKNOWN;
        private Answer autoimmuneOrCollagenDisease = Answer.UNKNOWN;
        private Answer hyperpigmentationHistory = Answer.UNKNOWN;
        private Answer wartsOrMolluscumInArea = Answer.UNKNOWN;
        private Answer koebnerisingDisease = Answer.UNKNOWN;
        private Answer permanentFillerOrThreadsInArea = Answer.UNKNOWN;
        private Answer tattooOrPermanentMakeupInArea = Answer.UNKNOWN;
        private Answer bloodThinningNsaidsOrSupplements = Answer.UNKNOWN;
        private Answer photosensitisingMedication = Answer.UNKNOWN;
        private List<RecentProcedure> recentProcedures;
        private Treatment treatment;
        private Map<String, Object> custom = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets a custom answer declared by a rule directory's {@code answers.json}: {@code "YES"},
         * {@code "NO"} or {@code "UNKNOWN"} for a YES_NO answer, one of the declared values for a
         * CHOICE, a number for a NUMBER, an ISO date ({@code "2026-11-21"} or a {@link LocalDate})
         * for a DATE; {@code null} is unknown. The screener checks it against the declaration.
         */
        public Builder custom(String name, Object value) {
            this.custom.put(java.util.Objects.requireNonNull(name, "name"), value);
            return this;
        }

        public Builder clientRef(String clientRef) { this.clientRef = clientRef; return this; }
        public Builder screenedOn(LocalDate screenedOn) { this.screenedOn = screenedOn; return this; }
        public Builder age(Integer age) { this.age = age; return this; }
        public Builder fitzpatrickType(FitzpatrickType type) { this.fitzpatrickType = type; return this; }
        public Builder pregnantOrBreastfeeding(Answer a) { this.pregnantOrBreastfeeding = a; return this; }
        public Builder acne(AcneSeverity acne) { this.acne = acne; return this; }
        public Builder rosacea(Answer a) { this.rosacea = a; return this; }
        public Builder rashOrDermatitisInArea(Answer a) { this.rashOrDermatitisInArea = a; return this; }
        public Builder activeInfectionInArea(Answer a) { this.activeInfectionInArea = a; return this; }
        public Builder openWoundOrSunburnInArea(Answer a) { this.openWoundOrSunburnInArea = a; return this; }
        public Builder coldSoreHistory(Answer a) { this.coldSoreHistory = a; return this; }
        public Builder keloidTendency(Answer a) { this.keloidTendency = a; return this; }
        public Builder skinCancerOrSuspiciousLesionInArea(Answer a) { this.skinCancerOrSuspiciousLesionInArea = a; return this; }
        public Builder bleedingDisorder(Answer a) { this.bleedingDisorder = a; return this; }
        public Builder anticoagulants(Answer a) { this.anticoagulants = a; return this; }
        public Builder immunosuppressed(Answer a) { this.immunosuppressed = a; return this; }
        public Builder diabetes(DiabetesStatus d) { this.diabetes = d; return this; }
        public Builder isotretinoin(Isotretinoin i) { this.isotretinoin = i; return this; }
        public Builder metalOrAnaestheticAllergy(Answer a) { this.metalOrAnaestheticAllergy = a; return this; }
        public Builder autoimmuneOrCollagenDisease(Answer a) { this.autoimmuneOrCollagenDisease = a; return this; }
        public Builder hyperpigmentationHistory(Answer a) { this.hyperpigmentationHistory = a; return this; }
        public Builder wartsOrMolluscumInArea(Answer a) { this.wartsOrMolluscumInArea = a; return this; }
        public Builder koebnerisingDisease(Answer a) { this.koebnerisingDisease = a; return this; }
        public Builder permanentFillerOrThreadsInArea(Answer a) { this.permanentFillerOrThreadsInArea = a; return this; }
        public Builder tattooOrPermanentMakeupInArea(Answer a) { this.tattooOrPermanentMakeupInArea = a; return this; }
        public Builder bloodThinningNsaidsOrSupplements(Answer a) { this.bloodThinningNsaidsOrSupplements = a; return this; }
        public Builder photosensitisingMedication(Answer a) { this.photosensitisingMedication = a; return this; }
        public Builder treatment(Treatment t) { this.treatment = t; return this; }

        /** Adds a procedure on the area to be treated (the list is then known). */
        public Builder recentProcedure(ProcedureType type, LocalDate date) {
            if (recentProcedures == null) {
                recentProcedures = new ArrayList<>();
            }
            this.recentProcedures.add(new RecentProcedure(type, date));
            return this;
        }

        /**
         * Replaces the recent procedures: an empty collection means "none", {@code null} means
         * unknown (the default).
         */
        public Builder recentProcedures(Collection<RecentProcedure> procedures) {
            this.recentProcedures = procedures == null ? null : new ArrayList<>(procedures);
            return this;
        }

        /** Validates and returns the profile. */
        public ClientProfile build() {
            return new ClientProfile(clientRef, screenedOn, age, fitzpatrickType, pregnantOrBreastfeeding,
                    acne, rosacea, rashOrDermatitisInArea, activeInfectionInArea, openWoundOrSunburnInArea,
                    wartsOrMolluscumInArea, coldSoreHistory, keloidTendency, koebnerisingDisease,
                    skinCancerOrSuspiciousLesionInArea, permanentFillerOrThreadsInArea, tattooOrPermanentMakeupInArea,
                    bleedingDisorder, anticoagulants, bloodThinningNsaidsOrSupplements, photosensitisingMedication,
                    immunosuppressed, diabetes, isotretinoin, metalOrAnaestheticAllergy,
                    autoimmuneOrCollagenDisease, hyperpigmentationHistory, recentProcedures, treatment, custom);
        }
    }


    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "ClientProfile[values redacted]";
    }
}
