package org.needlescreen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.needlescreen.model.Area;
import org.needlescreen.model.Concern;
import org.needlescreen.model.ProcedureType;

/**
 * The thresholds the rules use, each with its provenance: needle depth limits, concern ranges,
 * washout periods, age bounds. Rules never hold these as literals; they read them from the
 * {@code Policy} fact, so a jurisdiction or clinic can override a value without editing DRL.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} holds the values of DOMAIN.md;
 * {@link #with(String, double, String)} returns a copy with one value overridden, and checks it
 * (positive, whole where it counts days, months or years, a range's minimum not above its maximum).
 * Keys are listed by {@link #values()} and documented in the README.
 */
public final class Policy {

    /** Home needle length limit in mm. */
    public static final String HOME_MAX_DEPTH = "depth.home.maxMm";
    /** Deepest needle length accepted anywhere, in mm. */
    public static final String ABSOLUTE_MAX_DEPTH = "depth.absolute.maxMm";
    /** Age from which a client is an adult (younger: REFER). */
    public static final String ADULT_AGE = "age.adult.years";
    /** Age from which FDA-authorised uses apply (younger adults: CAUTION). */
    public static final String AUTHORISED_AGE = "age.authorised.years";
    /** Months after the last isotretinoin dose before microneedling. */
    public static final String ISOTRETINOIN_WASHOUT = "isotretinoin.washout.months";

    /**
     * Key of the maximum depth for an area, e.g. {@code depth.area.NECK.maxMm}.
     *
     * @param area the area
     * @return the key, in mm; {@code null} for a {@code null} area
     */
    public static String areaMaxDepthKey(Area area) {
        return AREA_MAX_KEYS.get(area);
    }

    /**
     * Key of the low end of a concern's professional range, e.g. {@code depth.concern.WRINKLES.minMm}.
     *
     * @param concern the concern
     * @return the key, in mm; {@code null} for a {@code null} concern
     */
    public static String concernMinDepthKey(Concern concern) {
        return CONCERN_MIN_KEYS.get(concern);
    }

    /**
     * Key of the high end of a concern's professional range, e.g. {@code depth.concern.WRINKLES.maxMm}.
     *
     * @param concern the concern
     * @return the key, in mm; {@code null} for a {@code null} concern
     */
    public static String concernMaxDepthKey(Concern concern) {
        return CONCERN_MAX_KEYS.get(concern);
    }

    /**
     * Key of a procedure's washout in days (NOT_SUITABLE within it), e.g. {@code washout.LASER.days}.
     * The defaults hold no such key for SURGERY or RADIOTHERAPY.
     *
     * @param type the procedure
     * @return the key, whether or not this policy holds a value under it; {@code null} for a
     *         {@code null} type
     */
    public static String washoutDaysKey(ProcedureType type) {
        return WASHOUT_KEYS.get(type);
    }

    /**
     * Key of a procedure's referral window in months (REFER within it), e.g.
     * {@code referral.SURGERY.months}. The defaults hold such a key for SURGERY only.
     *
     * @param type the procedure
     * @return the key, whether or not this policy holds a value under it; {@code null} for a
     *         {@code null} type
     */
    public static String referralMonthsKey(ProcedureType type) {
        return REFERRAL_KEYS.get(type);
    }

    /**
     * One policy value: its key, the number, its unit and its provenance. Immutable, with value
     * equality; built with {@link #of(String, double, String, String)}.
     */
    public static final class Value {

        private final String key;
        private final double value;
        private final String unit;
        private final String provenance;

        private Value(String key, double value, String unit, String provenance) {
            this.key = Objects.requireNonNull(key, "key");
            this.value = value;
            this.unit = Objects.requireNonNull(unit, "unit");
            this.provenance = Objects.requireNonNull(provenance, "provenance");
        }

