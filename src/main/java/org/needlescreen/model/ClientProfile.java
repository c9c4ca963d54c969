package org.needlescreen.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about one client at one screening. Immutable and validated on construction:
 * an impossible value throws {@link InvalidProfileException} naming the field and the value.
 *
 * <p>Unknown is explicit and never read as "no": tri-state answers are {@link Answer#UNKNOWN}
 * (never {@code null}; a {@code null} argument becomes UNKNOWN), and the other fields are
 * {@code null} when unknown. Build one with {@link #builder()} (or derive one with
 * {@link #toBuilder()}); every answer not set stays unknown. There is no public constructor, so a
 * new answer adds a builder method and breaks no caller. An unknown required answer makes the
 * result INCOMPLETE (unless a finding is already NOT_SUITABLE); an unknown optional answer is only
 * listed as worth asking. The answers marked optional below are optional; every other answer is
 * required.
 *
 * <p>Two profiles are equal when every value is equal.
 */
public final class ClientProfile {

    /** The youngest plausible age in years; a younger {@code age} is invalid. */
    public static final int MIN_AGE = 0;
    /** The oldest plausible age in years; an older {@code age} is invalid. */
    public static final int MAX_AGE = 120;
    /** The most entries {@code recentProcedures} may hold. */
    public static final int MAX_RECENT_PROCEDURES = 50;

    /** The most custom answers a profile may carry. */
    public static final int MAX_CUSTOM_ANSWERS = 100;

    private final String clientRef;
    private final LocalDate screenedOn;
    private final Integer age;
    private final FitzpatrickType fitzpatrickType;
    private final Answer pregnantOrBreastfeeding;
    private final AcneSeverity acne;
    private final Answer rosacea;
    private final Answer rashOrDermatitisInArea;
    private final Answer activeInfectionInArea;
    private final Answer openWoundOrSunburnInArea;
    private final Answer wartsOrMolluscumInArea;
    private final Answer coldSoreHistory;
    private final Answer keloidTendency;
    private final Answer koebnerisingDisease;
    private final Answer skinCancerOrSuspiciousLesionInArea;
    private final Answer permanentFillerOrThreadsInArea;
    private final Answer tattooOrPermanentMakeupInArea;
    private final Answer bleedingDisorder;
    private final Answer anticoagulants;
    private final Answer bloodThinningNsaidsOrSupplements;
    private final Answer photosensitisingMedication;
    private final Answer immunosuppressed;
    private final DiabetesStatus diabetes;
    private final Isotretinoin isotretinoin;
    private final Answer metalOrAnaestheticAllergy;
    private final Answer autoimmuneOrCollagenDisease;
    private final Answer hyperpigmentationHistory;
    private final List<RecentProcedure> recentProcedures;
    private final Treatment treatment;
    private final Map<String, Object> custom;

    /**
     * Validates the builder's values and normalises them: {@code null} answers become
     * {@link Answer#UNKNOWN}, the procedure list and custom answers are copied unmodifiable.
     * Throws {@link InvalidProfileException} when the age is outside {@value #MIN_AGE} to
     * {@value #MAX_AGE}, there are more than {@value #MAX_RECENT_PROCEDURES} procedures or a
     * {@code null} one, more than {@value #MAX_CUSTOM_ANSWERS} custom answers, an unnamed custom
     * answer or one that is not a text, number, date or {@link Answer}, or a last isotretinoin dose
     * or procedure date after {@code screenedOn}.
     */
    private ClientProfile(Builder b) {
        Map<String, Object> custom = b.custom;
        Integer age = b.age;
        List<RecentProcedure> recentProcedures = b.recentProcedures;
        LocalDate screenedOn = b.screenedOn;
        Isotretinoin isotretinoin = b.isotretinoin;
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
        this.pregnantOrBreastfeeding = known(b.pregnantOrBreastfeeding);
        this.rosacea = known(b.rosacea);
        this.rashOrDermatitisInArea = known(b.rashOrDermatitisInArea);
        this.activeInfectionInArea = known(b.activeInfectionInArea);
        this.openWoundOrSunburnInArea = known(b.openWoundOrSunburnInArea);
        this.wartsOrMolluscumInArea = known(b.wartsOrMolluscumInArea);
        this.coldSoreHistory = known(b.coldSoreHistory);
        this.keloidTendency = known(b.keloidTendency);
        this.koebnerisingDisease = known(b.koebnerisingDisease);
        this.skinCancerOrSuspiciousLesionInArea = known(b.skinCancerOrSuspiciousLesionInArea);
        this.permanentFillerOrThreadsInArea = known(b.permanentFillerOrThreadsInArea);
        this.tattooOrPermanentMakeupInArea = known(b.tattooOrPermanentMakeupInArea);
        this.bleedingDisorder = known(b.bleedingDisorder);
        this.anticoagulants = known(b.anticoagulants);
        this.bloodThinningNsaidsOrSupplements = known(b.bloodThinningNsaidsOrSupplements);
        this.photosensitisingMedication = known(b.photosensitisingMedication);
        this.immunosuppressed = known(b.immunosuppressed);
        this.metalOrAnaestheticAllergy = known(b.metalOrAnaestheticAllergy);
        this.autoimmuneOrCollagenDisease = known(b.autoimmuneOrCollagenDisease);
        this.hyperpigmentationHistory = known(b.hyperpigmentationHistory);
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
        this.clientRef = b.clientRef;
        this.screenedOn = screenedOn;
        this.age = age;
        this.fitzpatrickType = b.fitzpatrickType;
        this.acne = b.acne;
        this.diabetes = b.diabetes;
        this.isotretinoin = isotretinoin;
        this.recentProcedures = recentProcedures;
        this.treatment = b.treatment;
        this.custom = custom;
    }

    /** The first year a date in a profile may fall in. */
    public static final int MIN_YEAR = 1900;
    /** The last year a date in a profile may fall in. */
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

    /**
     * An opaque reference echoed in the result; never logged; optional.
     *
     * @return the reference; {@code null} when none
     */
    public String clientRef() {
        return clientRef;
    }

    /**
     * The screening date.
     *
     * @return the date; {@code null} means "today" by the screener's clock
     */
    public LocalDate screenedOn() {
        return screenedOn;
    }

    /**
     * Age in whole years, {@value #MIN_AGE} to {@value #MAX_AGE}.
     *
     * @return the age; {@code null} when unknown
     */
    public Integer age() {
        return age;
    }

    /**
     * The Fitzpatrick skin phototype; optional.
     *
     * @return the phototype; {@code null} when unknown
     */
    public FitzpatrickType fitzpatrickType() {
        return fitzpatrickType;
    }

    /**
     * Whether the client is pregnant or breastfeeding.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer pregnantOrBreastfeeding() {
        return pregnantOrBreastfeeding;
    }

    /**
     * Current (active) acne.
     *
     * @return the severity, {@link AcneSeverity#NONE} when there is none; {@code null} when
     *         unknown
     */
    public AcneSeverity acne() {
        return acne;
    }

    /**
     * Whether the client has rosacea.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer rosacea() {
        return rosacea;
    }

    /**
     * A rash, eczema or dermatitis on the area to be treated.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer rashOrDermatitisInArea() {
        return rashOrDermatitisInArea;
    }

    /**
     * An active skin infection on the area (cold sore, impetigo, infected spots).
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer activeInfectionInArea() {
        return activeInfectionInArea;
    }

    /**
     * An open wound, sunburn or irritated skin on the area.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer openWoundOrSunburnInArea() {
        return openWoundOrSunburnInArea;
    }

    /**
     * Warts or molluscum on the area (needling spreads them).
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer wartsOrMolluscumInArea() {
        return wartsOrMolluscumInArea;
    }

    /**
     * A history of cold sores (herpes simplex); optional.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer coldSoreHistory() {
        return coldSoreHistory;
    }

    /**
     * A tendency to form keloid or raised (hypertrophic) scars.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer keloidTendency() {
        return keloidTendency;
    }

    /**
     * Psoriasis, vitiligo or lichen planus, now or in the past, anywhere on the body.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer koebnerisingDisease() {
        return koebnerisingDisease;
    }

    /**
     * Skin cancer, a raised or changing mole, actinic keratoses or a birthmark on the area.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer skinCancerOrSuspiciousLesionInArea() {
        return skinCancerOrSuspiciousLesionInArea;
    }

    /**
     * Permanent filler, a thread lift or injections of unknown kind in the area.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer permanentFillerOrThreadsInArea() {
        return permanentFillerOrThreadsInArea;
    }

    /**
     * A tattoo or permanent make-up on the area; optional.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer tattooOrPermanentMakeupInArea() {
        return tattooOrPermanentMakeupInArea;
    }

    /**
     * A bleeding or clotting disorder.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer bleedingDisorder() {
        return bleedingDisorder;
    }

    /**
     * Taking anticoagulants (blood thinners).
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer anticoagulants() {
        return anticoagulants;
    }

    /**
     * Taking aspirin, ibuprofen-type painkillers or supplements such as fish oil, vitamin E or
     * ginkgo; optional.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer bloodThinningNsaidsOrSupplements() {
        return bloodThinningNsaidsOrSupplements;
    }

    /**
     * Taking a medicine that makes the skin sun-sensitive (such as doxycycline or St John's
     * wort); optional.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer photosensitisingMedication() {
        return photosensitisingMedication;
    }

    /**
     * A weakened immune system (immunosuppressants, chemotherapy, long-term oral steroids or
     * illness).
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer immunosuppressed() {
        return immunosuppressed;
    }

    /**
     * Diabetes and whether it is controlled.
     *
     * @return the status, {@link DiabetesStatus#NONE} when there is none; {@code null} when
     *         unknown
     */
    public DiabetesStatus diabetes() {
        return diabetes;
    }

    /**
     * Oral isotretinoin use.
     *
     * @return the use; {@code null} when unknown
     */
    public Isotretinoin isotretinoin() {
        return isotretinoin;
    }

    /**
     * An allergy to metals (needles) or anaesthetics (numbing cream).
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer metalOrAnaestheticAllergy() {
        return metalOrAnaestheticAllergy;
    }

    /**
     * An autoimmune or collagen disease (e.g. lupus, scleroderma).
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer autoimmuneOrCollagenDisease() {
        return autoimmuneOrCollagenDisease;
    }

    /**
     * A history of dark marks left after spots, injuries or treatments; optional.
     *
     * @return the answer; {@link Answer#UNKNOWN} (never {@code null}) when unknown
     */
    public Answer hyperpigmentationHistory() {
        return hyperpigmentationHistory;
    }

    /**
     * Procedures on the area to be treated (when unknown, the procedure washouts cannot be
     * checked).
     *
     * @return the procedures, unmodifiable; empty when there were none, {@code null} when
     *         unknown
     */
    public List<RecentProcedure> recentProcedures() {
        return recentProcedures;
    }

    /**
     * The requested treatment.
     *
     * @return the treatment; {@code null} screens for microneedling in general
     */
    public Treatment treatment() {
        return treatment;
    }

    /**
     * Answers to a rule directory's own questions ({@code answers.json}), by name: raw values,
     * checked by the screener against their declarations.
     *
     * @return the answers by name, unmodifiable, in the order set; a {@code null} value is an
     *         explicit unknown; empty (never {@code null}) when none
     */
    public Map<String, Object> custom() {
        return custom;
    }

    /**
     * Returns a copy screened on the given date (validated again against it).
     *
     * @param date the screening date; {@code null} means "today" by the screener's clock
     * @return a new profile, equal to this one but for {@code screenedOn}
     * @throws InvalidProfileException when a last isotretinoin dose or a procedure date lies after
     *                                 {@code date}
     */
    public ClientProfile withScreenedOn(LocalDate date) {
        return toBuilder().screenedOn(date).build();
    }

    /**
     * Returns whether the client's requested setting is HOME.
     *
     * @return {@code true} only when a treatment is given with setting {@link Setting#HOME};
     *         {@code false} when the setting is professional or unknown
     */
    public boolean isHome() {
        return treatment != null && treatment.setting() == Setting.HOME;
    }

    /**
     * Returns whether the client's requested setting is PROFESSIONAL.
     *
     * @return {@code true} only when a treatment is given with setting {@link Setting#PROFESSIONAL};
     *         {@code false} when the setting is home or unknown
     */
    public boolean isProfessional() {
        return treatment != null && treatment.setting() == Setting.PROFESSIONAL;
    }

    /**
     * Returns a builder with every answer unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this profile's values, to derive a changed copy.
     *
     * @return a new builder; changing it does not change this profile
     */
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
         *
         * @param name  the answer's declared name
         * @param value the raw answer, or {@code null} when unknown
         * @return this builder
         * @throws NullPointerException when {@code name} is {@code null}
         */
        public Builder custom(String name, Object value) {
            this.custom.put(java.util.Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Sets the opaque reference echoed in the result (never logged).
         *
         * @param clientRef the reference; {@code null} for none
         * @return this builder
         */
        public Builder clientRef(String clientRef) { this.clientRef = clientRef; return this; }

        /**
         * Sets the screening date.
         *
         * @param screenedOn the date; {@code null} means "today" by the screener's clock
         * @return this builder
         */
        public Builder screenedOn(LocalDate screenedOn) { this.screenedOn = screenedOn; return this; }

        /**
         * Sets the age in whole years, 0 to 120 (checked by {@link #build()}).
         *
         * @param age the age; {@code null} when unknown
         * @return this builder
         */
        public Builder age(Integer age) { this.age = age; return this; }

        /**
         * Sets the Fitzpatrick skin phototype (optional).
         *
         * @param type the phototype; {@code null} when unknown
         * @return this builder
         */
        public Builder fitzpatrickType(FitzpatrickType type) { this.fitzpatrickType = type; return this; }

        /**
         * Sets whether the client is pregnant or breastfeeding.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder pregnantOrBreastfeeding(Answer a) { this.pregnantOrBreastfeeding = a; return this; }

        /**
         * Sets the severity of current (active) acne.
         *
         * @param acne the severity, {@link AcneSeverity#NONE} for none; {@code null} when unknown
         * @return this builder
         */
        public Builder acne(AcneSeverity acne) { this.acne = acne; return this; }

        /**
         * Sets whether the client has rosacea.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder rosacea(Answer a) { this.rosacea = a; return this; }

        /**
         * Sets whether there is a rash, eczema or dermatitis on the area.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder rashOrDermatitisInArea(Answer a) { this.rashOrDermatitisInArea = a; return this; }

        /**
         * Sets whether there is an active skin infection on the area.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder activeInfectionInArea(Answer a) { this.activeInfectionInArea = a; return this; }

        /**
         * Sets whether there is an open wound, sunburn or irritated skin on the area.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder openWoundOrSunburnInArea(Answer a) { this.openWoundOrSunburnInArea = a; return this; }

        /**
         * Sets whether the client has had cold sores (optional).
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder coldSoreHistory(Answer a) { this.coldSoreHistory = a; return this; }

        /**
         * Sets whether the client tends to form keloid or raised scars.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder keloidTendency(Answer a) { this.keloidTendency = a; return this; }

        /**
         * Sets whether there is skin cancer, a raised or changing mole, actinic keratoses or a birthmark on
         * the area.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder skinCancerOrSuspiciousLesionInArea(Answer a) { this.skinCancerOrSuspiciousLesionInArea = a; return this; }

        /**
         * Sets whether the client has a bleeding or clotting disorder.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder bleedingDisorder(Answer a) { this.bleedingDisorder = a; return this; }

        /**
         * Sets whether the client takes anticoagulants (blood thinners).
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder anticoagulants(Answer a) { this.anticoagulants = a; return this; }

        /**
         * Sets whether the client's immune system is weakened.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder immunosuppressed(Answer a) { this.immunosuppressed = a; return this; }

        /**
         * Sets whether the client has diabetes, and whether it is controlled.
         *
         * @param d the status, {@link DiabetesStatus#NONE} for none; {@code null} when unknown
         * @return this builder
         */
        public Builder diabetes(DiabetesStatus d) { this.diabetes = d; return this; }

        /**
         * Sets the client's oral isotretinoin use.
         *
         * @param i the use, e.g. {@link Isotretinoin#stopped(LocalDate)}; {@code null} when unknown
         * @return this builder
         */
        public Builder isotretinoin(Isotretinoin i) { this.isotretinoin = i; return this; }

        /**
         * Sets whether the client is allergic to metals or anaesthetics.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder metalOrAnaestheticAllergy(Answer a) { this.metalOrAnaestheticAllergy = a; return this; }

        /**
         * Sets whether the client has an autoimmune or collagen disease.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder autoimmuneOrCollagenDisease(Answer a) { this.autoimmuneOrCollagenDisease = a; return this; }

        /**
         * Sets whether dark marks have been left after spots, injuries or treatments (optional).
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder hyperpigmentationHistory(Answer a) { this.hyperpigmentationHistory = a; return this; }

        /**
         * Sets whether there are warts or molluscum on the area.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder wartsOrMolluscumInArea(Answer a) { this.wartsOrMolluscumInArea = a; return this; }

        /**
         * Sets whether the client has, or has had, psoriasis, vitiligo or lichen planus.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder koebnerisingDisease(Answer a) { this.koebnerisingDisease = a; return this; }

        /**
         * Sets whether there is permanent filler, a thread lift or an injection of unknown kind in the area.
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder permanentFillerOrThreadsInArea(Answer a) { this.permanentFillerOrThreadsInArea = a; return this; }

        /**
         * Sets whether there is a tattoo or permanent make-up on the area (optional).
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder tattooOrPermanentMakeupInArea(Answer a) { this.tattooOrPermanentMakeupInArea = a; return this; }

        /**
         * Sets whether the client takes aspirin, ibuprofen-type painkillers or blood-thinning supplements
         * (optional).
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder bloodThinningNsaidsOrSupplements(Answer a) { this.bloodThinningNsaidsOrSupplements = a; return this; }

        /**
         * Sets whether the client takes a medicine that makes the skin sun-sensitive (optional).
         *
         * @param a the answer; {@code null} or {@link Answer#UNKNOWN} when unknown
         * @return this builder
         */
        public Builder photosensitisingMedication(Answer a) { this.photosensitisingMedication = a; return this; }

        /**
         * Sets the requested treatment.
         *
         * @param t the treatment; {@code null} screens for microneedling in general
         * @return this builder
         */
        public Builder treatment(Treatment t) { this.treatment = t; return this; }

        /**
         * Adds a procedure on the area to be treated (the list is then known).
         *
         * @param type the procedure
         * @param date when it was done (for a topical retinoid or acid, the last application);
         *             {@code null} when the client does not know
         * @return this builder
         * @throws InvalidProfileException when {@code type} is {@code null}
         */
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
         *
         * @param procedures the procedures on the area to be treated, copied; {@code null} when unknown
         * @return this builder
         */
        public Builder recentProcedures(Collection<RecentProcedure> procedures) {
            this.recentProcedures = procedures == null ? null : new ArrayList<>(procedures);
            return this;
        }

        /**
         * Validates and returns the profile.
         *
         * @return a new profile holding the values set so far
         * @throws InvalidProfileException when a value is impossible (see the class description)
         */
        public ClientProfile build() {
            return new ClientProfile(this);
        }
    }

    /**
     * Compares every value, as a record would.
     *
     * @param obj the object to compare with
     * @return {@code true} when {@code obj} is a profile with equal values
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof ClientProfile o)) {
            return false;
        }
        return Objects.equals(clientRef, o.clientRef) && Objects.equals(screenedOn, o.screenedOn)
                && Objects.equals(age, o.age) && Objects.equals(fitzpatrickType, o.fitzpatrickType)
                && Objects.equals(pregnantOrBreastfeeding, o.pregnantOrBreastfeeding)
                && Objects.equals(acne, o.acne) && Objects.equals(rosacea, o.rosacea)
                && Objects.equals(rashOrDermatitisInArea, o.rashOrDermatitisInArea)
                && Objects.equals(activeInfectionInArea, o.activeInfectionInArea)
                && Objects.equals(openWoundOrSunburnInArea, o.openWoundOrSunburnInArea)
                && Objects.equals(wartsOrMolluscumInArea, o.wartsOrMolluscumInArea)
                && Objects.equals(coldSoreHistory, o.coldSoreHistory)
                && Objects.equals(keloidTendency, o.keloidTendency)
                && Objects.equals(koebnerisingDisease, o.koebnerisingDisease)
                && Objects.equals(skinCancerOrSuspiciousLesionInArea, o.skinCancerOrSuspiciousLesionInArea)
                && Objects.equals(permanentFillerOrThreadsInArea, o.permanentFillerOrThreadsInArea)
                && Objects.equals(tattooOrPermanentMakeupInArea, o.tattooOrPermanentMakeupInArea)
                && Objects.equals(bleedingDisorder, o.bleedingDisorder)
                && Objects.equals(anticoagulants, o.anticoagulants)
                && Objects.equals(bloodThinningNsaidsOrSupplements, o.bloodThinningNsaidsOrSupplements)
                && Objects.equals(photosensitisingMedication, o.photosensitisingMedication)
                && Objects.equals(immunosuppressed, o.immunosuppressed)
                && Objects.equals(diabetes, o.diabetes) && Objects.equals(isotretinoin, o.isotretinoin)
                && Objects.equals(metalOrAnaestheticAllergy, o.metalOrAnaestheticAllergy)
                && Objects.equals(autoimmuneOrCollagenDisease, o.autoimmuneOrCollagenDisease)
                && Objects.equals(hyperpigmentationHistory, o.hyperpigmentationHistory)
                && Objects.equals(recentProcedures, o.recentProcedures)
                && Objects.equals(treatment, o.treatment) && Objects.equals(custom, o.custom);
    }

    /**
     * A hash of every value, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(clientRef, screenedOn, age, fitzpatrickType, pregnantOrBreastfeeding, acne,
                rosacea, rashOrDermatitisInArea, activeInfectionInArea, openWoundOrSunburnInArea,
                wartsOrMolluscumInArea, coldSoreHistory, keloidTendency, koebnerisingDisease,
                skinCancerOrSuspiciousLesionInArea, permanentFillerOrThreadsInArea,
                tattooOrPermanentMakeupInArea, bleedingDisorder, anticoagulants,
                bloodThinningNsaidsOrSupplements, photosensitisingMedication, immunosuppressed, diabetes,
                isotretinoin, metalOrAnaestheticAllergy, autoimmuneOrCollagenDisease,
                hyperpigmentationHistory, recentProcedures, treatment, custom);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "ClientProfile[values redacted]";
    }
}
