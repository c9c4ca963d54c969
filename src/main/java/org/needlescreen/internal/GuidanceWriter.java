package org.needlescreen.internal;

import java.util.ArrayList;
import java.util.List;

import org.needlescreen.Guidance;
import org.needlescreen.Guidance.Advice;
import org.needlescreen.Guidance.DepthAdvice;
import org.needlescreen.Policy;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * Writes the guidance every result carries (DOMAIN.md "Guidance in every result"). Depth ranges
 * come from the policy: a concern's professional range, cut to the area's maximum; at home, the
 * home limit for surface concerns.
 */
public final class GuidanceWriter {

    static final String S000 = "000_4fd2ded51f8b7b9e.txt";
    static final String S001 = "001_6c91cca23d8e2b1d.txt";
    static final String S002 = "002_1c828304fc93b429.txt";
    static final String S003 = "003_2814ce3b0d65104f.txt";
    static final String S004 = "004_d9a7e202e64e4274.txt";

    private static final Advice COURSE = new Advice("Start with 3 sessions about a month apart; 4 to 6 sessions"
            + " in all. Results show 4 to 6 weeks after a session and are judged at 3 months.",
            List.of(S003, S004, "Harris", "Minutilli"));
    private static final Advice SESSION = new Advice("A session takes about 10 to 30 minutes.", List.of(S003, S004));
    private static final Advice SEE_DERMATOLOGIST = new Advice("This screening is an aid, not a diagnosis: when in"
            + " doubt, see a dermatologist before microneedling.", List.of(S000, S004));

    private GuidanceWriter() {
    }

    public static Guidance write(ClientProfile profile, Policy policy) {
        Treatment t = profile.treatment();
        Setting setting = t == null ? null : t.setting();
        Area area = t == null ? null : t.area();
        List<DepthAdvice> depths = new ArrayList<>();
        if (t != null) {
            for (Concern c : t.concerns()) {
                depths.add(depth(c, setting, area, policy));
            }
        }
        List<Advice> preparation = new ArrayList<>();
        preparation.add(new Advice("Cleanse the skin with an antiseptic before needling.", List.of(S001, S004)));
        if (setting != Setting.HOME) {
            preparation.add(new Advice("At professional depths a numbing cream is applied beforehand.", List.of(S001, S004)));
        }
        List<Advice> aftercare = List.of(
                new Advice("Expect redness for a few hours to a day.", List.of(S001)),
                new Advice("For 7 to 10 days: sun protection (SPF 50+) and a plain hyaluronic-acid moisturiser.",
                        List.of("Minutilli")),
                new Advice("No actives (acids, retinoids, exfoliants) for 3 to 7 days.", List.of("Minutilli")),
                new Advice("Never needle a product into the skin. Source 002 advises a vitamin C serum after every"
                        + " session, but serums needled in are linked to granulomas: apply vitamin C only once the"
                        + " skin has closed.", List.of(S002, "Granuloma")));
        List<Advice> homeCare = new ArrayList<>();
        if (setting != Setting.PROFESSIONAL) {
            homeCare.add(new Advice("Clean the roller in 70% isopropyl alcohol before and after use; never share it;"
                    + " replace it when the needles dull.", List.of(S004, "Alster")));
            homeCare.add(new Advice("At most 2 to 3 times a week at 0.25 mm or less; stop if the skin shows broken"
                    + " capillaries.", List.of(S003, "Alster")));
        }
        return new Guidance(depths, COURSE, SESSION, preparation, aftercare, homeCare, SEE_DERMATOLOGIST);
    }

    static DepthAdvice depth(Concern c, Setting setting, Area area, Policy policy) {
        double min = policy.concernMinDepthMm(c);
        double max = policy.concernMaxDepthMm(c);
        List<String> sources = switch (c) {
            case ACNE_SCARS -> List.of("Harris", S004);
            case HAIR_LOSS -> List.of("English", S004);
            default -> List.of(S004);
        };
        double areaMax = area == null ? policy.absoluteMaxDepthMm() : policy.areaMaxDepthMm(area);
        String areaText = area == null ? "the absolute maximum" : "the " + area + " maximum";
        if (setting == Setting.HOME && !c.needsDermis()) {
            double home = Math.min(policy.homeMaxDepthMm(), areaMax);
            return new DepthAdvice(c, Math.min(min, home), home,
                    "home use: at most the home limit of " + fmt(policy.homeMaxDepthMm())
                            + " mm; home pins work on the surface only", List.of(S003, S004, "Alster"));
        }
        String prefix = setting == Setting.HOME
                ? "needs a professional setting (home pins do not reach the dermis); professional range"
                : "professional range";
        if (min > areaMax) {
            return new DepthAdvice(c, areaMax, areaMax, prefix + " " + fmt(min) + "-" + fmt(max) + " mm lies above "
                    + areaText + " of " + fmt(areaMax) + " mm: expect a limited effect", sources);
        }
        if (max > areaMax) {
            return new DepthAdvice(c, min, areaMax, prefix + " " + fmt(min) + "-" + fmt(max) + " mm, capped at "
                    + areaText + " of " + fmt(areaMax) + " mm", sources);
        }
        return new DepthAdvice(c, min, max, prefix + " " + fmt(min) + "-" + fmt(max) + " mm", sources);
    }

    /** Formats millimetres without a trailing ".0". */
    public static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
