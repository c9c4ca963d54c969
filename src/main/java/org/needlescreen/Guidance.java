package org.needlescreen;

import java.util.List;
import java.util.Objects;

import org.needlescreen.model.Concern;

/**
 * Treatment guidance given with every result, whatever the decision: the depth range for each
 * concern in the requested area and setting, the course, session length, preparation, aftercare
 * and, for home use, device hygiene. Each piece names its sources.
 *
 * @param depths        one entry per requested concern (empty when no concern was given)
 * @param course        how many sessions, how far apart, when results show (one line per source claim)
 * @param sessionLength how long a session takes
 * @param preparation   before a session
 * @param aftercare     after a session, including the vitamin C caution
 * @param homeCare      home-device hygiene and overuse; empty for a professional setting
 * @param seeDermatologist the reminder that screening is not a diagnosis
 */
public record Guidance(List<DepthAdvice> depths, List<Advice> course, Advice sessionLength,
                       List<Advice> preparation, List<Advice> aftercare, List<Advice> homeCare,
                       Advice seeDermatologist) {

    /**
     * Checks the single pieces of advice and copies the lists.
     *
     * @param depths        one entry per requested concern (empty when no concern was given)
     * @param course        how many sessions, how far apart, when results show (one line per source claim)
     * @param sessionLength how long a session takes
     * @param preparation   before a session
     * @param aftercare     after a session, including the vitamin C caution
     * @param homeCare      home-device hygiene and overuse; empty for a professional setting
     * @param seeDermatologist the reminder that screening is not a diagnosis
     * @throws NullPointerException when any component, or an element of a list, is {@code null}
     */
    public Guidance {
        depths = List.copyOf(depths);
        course = List.copyOf(course);
        Objects.requireNonNull(sessionLength, "sessionLength");
        preparation = List.copyOf(preparation);
        aftercare = List.copyOf(aftercare);
        homeCare = List.copyOf(homeCare);
        Objects.requireNonNull(seeDermatologist, "seeDermatologist");
    }

    /** Counts only: the advice is tailored to the client's plan and answers. */
    @Override
    public String toString() {
        return "Guidance[" + depths.size() + " depths, " + course.size() + " course, " + preparation.size()
                + " preparation, " + aftercare.size() + " aftercare, " + homeCare.size() + " home care; values redacted]";
    }

    /**
     * A piece of advice and its sources.
     *
     * @param text    the advice in plain language
     * @param sources seed article file names and literature keys
     */
    public record Advice(String text, List<String> sources) {
        /**
         * Checks the text and copies {@code sources}.
         *
         * @param text    the advice in plain language
         * @param sources seed article file names and literature keys
         * @throws NullPointerException when {@code text}, {@code sources} or a source is {@code null}
         */
        public Advice {
            Objects.requireNonNull(text, "text");
            sources = List.copyOf(sources);
        }

        /** Counts only: the text may be worded from the client's answers. */
        @Override
        public String toString() {
            return "Advice[" + sources.size() + " sources; text redacted]";
        }
    }

    /**
     * The recommended needle depth for one concern.
     *
     * @param concern the concern
     * @param minMm   the low end in mm
     * @param maxMm   the high end in mm, never above the area's maximum or, at home, the home limit
     * @param note    how the range was derived or limited, in plain language
     * @param sources where the range comes from
     */
    public record DepthAdvice(Concern concern, double minMm, double maxMm, String note, List<String> sources) {
        /**
         * Checks the concern and the note and copies {@code sources}.
         *
         * @param concern the concern
         * @param minMm   the low end in mm
         * @param maxMm   the high end in mm, never above the area's maximum or, at home, the home limit
         * @param note    how the range was derived or limited, in plain language
         * @param sources where the range comes from
         * @throws NullPointerException when {@code concern}, {@code note}, {@code sources} or a
         *                              source is {@code null}
         */
        public DepthAdvice {
            Objects.requireNonNull(concern, "concern");
            Objects.requireNonNull(note, "note");
            sources = List.copyOf(sources);
        }

        /** Counts only: the concern and the range are the client's. */
        @Override
        public String toString() {
            return "DepthAdvice[" + sources.size() + " sources; values redacted]";
        }
    }
}
