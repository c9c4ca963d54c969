package org.needlescreen;

import java.util.List;
import java.util.Objects;

import org.needlescreen.model.Concern;

/**
 * Treatment guidance given with every result, whatever the decision: the depth range for each
 * concern in the requested area and setting, the course, session length, preparation, aftercare
 * and, for home use, device hygiene. Each piece names its sources.
 *
 * <p>Immutable, with value equality. Guidance comes from a {@link Screener}; to build one (for an
 * embedder's own tests or stubs) use {@link #builder()}, {@link Advice#of(String, List)} and
 * {@link DepthAdvice#builder()}.
 */
public final class Guidance {

    private final List<DepthAdvice> depths;
    private final List<Advice> course;
    private final Advice sessionLength;
    private final List<Advice> preparation;
    private final List<Advice> aftercare;
    private final List<Advice> homeCare;
    private final Advice seeDermatologist;

    private Guidance(Builder b) {
        this.depths = List.copyOf(Objects.requireNonNull(b.depths, "depths"));
        this.course = List.copyOf(Objects.requireNonNull(b.course, "course"));
        this.sessionLength = Objects.requireNonNull(b.sessionLength, "sessionLength");
        this.preparation = List.copyOf(Objects.requireNonNull(b.preparation, "preparation"));
        this.aftercare = List.copyOf(Objects.requireNonNull(b.aftercare, "aftercare"));
        this.homeCare = List.copyOf(Objects.requireNonNull(b.homeCare, "homeCare"));
        this.seeDermatologist = Objects.requireNonNull(b.seeDermatologist, "seeDermatologist");
    }

    /**
     * A builder for guidance, with every list empty unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The depth range for each requested concern.
     *
     * @return one entry per requested concern (empty when no concern was given; immutable)
     */
    public List<DepthAdvice> depths() {
        return depths;
    }

    /**
     * The course.
     *
     * @return how many sessions, how far apart, when results show (one line per source claim;
     *         immutable)
     */
    public List<Advice> course() {
        return course;
    }

    /**
     * The session length.
     *
     * @return how long a session takes
     */
    public Advice sessionLength() {
        return sessionLength;
    }

    /**
     * Preparation.
     *
     * @return what to do before a session (immutable)
     */
    public List<Advice> preparation() {
        return preparation;
    }

    /**
     * Aftercare.
     *
     * @return what to do after a session, including the vitamin C caution (immutable)
     */
    public List<Advice> aftercare() {
        return aftercare;
    }

    /**
     * Home-device care.
     *
     * @return home-device hygiene and overuse; empty for a professional setting (immutable)
     */
    public List<Advice> homeCare() {
        return homeCare;
    }

    /**
     * The reminder that screening is not a diagnosis.
     *
     * @return the advice to see a dermatologist when in doubt
     */
    public Advice seeDermatologist() {
        return seeDermatologist;
    }

    /**
     * Value equality: equal lists and pieces of advice.
     *
     * @param o the object to compare with
     * @return {@code true} when {@code o} is guidance with equal values
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Guidance g && depths.equals(g.depths) && course.equals(g.course)
                && sessionLength.equals(g.sessionLength) && preparation.equals(g.preparation)
                && aftercare.equals(g.aftercare) && homeCare.equals(g.homeCare)
                && seeDermatologist.equals(g.seeDermatologist);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the values
     */
    @Override
    public int hashCode() {
        return Objects.hash(depths, course, sessionLength, preparation, aftercare, homeCare, seeDermatologist);
    }

    /**
     * Counts only: the advice is tailored to the client's plan and answers.
     *
     * @return {@code Guidance[n depths, ...; values redacted]}
     */
    @Override
    public String toString() {
        return "Guidance[" + depths.size() + " depths, " + course.size() + " course, " + preparation.size()
                + " preparation, " + aftercare.size() + " aftercare, " + homeCare.size() + " home care; values redacted]";
    }

    /** Builds a {@link Guidance}; not thread-safe. */
    public static final class Builder {

        private List<DepthAdvice> depths = List.of();
        private List<Advice> course = List.of();
        private Advice sessionLength;
        private List<Advice> preparation = List.of();
        private List<Advice> aftercare = List.of();
        private List<Advice> homeCare = List.of();
        private Advice seeDermatologist;

