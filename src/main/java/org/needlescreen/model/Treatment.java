package org.needlescreen.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * The requested treatment. Every field is optional ({@code null} when not given); rules that need
 * a field do not fire without it, and the guidance says what it could not tailor.
 *
 * @param setting       HOME or PROFESSIONAL
 * @param device        ROLLER, PEN or STAMP
 * @param needleDepthMm the needle length in millimetres, above 0 and at most
 *                      {@value #MAX_PLAUSIBLE_DEPTH_MM}
 * @param area          the area to be treated
 * @param concerns      what the client wants treated, distinct, in declaration order
 */
public record Treatment(Setting setting, Device device, Double needleDepthMm, Area area,
                        List<Concern> concerns) {

    /**
     * Depths above this are not a needle length anyone uses (probably microns or centimetres typed
     * as millimetres) and are rejected as invalid input rather than screened.
     */
    public static final double MAX_PLAUSIBLE_DEPTH_MM = 5.0;

    /** The most entries {@code concerns} may hold, duplicates included. */
    public static final int MAX_CONCERNS = 11;

    /** A plan with nothing specified: what a profile without a treatment is screened for. */
    public static final Treatment UNSPECIFIED = new Treatment(null, null, null, null, List.of());

    public Treatment {
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
    }

    /** Returns whether the client asked for this concern. */
    public boolean hasConcern(Concern concern) {
        return concerns.contains(concern);
    }

    /** Returns whether the plan is for home use or does not say where: both are screened as home. */
    public boolean isHomeOrUnknown() {
        return setting != Setting.PROFESSIONAL;
    }

    /** Returns the concerns that need the dermis (see {@link Concern#needsDermis()}). */
    public List<Concern> dermalConcerns() {
        return concerns.stream().filter(Concern::needsDermis).toList();
    }

    public static Builder builder() {
        return new Builder();
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

        public Builder setting(Setting setting) {
            this.setting = setting;
            return this;
        }

        public Builder device(Device device) {
            this.device = device;
            return this;
        }

        public Builder needleDepthMm(Double needleDepthMm) {
            this.needleDepthMm = needleDepthMm;
            return this;
        }

        public Builder area(Area area) {
            this.area = area;
            return this;
        }

        /** The concerns; none given (or an empty list) leaves them unspecified. */
        public Builder concerns(Concern... concerns) {
            this.concerns = Arrays.asList(java.util.Objects.requireNonNull(concerns, "concerns"));
            return this;
        }

        /** The concerns; an empty collection leaves them unspecified. A null element is invalid input. */
        public Builder concerns(Collection<Concern> concerns) {
            this.concerns = new java.util.ArrayList<>(java.util.Objects.requireNonNull(concerns, "concerns"));
            return this;
        }

        public Treatment build() {
            return new Treatment(setting, device, needleDepthMm, area, concerns);
        }
    }

    /** Names the type only: client data never reaches logs or exception messages through toString. */
    @Override
    public String toString() {
        return "Treatment[values redacted]";
    }
}