        /**
         * A policy value. Checks that the texts are given; the number is checked by the
         * {@link Policy} it joins.
         *
         * @param key        its name, e.g. {@code depth.home.maxMm}
         * @param value      the number
         * @param unit       mm, days, months or years
         * @param provenance where the value comes from (a source, a policy decision, an override)
         * @return the value
         * @throws NullPointerException when {@code key}, {@code unit} or {@code provenance} is
         *                              {@code null}
         */
        public static Value of(String key, double value, String unit, String provenance) {
            return new Value(key, value, unit, provenance);
        }

        /**
         * The value's name.
         *
         * @return its key, e.g. {@code depth.home.maxMm}
         */
        public String key() {
            return key;
        }

        /**
         * The number.
         *
         * @return the number, in {@link #unit()}
         */
        public double value() {
            return value;
        }

        /**
         * The unit.
         *
         * @return mm, days, months or years
         */
        public String unit() {
            return unit;
        }

        /**
         * Where the value comes from.
         *
         * @return a source, a policy decision or an override
         */
        public String provenance() {
            return provenance;
        }

        /**
         * The value as text without a trailing ".0" for whole numbers.
         *
         * @return e.g. {@code "14"} for 14.0, {@code "0.3"} for 0.3; without the unit
         */
        public String display() {
            return format(value);
        }

        /**
         * Value equality: the same key, number (compared as {@link Double#compare} does), unit and
         * provenance.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal policy value
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Value v && key.equals(v.key) && Double.compare(value, v.value) == 0
                    && unit.equals(v.unit) && provenance.equals(v.provenance);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(key, value, unit, provenance);
        }

        /**
         * Every part: a threshold holds no client data.
         *
         * @return {@code Value[key=..., value=..., unit=..., provenance=...]}
         */
        @Override
        public String toString() {
            return "Value[key=" + key + ", value=" + value + ", unit=" + unit + ", provenance=" + provenance + "]";
        }
    }

    private static final Map<Area, String> AREA_MAX_KEYS =
            keys(Area.class, area -> "depth.area." + area.name() + ".maxMm");
    private static final Map<Concern, String> CONCERN_MIN_KEYS =
            keys(Concern.class, concern -> "depth.concern." + concern.name() + ".minMm");
    private static final Map<Concern, String> CONCERN_MAX_KEYS =
            keys(Concern.class, concern -> "depth.concern." + concern.name() + ".maxMm");
    private static final Map<ProcedureType, String> WASHOUT_KEYS =
            keys(ProcedureType.class, type -> "washout." + type.name() + ".days");
    private static final Map<ProcedureType, String> REFERRAL_KEYS =
            keys(ProcedureType.class, type -> "referral." + type.name() + ".months");
    private static final Policy DEFAULTS = buildDefaults();

    private final Map<String, Value> values;