        private Builder() {
        }

        /**
         * Sets the depth ranges (empty unless set); the list is copied.
         *
         * @param depths one entry per requested concern
         * @return this builder
         * @throws NullPointerException when {@code depths} is {@code null}, or holds {@code null}
         */
        public Builder depths(List<DepthAdvice> depths) {
            this.depths = List.copyOf(Objects.requireNonNull(depths, "depths"));
            return this;
        }

        /**
         * Sets the course (empty unless set); the list is copied.
         *
         * @param course how many sessions, how far apart, when results show (one line per source claim)
         * @return this builder
         * @throws NullPointerException when {@code course} is {@code null}, or holds {@code null}
         */
        public Builder course(List<Advice> course) {
            this.course = List.copyOf(Objects.requireNonNull(course, "course"));
            return this;
        }

        /**
         * Sets the session length (required).
         *
         * @param sessionLength how long a session takes
         * @return this builder
         * @throws NullPointerException when {@code sessionLength} is {@code null}
         */
        public Builder sessionLength(Advice sessionLength) {
            this.sessionLength = Objects.requireNonNull(sessionLength, "sessionLength");
            return this;
        }

        /**
         * Sets the preparation (empty unless set); the list is copied.
         *
         * @param preparation what to do before a session
         * @return this builder
         * @throws NullPointerException when {@code preparation} is {@code null}, or holds {@code null}
         */
        public Builder preparation(List<Advice> preparation) {
            this.preparation = List.copyOf(Objects.requireNonNull(preparation, "preparation"));
            return this;
        }

        /**
         * Sets the aftercare (empty unless set); the list is copied.
         *
         * @param aftercare what to do after a session, including the vitamin C caution
         * @return this builder
         * @throws NullPointerException when {@code aftercare} is {@code null}, or holds {@code null}
         */
        public Builder aftercare(List<Advice> aftercare) {
            this.aftercare = List.copyOf(Objects.requireNonNull(aftercare, "aftercare"));
            return this;
        }

        /**
         * Sets the home-device care (empty unless set); the list is copied.
         *
         * @param homeCare home-device hygiene and overuse; empty for a professional setting
         * @return this builder
         * @throws NullPointerException when {@code homeCare} is {@code null}, or holds {@code null}
         */
        public Builder homeCare(List<Advice> homeCare) {
            this.homeCare = List.copyOf(Objects.requireNonNull(homeCare, "homeCare"));
            return this;
        }

        /**
         * Sets the reminder that screening is not a diagnosis (required).
         *
         * @param seeDermatologist the advice to see a dermatologist when in doubt
         * @return this builder
         * @throws NullPointerException when {@code seeDermatologist} is {@code null}
         */
        public Builder seeDermatologist(Advice seeDermatologist) {
            this.seeDermatologist = Objects.requireNonNull(seeDermatologist, "seeDermatologist");
            return this;
        }

        /**
         * Builds the guidance.
         *
         * @return new immutable guidance
         * @throws NullPointerException when the session length or the reminder to see a dermatologist
         *                              was not set
         */
        public Guidance build() {
            return new Guidance(this);
        }
    }

    /**
     * A piece of advice and its sources. Immutable, with value equality; built with
     * {@link #of(String, List)}.
     */
    public static final class Advice {

        private final String text;
        private final List<String> sources;

        private Advice(String text, List<String> sources) {
            this.text = Objects.requireNonNull(text, "text");
            this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        }

        /**
         * A piece of advice; {@code sources} is copied.
         *
         * @param text    the advice in plain language
         * @param sources seed article file names and literature keys
         * @return the advice
         * @throws NullPointerException when {@code text}, {@code sources} or a source is {@code null}
         */
        public static Advice of(String text, List<String> sources) {
            return new Advice(text, sources);
        }

        /**
         * The advice.
         *
         * @return the advice in plain language
         */
        public String text() {
            return text;
        }

        /**
         * Where it comes from.
         *
         * @return seed article file names and literature keys (immutable)
         */
        public List<String> sources() {
            return sources;
        }

        /**
         * Value equality: the same text and sources.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is equal advice
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Advice a && text.equals(a.text) && sources.equals(a.sources);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(text, sources);
        }

        /**
         * Counts only: the text may be worded from the client's answers.
         *
         * @return {@code Advice[n sources; text redacted]}
         */
        @Override
        public String toString() {
            return "Advice[" + sources.size() + " sources; text redacted]";
        }
    }

