package org.needlescreen.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The requested treatment. Every field is optional ({@code null} when not given); rules that need
 * a field do not fire without it, and the guidance says what it could not tailor.
 *
 * <p>Build one with {@link #builder()} (or derive one with {@link #toBuilder()}); there is no
 * public constructor, so a new field adds a builder method and breaks no caller. Two treatments
 * are equal when every value is equal.
 */
public final class Treatment {

    /**
     * Depths above this are not a needle length anyone uses (probably microns or centimetres typed
     * as millimetres) and are rejected as invalid input rather than screened.
     */
    public static final double MAX_PLAUSIBLE_DEPTH_MM = 5.0;

    /** The most entries {@code concerns} may hold, duplicates included. */
    public static final int MAX_CONCERNS = 11;

    /** A plan with nothing specified: what a profile without a treatment is screened for. */
    public static final Treatment UNSPECIFIED = new Treatment(null, null, null, null, List.of());

    private final Setting setting;
    private final Device device;
    private final Double needleDepthMm;
    private final Area area;
    private final List<Concern> concerns;
    /** Derived from {@link #concerns} once: a rule reads it on every screening. */
    private final List<Concern> dermalConcerns;

    /**
     * Validates the treatment and normalises {@code concerns}: {@code null} becomes empty,
     * duplicates are dropped and the order becomes the declaration order of {@link Concern}.
     * Throws {@link InvalidProfileException} when the needle depth is not above 0 and at most
     * {@value #MAX_PLAUSIBLE_DEPTH_MM} mm, or {@code concerns} holds more than
     * {@value #MAX_CONCERNS} entries or a {@code null}.
     */
    private Treatment(Setting setting, Device device, Double needleDepthMm, Area area, List<Concern> concerns) {
        if (needleDepthMm != null && !(needleDepthMm > 0 && needleDepthMm <= MAX_PLAUSIBLE_DEPTH_MM)) {
            throw new InvalidProfileException("treatment.needleDepthMm", needleDepthMm,
                    "a needle length in millimetres, above 0 and at most " + MAX_PLAUSIBLE_DEPTH_MM);
        }
        if (concerns == null || concerns.isEmpty()) {
            concerns = List.of();
        } else {
            if (concerns.size() > MAX_CONCERNS) {
                throw new InvalidProfileException("treatment.concerns", concerns.size() + " entries",
                        "at most " + MAX_CONCERNS + " entries");
            }
            for (Concern c : concerns) {
                if (c == null) {
                    throw new InvalidProfileException("treatment.concerns", null,
                            "one of " + Arrays.toString(Concern.values()));
                }
            }
            concerns = List.copyOf(EnumSet.copyOf(concerns));
        }
        this.setting = setting;
        this.device = device;
        this.needleDepthMm = needleDepthMm;
        this.area = area;
        this.concerns = concerns;
        List<Concern> dermal = new java.util.ArrayList<>(concerns.size());
        for (Concern c : concerns) {
            if (c.needsDermis()) {
                dermal.add(c);
            }
        }
        this.dermalConcerns = dermal.size() == concerns.size() ? concerns : List.copyOf(dermal);
    }

    /**
     * Where the treatment is done.
     *
     * @return HOME or PROFESSIONAL; {@code null} when unknown, screened as home
     */
    public Setting setting() {
        return setting;
    }

    /**
     * The microneedling device.
     *
     * @return ROLLER, PEN or STAMP; {@code null} when unknown
     */
    public Device device() {
        return device;
    }

    /**
     * The needle length in millimetres.
     *
     * @return the length, above 0 and at most {@value #MAX_PLAUSIBLE_DEPTH_MM}; {@code null} when
     *         unknown
     */
    public Double needleDepthMm() {
        return needleDepthMm;
    }

    /**
     * The area to be treated.
     *
     * @return the area; {@code null} when unknown (then depths are checked against the absolute
     *         maximum)
     */
    public Area area() {
        return area;
    }

    /**
     * What the client wants treated.
     *
     * @return the concerns, distinct, in declaration order, unmodifiable; empty (never
     *         {@code null}) when unspecified
     */
    public List<Concern> concerns() {
        return concerns;
    }

    /**
     * Returns whether the client asked for this concern.
     *
     * @param concern the concern to look for
     * @return {@code true} when {@code concerns} holds it
     */
    public boolean hasConcern(Concern concern) {
        return concerns.contains(concern);
    }

    /**
     * Returns whether the plan is for home use or does not say where: both are screened as home.
     *
     * @return {@code false} only when the setting is {@link Setting#PROFESSIONAL}
     */
    public boolean isHomeOrUnknown() {
        return setting != Setting.PROFESSIONAL;
    }

    /**
     * Returns the concerns that need the dermis (see {@link Concern#needsDermis()}).
     *
     * @return those of {@code concerns} that need the dermis, in declaration order; empty when none
     */
    public List<Concern> dermalConcerns() {
        return dermalConcerns;
    }

    /**
     * Returns a builder with every field unknown.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this treatment's values, to derive a changed copy.
     *
     * @return a new builder; changing it does not change this treatment
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.setting = setting;
        b.device = device;
        b.needleDepthMm = needleDepthMm;
        b.area = area;
        b.concerns = concerns;
        return b;
    }

    /** Builds a {@link Treatment}; unset fields stay unknown. */
    public static final class Builder {
        private Setting setting;
        private Device device;
        private Double needleDepthMm;
        private Area area;
        private List<Concern> concerns = List.of();

        private Builder() {
        }

        /**
         * Sets where the treatment is done.
         *
         * @param setting HOME or PROFESSIONAL; {@code null} when unknown (screened as home)
         * @return this builder
         */
        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        /**
         * Sets the microneedling device.
         *
         * @param device ROLLER, PEN or STAMP; {@code null} when unknown
         * @return this builder
         */
        public Builder device(Device device) {
            this.device = device;
            return this;
        }

        /**
         * Sets the needle length (checked by {@link #build()}).
         *
         * @param needleDepthMm the length in millimetres, above 0 and at most
         *                      {@value Treatment#MAX_PLAUSIBLE_DEPTH_MM}; {@code null} when unknown
         * @return this builder
         */
        public Builder needleDepthMm(Double needleDepthMm) {
            this.needleDepthMm = needleDepthMm;
            return this;
        }

        /**
         * Sets the area to be treated.
         *
         * @param area the area; {@code null} when unknown
         * @return this builder
         */
        public Builder area(Area area) {
            this.area = area;
            return this;
        }

        /**
         * Sets the concerns, replacing any set before; none given leaves them unspecified.
         *
         * @param concerns what the client wants treated; a {@code null} element is invalid input
         *                 (rejected by {@link #build()})
         * @return this builder
         * @throws NullPointerException when the array itself is {@code null}
         */
        public Builder concerns(Concern... concerns) {
            this.concerns = Arrays.asList(java.util.Objects.requireNonNull(concerns, "concerns"));
            return this;
        }

        /**
         * Sets the concerns, replacing any set before; an empty collection leaves them unspecified.
         *
         * @param concerns what the client wants treated, copied; a {@code null} element is invalid
         *                 input (rejected by {@link #build()})
         * @return this builder
         * @throws NullPointerException when the collection itself is {@code null}
         */
        public Builder concerns(Collection<Concern> concerns) {
            this.concerns = new java.util.ArrayList<>(java.util.Objects.requireNonNull(concerns, "concerns"));
            return this;
        }

        /**
         * Validates and returns the treatment.
         *
         * @return a new treatment holding the values set so far
         * @throws InvalidProfileException when the needle depth is not above 0 and at most
         *                                 {@value Treatment#MAX_PLAUSIBLE_DEPTH_MM} mm, or the concerns
         *                                 hold more than {@value Treatment#MAX_CONCERNS} entries or a
         *                                 {@code null}
         */
        public Treatment build() {
            return new Treatment(setting, device, needleDepthMm, area, concerns);
        }
    }

    /**
     * Compares every value, as a record would.
     *
     * @param obj the object to compare with
     * @return {@code true} when {@code obj} is a treatment with equal values
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof Treatment o && setting == o.setting && device == o.device
                && Objects.equals(needleDepthMm, o.needleDepthMm) && area == o.area
                && concerns.equals(o.concerns);
    }

    /**
     * A hash of every value, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(setting, device, needleDepthMm, area, concerns);
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "Treatment[values redacted]";
    }
}