    private Policy(Map<String, Value> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The values of DOMAIN.md, with their sources.
     *
     * @return the shared default policy (immutable)
     */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /** Key strings built once per constant, so typed lookups on the screening path allocate nothing. */
    private static <E extends Enum<E>> Map<E, String> keys(Class<E> type, java.util.function.Function<E, String> key) {
        Map<E, String> m = new java.util.EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, key.apply(e));
        }
        return m;
    }

    private static Policy buildDefaults() {
        Map<String, Value> m = new LinkedHashMap<>();
        put(m, HOME_MAX_DEPTH, 0.3, "mm",
                "003_2814ce3b0d65104f.txt (0.3 needles, printed \"0.3cm\", read as mm); the common cosmetic "
                        + "boundary; a policy, not an FDA number");
        put(m, ABSOLUTE_MAX_DEPTH, 2.5, "mm", "deepest FDA-cleared labelling (FDA microneedling devices)");
        String areaSource = "DOMAIN.md area maxima (policy)";
        for (Area area : Area.values()) {
            double max = switch (area) {
                case PERIORBITAL -> 0.3;
                case FOREHEAD, NOSE, UPPER_LIP -> 0.5;
                case CHEEKS, CHIN_JAW -> 2.0;
                case NECK, DECOLLETAGE -> 1.0;
                case SCALP -> 1.5;
                default -> 2.5;
            };
            String source = switch (area) {
                case PERIORBITAL -> areaSource + "; SkinPen labelling: never inside the orbital rim";
                case SCALP -> areaSource + "; English 2021: 0.5-2.5 mm across studies";
                default -> areaSource;
            };
            put(m, areaMaxDepthKey(area), max, "mm", source);
        }
        for (Concern c : Concern.values()) {
            double[] r = switch (c) {
                case TEXTURE -> new double[] {0.25, 0.5};
                case ENLARGED_PORES, FINE_LINES, SUN_DAMAGE -> new double[] {0.5, 1.0};
                case WRINKLES, LOOSE_SKIN -> new double[] {1.0, 1.5};
                case HYPERPIGMENTATION, HAIR_LOSS -> new double[] {0.5, 1.5};
                case ACNE_SCARS, OTHER_SCARS -> new double[] {1.0, 2.0};
                case STRETCH_MARKS -> new double[] {1.5, 2.5};
            };
            String source = switch (c) {
                case ACNE_SCARS -> "Harris 2015 (acne scars: median 1.5 mm); DOMAIN.md professional ranges";
                case HAIR_LOSS -> "English 2021 (0.6 mm did better than 1.2 mm); DOMAIN.md professional ranges";
                default -> "DOMAIN.md professional ranges; 004_d9a7e202e64e4274.txt (longer needles reach deeper)";
            };
            put(m, concernMinDepthKey(c), r[0], "mm", source);
            put(m, concernMaxDepthKey(c), r[1], "mm", source);
        }
        String washoutSource = "Exceed and InMode device manuals (policy)";
        put(m, washoutDaysKey(ProcedureType.CHEMICAL_PEEL), 14, "days", washoutSource);
        put(m, washoutDaysKey(ProcedureType.NEUROTOXIN), 14, "days", washoutSource);
        put(m, washoutDaysKey(ProcedureType.FILLER), 14, "days", washoutSource);
        put(m, washoutDaysKey(ProcedureType.LASER), 42, "days", washoutSource);
        put(m, washoutDaysKey(ProcedureType.MICRONEEDLING), 28, "days",
                "Minutilli (4-week intervals); 003_2814ce3b0d65104f.txt (a month between treatments)");
        put(m, washoutDaysKey(ProcedureType.WAXING_OR_DEPILATION), 7, "days", "ClinicForms (pre-care lists)");
        put(m, washoutDaysKey(ProcedureType.TOPICAL_RETINOID_OR_ACID), 7, "days", "ClinicForms (pre-care lists)");
        put(m, washoutDaysKey(ProcedureType.SUNTAN), 14, "days", "ClinicForms (pre-care lists); Cohen (PIH risk)");
        put(m, referralMonthsKey(ProcedureType.SURGERY), 12, "months", "Exceed manual");
        put(m, ISOTRETINOIN_WASHOUT, 6, "months",
                "IsotretinoinLabel; SkinPen pre-care; deliberately stricter than Spring 2017 (policy)");
        put(m, ADULT_AGE, 18, "years", "FDA (authorised uses are for adults; under 18: refer)");
        put(m, AUTHORISED_AGE, 22, "years", "FDA (authorised uses are for age 22 and over)");
        Policy p = new Policy(m);
        p.check();
        return p;
    }

    private static void put(Map<String, Value> m, String key, double value, String unit, String provenance) {
        m.put(key, Value.of(key, value, unit, provenance));
    }

    /**
     * Returns a copy with one value overridden.
     *
     * @param key        a key this policy holds, e.g. {@link #HOME_MAX_DEPTH}
     * @param value      the new value, in the key's unit (see {@link Value#unit()})
     * @param provenance where the value comes from; {@code null} or blank records {@code "override"}
     * @return a new policy; this one is unchanged
     * @throws IllegalArgumentException naming the key and value when the key is unknown, the value
     *                                  is not positive, not whole where it counts days, months or
     *                                  years, above its unit's {@link #maximum(String) maximum}, or
     *                                  breaks an ordering (range minimum above maximum, adult age
     *                                  above authorised age)
     */
    public Policy with(String key, double value, String provenance) {
        Value old = values.get(key);
        if (old == null) {
            throw new IllegalArgumentException("Unknown policy key '" + key + "' (known keys: "
                    + String.join(", ", values.keySet()) + ")");
        }
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException("Invalid policy value for '" + key + "': " + value
                    + " (a positive number of " + old.unit() + ")");
        }
        if (!old.unit().equals("mm") && value != Math.rint(value)) {
            throw new IllegalArgumentException("Invalid policy value for '" + key + "': " + value
                    + " (a whole number of " + old.unit() + ")");
        }
        if (value > maximum(old.unit())) {
            // Never clamped: a value this large is a typo or a unit mix-up, and would overflow.
            throw new IllegalArgumentException("Invalid policy value for '" + key + "': " + format(value)
                    + " (at most " + format(maximum(old.unit())) + " " + old.unit() + ")");
        }
        Map<String, Value> m = new LinkedHashMap<>(values);
        m.put(key, Value.of(key, value, old.unit(),
                provenance == null || provenance.isBlank() ? "override" : provenance));
        Policy p = new Policy(m);
        p.check();
        return p;
    }

    /**
     * The largest value a key of the given unit accepts: 5 mm (no needle is longer), 3650 days,
     * 120 months, 120 years; {@link Double#MAX_VALUE} for any other unit. Larger values are
     * rejected, never clamped.
     *
     * @param unit the unit, e.g. {@code "mm"}
     * @return the largest accepted value in that unit
     * @throws NullPointerException when {@code unit} is {@code null}
     */
    public static double maximum(String unit) {
        return switch (unit) {
            case "mm" -> 5;
            case "days" -> 3650;
            case "months", "years" -> 120;
            default -> Double.MAX_VALUE;
        };
    }

    private void check() {
        for (Concern c : Concern.values()) {
            requireOrder(concernMinDepthKey(c), concernMaxDepthKey(c));
        }
        requireOrder(ADULT_AGE, AUTHORISED_AGE);
        requireOrder(HOME_MAX_DEPTH, ABSOLUTE_MAX_DEPTH);
        for (Area a : Area.values()) {
            requireOrder(areaMaxDepthKey(a), ABSOLUTE_MAX_DEPTH);
        }
    }

    private void requireOrder(String lowKey, String highKey) {
        Value low = values.get(lowKey);
        Value high = values.get(highKey);
        if (low.value() > high.value()) {
            throw new IllegalArgumentException("Invalid policy: '" + lowKey + "' (" + low.display()
                    + ") must not be above '" + highKey + "' (" + high.display() + ")");
        }
    }

    /**
     * Why a value cannot be a policy value of the given unit ({@code null} when it can): positive,
     * whole where the unit counts days, months or years, and within a sane bound (5 mm, 3650 days,
     * 120 months or years). Decided on the number as written.
     *
     * @param unit  the unit: mm, days, months or years
     * @param value the number as written (so {@code 14.0} days is whole, {@code 14.5} is not)
     * @return {@code null} when the value is acceptable; otherwise what is allowed, in words, e.g.
     *         {@code "a whole number of days"}
     */
    public static String checkValue(String unit, java.math.BigDecimal value) {
        if (!java.util.Set.of("mm", "days", "months", "years").contains(unit)) {
            return "in a known unit (mm, days, months, years)";
        }
        java.math.BigDecimal max = java.math.BigDecimal.valueOf(maximum(unit)).stripTrailingZeros();
        if (value.signum() <= 0 || value.compareTo(max) > 0) {
            return "a positive number of " + unit + " up to " + max.toPlainString();
        }
        if (!unit.equals("mm") && value.stripTrailingZeros().scale() > 0) {
            return "a whole number of " + unit;
        }
        return null;
    }

    /**
     * Returns a copy with values that a rule directory declares ({@code policy.json}) added; a key
     * this policy already holds keeps its value here (an override given before the rules loaded).
     *
     * @param declared the values a rule directory declares
     * @return a new policy, or this one when {@code declared} is empty
     * @throws IllegalArgumentException when a declared value is invalid for its unit, or breaks an
     *                                  ordering (see {@link #with(String, double, String)})
     */
    public Policy withDeclared(Collection<Value> declared) {
        if (declared.isEmpty()) {
            return this;
        }
        Map<String, Value> m = new LinkedHashMap<>(values);
        for (Value v : declared) {
            String why = checkValue(v.unit(), java.math.BigDecimal.valueOf(v.value()));
            if (why != null) {
                throw new IllegalArgumentException("Invalid policy value for '" + v.key() + "': " + v.display()
                        + " (" + why + ")");
            }
            m.putIfAbsent(v.key(), v);
        }
        Policy p = new Policy(m);
        p.check();
        return p;
    }

    /**
     * The value under a key, as rules read their own keys: {@code policy().number("clinic.age.maxYears")}.
     *
     * @param key the key
     * @return the value, in the key's unit
     * @throws IllegalArgumentException naming the key when there is no such key (the loader checks
     *                                  every key a rule names, so a screening never meets this)
     */
    public double number(String key) {
        Value v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("Unknown policy key '" + key + "'");
        }
        return v.value();
    }

    /**
     * Every value, in a stable order.
     *
     * @return an unmodifiable view: the default keys first, in a fixed order, then any keys a rule
     *         directory declared
     */
    public Collection<Value> values() {
        return values.values();
    }

    /**
     * The value under a key, if there is one.
     *
     * @param key the key
     * @return the value with its unit and provenance; empty when there is no such key
     */
    public Optional<Value> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    private double get(String key) {
        return values.get(key).value();
    }

    /**
     * The home needle length limit ({@link #HOME_MAX_DEPTH}); longer needles are for a professional
     * setting only.
     *
     * @return the limit in mm (0.3 by default)
     */
    public double homeMaxDepthMm() {
        return get(HOME_MAX_DEPTH);
    }

    /**
     * The deepest needle length accepted anywhere ({@link #ABSOLUTE_MAX_DEPTH}); every area
     * maximum is capped at it.
     *
     * @return the limit in mm (2.5 by default)
     */
    public double absoluteMaxDepthMm() {
        return get(ABSOLUTE_MAX_DEPTH);
    }

    /**
     * The maximum depth for an area, never above {@link #absoluteMaxDepthMm()}; for an unspecified
     * area ({@code null}), the absolute maximum.
     *
     * @param area the area; {@code null} when unspecified
     * @return the maximum in mm
     */
    public double areaMaxDepthMm(Area area) {
        return area == null ? absoluteMaxDepthMm() : Math.min(get(areaMaxDepthKey(area)), absoluteMaxDepthMm());
    }

    /**
     * The smallest of the area maxima: above it, some area forbids the depth.
     *
     * @return the smallest maximum in mm (0.3 by default, the periorbital area)
     */
    public double smallestAreaMaxDepthMm() {
        double min = absoluteMaxDepthMm();
        for (Area a : Area.values()) {
            min = Math.min(min, areaMaxDepthMm(a));
        }
        return min;
    }

    /**
     * The areas whose maximum lies below a depth, grouped by maximum, shallowest first, e.g.
     * "periorbital (at most 0.3 mm); forehead, nose and upper lip (at most 0.5 mm)".
     *
     * @param depthMm the needle depth in mm
     * @return the areas in words; empty when no area's maximum lies below the depth
     */
    public String areasShallowerThan(double depthMm) {
        Map<Double, java.util.List<String>> byMax = new java.util.TreeMap<>();
        for (Area a : Area.values()) {
            double max = areaMaxDepthMm(a);
            if (max < depthMm) {
                byMax.computeIfAbsent(max, k -> new java.util.ArrayList<>())
                        .add(a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        java.util.List<String> groups = new java.util.ArrayList<>();
        byMax.forEach((max, areas) -> {
            String names = areas.size() == 1 ? areas.get(0)
                    : String.join(", ", areas.subList(0, areas.size() - 1)) + " and " + areas.get(areas.size() - 1);
            groups.add(names + " (at most " + format(max) + " mm)");
        });
        return String.join("; ", groups);
    }

    /**
     * The low end of a concern's professional range: shorter needles are unlikely to help.
     *
     * @param concern the concern
     * @return the depth in mm
     * @throws NullPointerException when {@code concern} is {@code null}
     */
    public double concernMinDepthMm(Concern concern) {
        return get(concernMinDepthKey(concern));
    }

    /**
     * The high end of a concern's professional range.
     *
     * @param concern the concern
     * @return the depth in mm
     * @throws NullPointerException when {@code concern} is {@code null}
     */
    public double concernMaxDepthMm(Concern concern) {
        return get(concernMaxDepthKey(concern));
    }

    /**
     * The washout in days after a procedure, or 0 when the policy sets none for it.
     *
     * @param type the procedure
     * @return whole days; 0 for SURGERY and RADIOTHERAPY by default
     */
    public int washoutDays(ProcedureType type) {
        Value v = values.get(washoutDaysKey(type));
        return v == null ? 0 : (int) v.value();
    }

    /**
     * The referral window in months after a procedure, or 0 when the policy sets none for it.
     *
     * @param type the procedure
     * @return whole months; 0 for every type but SURGERY by default
     */
    public int referralMonths(ProcedureType type) {
        Value v = values.get(referralMonthsKey(type));
        return v == null ? 0 : (int) v.value();
    }

    /**
     * The months after the last isotretinoin dose before microneedling ({@link #ISOTRETINOIN_WASHOUT}).
     *
     * @return whole months (6 by default)
     */
    public int isotretinoinWashoutMonths() {
        return (int) get(ISOTRETINOIN_WASHOUT);
    }

    /**
     * The age from which a client is an adult ({@link #ADULT_AGE}); younger clients are referred.
     *
     * @return whole years (18 by default)
     */
    public int adultAge() {
        return (int) get(ADULT_AGE);
    }

    /**
     * The age from which authorised uses apply ({@link #AUTHORISED_AGE}); younger adults get a
     * caution.
     *
     * @return whole years (22 by default)
     */
    public int authorisedAge() {
        return (int) get(AUTHORISED_AGE);
    }

    /**
     * The first day a procedure's washout no longer applies: {@code date + washout days}.
     *
     * @param type the procedure
     * @param date the day it was done
     * @return the first day after the washout; {@code date} itself when the policy sets no washout
     */
    public LocalDate washoutEnd(ProcedureType type, LocalDate date) {
        return date.plusDays(washoutDays(type));
    }

    /**
     * The first day a procedure's referral window no longer applies: {@code date + months}.
     *
     * @param type the procedure
     * @param date the day it was done
     * @return the first day after the window (calendar months); {@code date} itself when the policy
     *         sets no window
     */
    public LocalDate referralEnd(ProcedureType type, LocalDate date) {
        return date.plusMonths(referralMonths(type));
    }

    /**
     * The first day after the isotretinoin washout: {@code lastDose + months} (calendar months).
     *
     * @param lastDose the date of the last dose
     * @return the first day microneedling is no longer within the washout
     */
    public LocalDate isotretinoinWashoutEnd(LocalDate lastDose) {
        return lastDose.plusMonths(isotretinoinWashoutMonths());
    }

    /** Formats a number without a trailing ".0". */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Policy" + values.values().stream().map(v -> v.key() + "=" + v.display()).toList();
    }
}