    /**
     * The recommended needle depth for one concern. Immutable, with value equality; built with
     * {@link #builder()}.
     */
    public static final class DepthAdvice {

        private final Concern concern;
        private final double minMm;
        private final double maxMm;
        private final String note;
        private final List<String> sources;

        private DepthAdvice(DepthAdvice.Builder b) {
            this.concern = Objects.requireNonNull(b.concern, "concern");
            this.minMm = b.minMm;
            this.maxMm = b.maxMm;
            this.note = Objects.requireNonNull(b.note, "note");
            this.sources = List.copyOf(Objects.requireNonNull(b.sources, "sources"));
        }

        /**
         * A builder for a depth range, from 0 to 0 mm with no sources unless set.
         *
         * @return a new builder
         */
        public static DepthAdvice.Builder builder() {
            return new DepthAdvice.Builder();
        }

        /**
         * The concern.
         *
         * @return the concern this range is for
         */
        public Concern concern() {
            return concern;
        }

        /**
         * The low end.
         *
         * @return the low end in mm
         */
        public double minMm() {
            return minMm;
        }

        /**
         * The high end.
         *
         * @return the high end in mm, never above the area's maximum or, at home, the home limit
         */
        public double maxMm() {
            return maxMm;
        }

        /**
         * How the range was derived.
         *
         * @return how the range was derived or limited, in plain language
         */
        public String note() {
            return note;
        }

        /**
         * Where the range comes from.
         *
         * @return seed article file names and literature keys (immutable)
         */
        public List<String> sources() {
            return sources;
        }

        /**
         * Value equality: the same concern, range (compared as {@link Double#compare} does), note
         * and sources.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal depth range
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof DepthAdvice d && concern == d.concern
                    && Double.compare(minMm, d.minMm) == 0 && Double.compare(maxMm, d.maxMm) == 0
                    && note.equals(d.note) && sources.equals(d.sources);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(concern, minMm, maxMm, note, sources);
        }

        /**
         * Counts only: the concern and the range are the client's.
         *
         * @return {@code DepthAdvice[n sources; values redacted]}
         */
        @Override
        public String toString() {
            return "DepthAdvice[" + sources.size() + " sources; values redacted]";
        }

        /** Builds a {@link DepthAdvice}; not thread-safe. */
        public static final class Builder {

            private Concern concern;
            private double minMm;
            private double maxMm;
            private String note;
            private List<String> sources = List.of();

            private Builder() {
            }

            /**
             * Sets the concern (required).
             *
             * @param concern the concern
             * @return this builder
             * @throws NullPointerException when {@code concern} is {@code null}
             */
            public DepthAdvice.Builder concern(Concern concern) {
                this.concern = Objects.requireNonNull(concern, "concern");
                return this;
            }

            /**
             * Sets the low end (0 unless set).
             *
             * @param minMm the low end in mm
             * @return this builder
             */
            public DepthAdvice.Builder minMm(double minMm) {
                this.minMm = minMm;
                return this;
            }

            /**
             * Sets the high end (0 unless set).
             *
             * @param maxMm the high end in mm, never above the area's maximum or, at home, the home limit
             * @return this builder
             */
            public DepthAdvice.Builder maxMm(double maxMm) {
                this.maxMm = maxMm;
                return this;
            }

            /**
             * Sets the note (required).
             *
             * @param note how the range was derived or limited, in plain language
             * @return this builder
             * @throws NullPointerException when {@code note} is {@code null}
             */
            public DepthAdvice.Builder note(String note) {
                this.note = Objects.requireNonNull(note, "note");
                return this;
            }

            /**
             * Sets the sources (empty unless set); the list is copied.
             *
             * @param sources where the range comes from
             * @return this builder
             * @throws NullPointerException when {@code sources} is {@code null}, or holds {@code null}
             */
            public DepthAdvice.Builder sources(List<String> sources) {
                this.sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
                return this;
            }

            /**
             * Builds the depth range.
             *
             * @return a new immutable depth range
             * @throws NullPointerException when the concern or the note was not set
             */
            public DepthAdvice build() {
                return new DepthAdvice(this);
            }
        }
    }
}
