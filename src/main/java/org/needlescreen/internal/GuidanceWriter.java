package org.needlescreen.internal;

import java.util.ArrayList;
import java.util.List;

import org.needlescreen.Guidance;
import org.needlescreen.Guidance.Advice;
import org.needlescreen.Guidance.DepthAdvice;
import org.needlescreen.Policy;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * Writes the guidance every result carries (DOMAIN.md "Guidance in every result"). Depth ranges
 * come from the policy: a concern's professional range, cut to the area's maximum; at home, the
 * home limit for surface concerns. It reads only the treatment plan and the allergy answer (the
 * screener caches guidance by those two): reading anything else from the profile needs the cache key
 * in {@code Screener} widened.
 */
public final class GuidanceWriter {

    static final String S000 = "000_4fd2ded51f8b7b9e.txt";
    static final String S001 = "001_6c91cca23d8e2b1d.txt";
    static final String S002 = "002_1c828304fc93b429.txt";
    static final String S003 = "003_2814ce3b0d65104f.txt";
    static final String S004 = "004_d9a7e202e64e4274.txt";

    private static final Advice COURSE = Advice.of("Start with 3 sessions about a month apart; 4 to 6 sessions"
            + " in all.", List.of(S003, S004, "Harris"));
    private static final Advice RESULTS = Advice.of("The best results show 4 to 6 weeks after the course is"
            + " completed.", List.of(S003));
    private static final Advice SESSION = Advice.of("A session takes about 10 to 30 minutes.", List.of(S003, S004));
    private static final Advice SEE_DERMATOLOGIST = Advice.of("This screening is an aid, not a diagnosis: when in"
            + " doubt, see a dermatologist before microneedling.", List.of(S000, S004));
    private static final Advice ANTISEPTIC = Advice.of("Cleanse the skin with an antiseptic before needling.",
            List.of(S001));
    private static final Advice STERILE = Advice.of("A professional treatment uses sterile, single-use needles.",
            List.of(S004));
    private static final Advice NUMBING = Advice.of("At professional depths a numbing cream is applied beforehand.",
            List.of(S001, S004));
    private static final Advice NUMBING_ALLERGY = Advice.of("A metal or anaesthetic allergy was reported: no"
            + " numbing cream without the clinician, who chooses the anaesthetic and the needles.", List.of("SkinPen"));
    private static final Advice NUMBING_ASK = Advice.of("Before a numbing cream is applied, the clinician asks"
            + " about allergies to anaesthetics and metals.", List.of("SkinPen"));
    private static final Advice REDNESS_HOME = Advice.of("At the home depth, expect redness for a few hours to a"
            + " day.", List.of(S001));
    private static final Advice REDNESS_PROFESSIONAL = Advice.of("At professional depths, expect redness and"
            + " swelling for a few days; the skin heals over days to weeks.", List.of(S004));
    private static final Advice SUN_MOISTURISER = Advice.of("For 7 to 10 days: sun protection (SPF 50+) and a"
            + " plain hyaluronic-acid moisturiser; no actives (acids, retinoids, exfoliants) until the skin has"
            + " closed.", List.of("Minutilli"));
    private static final Advice PRODUCTS = Advice.of("Never needle a product into the skin. Source 001 describes"
            + " serums used generously during needling, 004 a serum applied afterwards and 002 a vitamin C serum"
            + " after every session, but products needled into the skin are linked to granulomas: apply vitamin C"
            + " and other serums only once the skin has closed.", List.of(S001, S002, S004, "Granuloma"));
    private static final Advice HOME_DISINFECT = Advice.of("Disinfect the roller in 70% isopropyl alcohol before"
            + " and after each use. This disinfects but does not sterilise: home devices cannot be sterilised"
            + " reliably.", List.of(S004, "Alster"));
    private static final Advice HOME_CARE = Advice.of("Never share the roller, replace it when the needles dull,"
            + " and do not use it on irritated skin.", List.of("Alster"));
    private static final Advice HOME_OVERUSE = Advice.of("Do not overuse it: stop if the skin shows broken"
            + " capillaries.", List.of(S003));

    private GuidanceWriter() {
    }

    /**
     * The guidance for a profile's treatment plan: a depth range per requested concern,
     * preparation (with the numbing-cream advice tailored to the allergy answer outside a home
     * setting), aftercare, and home-device care unless the setting is professional.
     *
     * @param profile the profile; only its treatment and {@code metalOrAnaestheticAllergy} are read
     * @param policy  the thresholds the depth ranges come from
     * @return the guidance, never {@code null}
     */
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
        List<Advice> preparation = new ArrayList<>(4);
        preparation.add(ANTISEPTIC);
        if (setting != Setting.HOME) {
            preparation.add(STERILE);
            Answer allergy = profile.metalOrAnaestheticAllergy();
            preparation.add(allergy == Answer.YES ? NUMBING_ALLERGY : allergy == Answer.NO ? NUMBING : NUMBING_ASK);
        }
        Double depth = t == null ? null : t.needleDepthMm();
        boolean professionalDepth = depth != null ? depth > policy.homeMaxDepthMm() : setting == Setting.PROFESSIONAL;
        List<Advice> aftercare = List.of(professionalDepth ? REDNESS_PROFESSIONAL : REDNESS_HOME, SUN_MOISTURISER,
                PRODUCTS);
        List<Advice> homeCare = setting != Setting.PROFESSIONAL ? List.of(HOME_DISINFECT, HOME_CARE, HOME_OVERUSE)
                : List.of();
        return Guidance.builder().depths(depths).course(List.of(COURSE, RESULTS)).sessionLength(SESSION)
                .preparation(preparation).aftercare(aftercare).homeCare(homeCare).seeDermatologist(SEE_DERMATOLOGIST)
                .build();
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
            return depthAdvice(c, Math.min(min, home), home,
                    "home use: at most the home limit of " + fmt(policy.homeMaxDepthMm())
                            + " mm; home pins work on the surface only", List.of(S003, S004, "Alster"));
        }
        String prefix = setting == Setting.HOME
                ? "needs a professional setting (home pins do not reach the dermis); professional range"
                : "professional range";
        if (min > areaMax) {
            return depthAdvice(c, areaMax, areaMax, prefix + " " + fmt(min) + "-" + fmt(max) + " mm lies above "
                    + areaText + " of " + fmt(areaMax) + " mm: expect a limited effect", sources);
        }
        if (max > areaMax) {
            return depthAdvice(c, min, areaMax, prefix + " " + fmt(min) + "-" + fmt(max) + " mm, capped at "
                    + areaText + " of " + fmt(areaMax) + " mm", sources);
        }
        return depthAdvice(c, min, max, prefix + " " + fmt(min) + "-" + fmt(max) + " mm", sources);
    }

    private static DepthAdvice depthAdvice(Concern c, double min, double max, String note, List<String> sources) {
        return DepthAdvice.builder().concern(c).minMm(min).maxMm(max).note(note).sources(sources).build();
    }

    /**
     * Formats millimetres without a trailing ".0".
     *
     * @param v the length in mm
     * @return e.g. {@code "1"} for 1.0, {@code "0.25"} for 0.25; without the unit
     */
    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
