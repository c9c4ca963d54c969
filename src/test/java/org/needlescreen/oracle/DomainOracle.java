package org.needlescreen.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.needlescreen.Decision;
import org.needlescreen.Policy;
import org.needlescreen.model.AcneSeverity;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.DiabetesStatus;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.IsotretinoinStatus;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * An independent, plain-Java reading of the screening specification (DOMAIN.md, version 2): what
 * the decision, the findings and the missing answers of a screening must be.
 *
 * <p>Written from the specification and the rule ids of the rule catalogue only, never from the
 * DRL: it shares no code with the engine or the rules, only the model types, the {@link Decision}
 * enum (as a name, with its own order below) and the policy values. Where the specification is
 * silent, it follows the design decisions recorded in the comments ("design:").
 */
public final class DomainOracle {

    /** The order of DOMAIN "Decisions", least restrictive first; the oracle does not rely on the enum's order. */
    private static final List<Decision> ORDER = List.of(Decision.SUITABLE, Decision.CAUTION,
            Decision.PROFESSIONAL_ONLY, Decision.REFER, Decision.INCOMPLETE, Decision.NOT_SUITABLE);

    /** Concerns that need the dermis (DOMAIN "Needle depth and setting"); the others are surface concerns. */
    static final Set<Concern> DERMAL = EnumSet.of(Concern.ACNE_SCARS, Concern.OTHER_SCARS,
            Concern.STRETCH_MARKS, Concern.WRINKLES, Concern.LOOSE_SKIN, Concern.HAIR_LOSS,
            Concern.HYPERPIGMENTATION);

    /** The procedure finding of each dated washout type (one finding per type). */
    private static final Map<ProcedureType, String> WASHOUT_RULE = new EnumMap<>(ProcedureType.class);

    static {
        WASHOUT_RULE.put(ProcedureType.CHEMICAL_PEEL, "PROCEDURE-WASHOUT");
        WASHOUT_RULE.put(ProcedureType.NEUROTOXIN, "PROCEDURE-WASHOUT");
        WASHOUT_RULE.put(ProcedureType.FILLER, "PROCEDURE-WASHOUT");
        WASHOUT_RULE.put(ProcedureType.LASER, "PROCEDURE-WASHOUT");
        WASHOUT_RULE.put(ProcedureType.MICRONEEDLING, "MICRONEEDLING-INTERVAL");
        WASHOUT_RULE.put(ProcedureType.WAXING_OR_DEPILATION, "PRE-CARE-WASHOUT");
        WASHOUT_RULE.put(ProcedureType.TOPICAL_RETINOID_OR_ACID, "PRE-CARE-WASHOUT");
        WASHOUT_RULE.put(ProcedureType.SUNTAN, "SUNTAN-WASHOUT");
    }

    private DomainOracle() {
    }

    /** One expected finding. */
    public record ExpectedFinding(String ruleId, Decision decision, LocalDate rescreenOn)
            implements Comparable<ExpectedFinding> {
        private static final Comparator<ExpectedFinding> ORDERING = Comparator
                .comparing(ExpectedFinding::ruleId)
                .thenComparing(ExpectedFinding::decision)
                .thenComparing(ExpectedFinding::rescreenOn, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(ExpectedFinding o) {
            return ORDERING.compare(this, o);
        }

        @Override
        public String toString() {
            return ruleId + "/" + decision + (rescreenOn == null ? "" : "@" + rescreenOn);
        }
    }

    /** One expected missing answer: the field, whether it is required, and the rule that asks. */
    public record ExpectedMissing(String field, boolean required, String ruleId)
            implements Comparable<ExpectedMissing> {
        private static final Comparator<ExpectedMissing> ORDERING = Comparator
                .comparing(ExpectedMissing::field)
                .thenComparing(ExpectedMissing::required)
                .thenComparing(ExpectedMissing::ruleId);

        @Override
        public int compareTo(ExpectedMissing o) {
            return ORDERING.compare(this, o);
        }

        @Override
        public String toString() {
            return field + (required ? "(required)" : "(optional)") + "<-" + ruleId;
        }
    }

    /**
     * What a screening must yield.
     *
     * @param decision   the overall decision
     * @param findings   the findings, a sorted multiset
     * @param missing    the missing answers, a sorted set
     * @param rescreenOn the result's re-screen date, or {@code null}
     */
    public record Expected(Decision decision, List<ExpectedFinding> findings, Set<ExpectedMissing> missing,
                           LocalDate rescreenOn) {
    }

    /** The expected screening of {@code p} (whose {@code screenedOn} must be set) under {@code policy}. */
    public static Expected expect(ClientProfile p, Policy policy) {
        Objects.requireNonNull(p.screenedOn(), "the oracle needs screenedOn");
        List<ExpectedFinding> findings = new ArrayList<>();
        Set<ExpectedMissing> missing = new TreeSet<>();
        LocalDate today = p.screenedOn();

        plan(p.treatment(), policy, findings, missing);
        skin(p, findings, missing);
        medical(p, policy, findings, missing);
        isotretinoin(p, policy, findings, missing);
        procedures(p, policy, findings, missing, today);
        optional(p, findings, missing);

        findings.sort(Comparator.naturalOrder());

        Decision decision = Decision.SUITABLE;
        for (ExpectedFinding f : findings) {
            decision = max(decision, f.decision());
        }
        if (missing.stream().anyMatch(ExpectedMissing::required)) {
            decision = max(decision, Decision.INCOMPLETE);
        }

        // "the result's re-screen date is the latest of them, and only when every NOT_SUITABLE reason is temporary"
        LocalDate rescreen = null;
        boolean allDated = true;
        boolean any = false;
        for (ExpectedFinding f : findings) {
            if (f.decision() == Decision.NOT_SUITABLE) {
                any = true;
                if (f.rescreenOn() == null) {
                    allDated = false;
                } else if (rescreen == null || f.rescreenOn().isAfter(rescreen)) {
                    rescreen = f.rescreenOn();
                }
            }
        }
        if (!any || !allDated) {
            rescreen = null;
        }
        return new Expected(decision, List.copyOf(findings), missing, rescreen);
    }

    static Decision max(Decision a, Decision b) {
        return ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;
    }

    static int rank(Decision d) {
        return ORDER.indexOf(d);
    }

    // --- Needle depth and setting -------------------------------------------------------------

    private static void plan(Treatment t, Policy policy, List<ExpectedFinding> findings, Set<ExpectedMissing> missing) {
        // "when no treatment is given, for microneedling at home": every plan field unspecified.
        Setting setting = t == null ? null : t.setting();
        Device device = t == null ? null : t.device();
        Double depth = t == null ? null : t.needleDepthMm();
        Area area = t == null ? null : t.area();
        Set<Concern> concerns = EnumSet.noneOf(Concern.class);
        if (t != null && t.concerns() != null) {
            concerns.addAll(t.concerns()); // duplicates count once
        }
        boolean home = setting != Setting.PROFESSIONAL; // "An unknown setting is screened as HOME."
        boolean professional = setting == Setting.PROFESSIONAL;

        // Plan fields are optional questions, never INCOMPLETE.
        if (setting == null) {
            missing.add(new ExpectedMissing("treatment.setting", false, "ASK-TREATMENT-SETTING"));
        }
        if (device == null) {
            missing.add(new ExpectedMissing("treatment.device", false, "ASK-TREATMENT-DEVICE"));
        }
        if (depth == null) {
            missing.add(new ExpectedMissing("treatment.needleDepthMm", false, "ASK-TREATMENT-NEEDLE-DEPTH"));
        }
        if (area == null) {
            missing.add(new ExpectedMissing("treatment.area", false, "ASK-TREATMENT-AREA"));
        }
        if (concerns.isEmpty()) { // "An empty concerns list is unspecified."
            missing.add(new ExpectedMissing("treatment.concerns", false, "ASK-TREATMENT-CONCERNS"));
        }

        if (home) {
            // "HOME (or setting unknown) with the device, the depth or the concerns unspecified,
            // including a profile with no treatment at all: CAUTION ... One finding"
            if (device == null || depth == null || concerns.isEmpty()) {
                findings.add(f("HOME-PLAN-UNSPECIFIED", Decision.CAUTION));
            }
            // "HOME with a deeper needle: PROFESSIONAL_ONLY"
            if (depth != null && depth > policy.homeMaxDepthMm()) {
                findings.add(f("HOME-DEPTH-LIMIT", Decision.PROFESSIONAL_ONLY));
            }
            // "HOME with a PEN (motorised): PROFESSIONAL_ONLY"
            if (device == Device.PEN) {
                findings.add(f("HOME-PEN", Decision.PROFESSIONAL_ONLY));
            }
            // "HOME with a concern that needs the dermis ...: PROFESSIONAL_ONLY"
            if (concerns.stream().anyMatch(DERMAL::contains)) {
                findings.add(f("HOME-DERMAL-CONCERN", Decision.PROFESSIONAL_ONLY));
            }
        }

        if (depth != null) {
            if (area != null) {
                // "Any setting: depth above the area's maximum is NOT_SUITABLE as requested"
                if (depth > policy.areaMaxDepthMm(area)) {
                    findings.add(f("AREA-MAX-DEPTH", Decision.NOT_SUITABLE));
                }
            } else {
                // "with the area unspecified, a depth above [the absolute maximum] is NOT_SUITABLE"
                if (depth > policy.absoluteMaxDepthMm()) {
                    findings.add(f("ABSOLUTE-MAX-DEPTH", Decision.NOT_SUITABLE));
                }
                // "Area unspecified and a depth above the smallest area maximum: CAUTION" (any setting)
                if (depth > policy.smallestAreaMaxDepthMm()) {
                    findings.add(f("AREA-UNSPECIFIED", Decision.CAUTION));
                }
            }
        }

        // "PERIORBITAL in any setting: CAUTION"
        if (area == Area.PERIORBITAL) {
            findings.add(f("PERIORBITAL", Decision.CAUTION));
        }

        // "PROFESSIONAL with a depth below a concern's effective range: CAUTION ...; where the area's
        // maximum lies below the range, ... the range cannot be reached". At HOME: no such caution.
        if (professional && depth != null) {
            double reach = area == null ? policy.absoluteMaxDepthMm() : policy.areaMaxDepthMm(area);
            for (Concern c : concerns) {
                double min = policy.concernMinDepthMm(c);
                if (depth < min) {
                    if (min <= reach) {
                        findings.add(f("DEPTH-BELOW-CONCERN-RANGE", Decision.CAUTION));
                    } else if (area != null) {
                        findings.add(f("CONCERN-RANGE-UNREACHABLE", Decision.CAUTION));
                    }
                }
            }
        }
    }

    // --- Skin ---------------------------------------------------------------------------------

    private static void skin(ClientProfile p, List<ExpectedFinding> findings, Set<ExpectedMissing> missing) {
        AcneSeverity acne = p.acne();
        if (acne == null) {
            missing.add(req("acne", "ASK-ACNE"));
        } else if (acne == AcneSeverity.MODERATE || acne == AcneSeverity.SEVERE) {
            findings.add(f("ACNE-ACTIVE", Decision.NOT_SUITABLE)); // "screen again once controlled": no date
        } else if (acne == AcneSeverity.MILD) {
            findings.add(f("ACNE-MILD", Decision.CAUTION));
        }
        answer(p.rosacea(), "rosacea", true, "ASK-ROSACEA", "ROSACEA", Decision.NOT_SUITABLE, findings, missing);
        answer(p.rashOrDermatitisInArea(), "rashOrDermatitisInArea", true, "ASK-RASH", "RASH",
                Decision.NOT_SUITABLE, findings, missing);
        answer(p.activeInfectionInArea(), "activeInfectionInArea", true, "ASK-INFECTION", "INFECTION",
                Decision.NOT_SUITABLE, findings, missing);
        answer(p.wartsOrMolluscumInArea(), "wartsOrMolluscumInArea", true, "ASK-WARTS-MOLLUSCUM",
                "WARTS-MOLLUSCUM", Decision.NOT_SUITABLE, findings, missing);
        answer(p.openWoundOrSunburnInArea(), "openWoundOrSunburnInArea", true, "ASK-WOUND-SUNBURN",
                "WOUND-SUNBURN", Decision.NOT_SUITABLE, findings, missing);
        answer(p.coldSoreHistory(), "coldSoreHistory", false, "ASK-HERPES-HISTORY", "HERPES-HISTORY",
                Decision.CAUTION, findings, missing);
        answer(p.keloidTendency(), "keloidTendency", true, "ASK-KELOID", "KELOID", Decision.REFER, findings,
                missing);
        answer(p.koebnerisingDisease(), "koebnerisingDisease", true, "ASK-KOEBNER", "KOEBNER", Decision.REFER,
                findings, missing);
        answer(p.skinCancerOrSuspiciousLesionInArea(), "skinCancerOrSuspiciousLesionInArea", true, "ASK-LESION",
                "LESION", Decision.REFER, findings, missing);
        answer(p.permanentFillerOrThreadsInArea(), "permanentFillerOrThreadsInArea", true,
                "ASK-PERMANENT-FILLER-THREADS", "PERMANENT-FILLER-THREADS", Decision.REFER, findings, missing);
        answer(p.tattooOrPermanentMakeupInArea(), "tattooOrPermanentMakeupInArea", false, "ASK-TATTOO", "TATTOO",
                Decision.CAUTION, findings, missing);
    }

    // --- Medical ------------------------------------------------------------------------------

    private static void medical(ClientProfile p, Policy policy, List<ExpectedFinding> findings,
                                Set<ExpectedMissing> missing) {
        answer(p.bleedingDisorder(), "bleedingDisorder", true, "ASK-BLEEDING-DISORDER", "BLEEDING-DISORDER",
                Decision.NOT_SUITABLE, findings, missing);
        answer(p.anticoagulants(), "anticoagulants", true, "ASK-ANTICOAGULANTS", "ANTICOAGULANTS",
                Decision.REFER, findings, missing);
        answer(p.bloodThinningNsaidsOrSupplements(), "bloodThinningNsaidsOrSupplements", false,
                "ASK-NSAIDS-SUPPLEMENTS", "NSAIDS-SUPPLEMENTS", Decision.CAUTION, findings, missing);
        answer(p.photosensitisingMedication(), "photosensitisingMedication", false,
                "ASK-PHOTOSENSITISING-MEDICATION", "PHOTOSENSITISING-MEDICATION", Decision.CAUTION, findings,
                missing);
        answer(p.immunosuppressed(), "immunosuppressed", true, "ASK-IMMUNOSUPPRESSED", "IMMUNOSUPPRESSED",
                Decision.REFER, findings, missing);
        answer(p.pregnantOrBreastfeeding(), "pregnantOrBreastfeeding", true, "ASK-PREGNANCY", "PREGNANCY",
                Decision.NOT_SUITABLE, findings, missing);
        answer(p.metalOrAnaestheticAllergy(), "metalOrAnaestheticAllergy", true, "ASK-ALLERGY-METAL-ANAESTHETIC",
                "ALLERGY-METAL-ANAESTHETIC", Decision.REFER, findings, missing);
        answer(p.autoimmuneOrCollagenDisease(), "autoimmuneOrCollagenDisease", true, "ASK-AUTOIMMUNE",
                "AUTOIMMUNE", Decision.REFER, findings, missing);

        DiabetesStatus diabetes = p.diabetes();
        if (diabetes == null) {
            missing.add(req("diabetes", "ASK-DIABETES"));
        } else if (diabetes == DiabetesStatus.UNCONTROLLED) {
            findings.add(f("DIABETES-UNCONTROLLED", Decision.REFER));
        } else if (diabetes == DiabetesStatus.CONTROLLED) {
            findings.add(f("DIABETES-CONTROLLED", Decision.CAUTION));
        }

        // "under 18 REFER; 18 to 21 inclusive: CAUTION (authorised uses are for age 22 and over)"
        Integer age = p.age();
        if (age == null) {
            missing.add(req("age", "ASK-AGE"));
        } else if (age < policy.adultAge()) {
            findings.add(f("AGE-MINOR", Decision.REFER));
        } else if (age < policy.authorisedAge()) {
            findings.add(f("AGE-YOUNG-ADULT", Decision.CAUTION));
        }
    }

    // --- Isotretinoin -------------------------------------------------------------------------

    private static void isotretinoin(ClientProfile p, Policy policy, List<ExpectedFinding> findings,
                                     Set<ExpectedMissing> missing) {
        Isotretinoin iso = p.isotretinoin();
        IsotretinoinStatus status = iso == null ? null : iso.status();
        if (status == null) {
            missing.add(req("isotretinoin.status", "ASK-ISOTRETINOIN"));
            return;
        }
        switch (status) {
            case NEVER -> { }
            case CURRENT -> findings.add(f("ISOTRETINOIN-CURRENT", Decision.NOT_SUITABLE));
            case STOPPED -> {
                LocalDate lastDose = iso.lastDose();
                if (lastDose == null) {
                    // "STOPPED without lastDose leaves the timing unknown, which is INCOMPLETE (ask when)"
                    missing.add(req("isotretinoin.lastDose", "ASK-ISOTRETINOIN-LAST-DOSE"));
                    return;
                }
                // calendar months; applies while screenedOn < lastDose + 6 months
                LocalDate end = lastDose.plusMonths(policy.isotretinoinWashoutMonths());
                if (p.screenedOn().isBefore(end)) {
                    if (isHomeOrUnknown(p.treatment())) {
                        findings.add(new ExpectedFinding("ISOTRETINOIN-WASHOUT-HOME", Decision.NOT_SUITABLE, end));
                    } else {
                        findings.add(f("ISOTRETINOIN-WASHOUT-PROFESSIONAL", Decision.REFER));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown status " + status);
        }
    }

    // --- Procedures ---------------------------------------------------------------------------

    private static void procedures(ClientProfile p, Policy policy, List<ExpectedFinding> findings,
                                   Set<ExpectedMissing> missing, LocalDate today) {
        List<RecentProcedure> list = p.recentProcedures();
        if (list == null) {
            missing.add(req("recentProcedures", "ASK-RECENT-PROCEDURES")); // absent is unknown and required
            return;
        }
        Map<ProcedureType, LocalDate> latest = new EnumMap<>(ProcedureType.class);
        Set<ProcedureType> undated = EnumSet.noneOf(ProcedureType.class);
        Set<ProcedureType> present = EnumSet.noneOf(ProcedureType.class);
        for (RecentProcedure r : list) {
            present.add(r.type());
            if (r.date() == null) {
                undated.add(r.type());
            } else {
                latest.merge(r.type(), r.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        // The date is required for every type but RADIOTHERAPY (which refers whatever its date).
        if (undated.stream().anyMatch(t -> t != ProcedureType.RADIOTHERAPY)) {
            missing.add(req("recentProcedures.date", "ASK-PROCEDURE-DATE"));
        }
        for (ProcedureType type : present) {
            LocalDate date = latest.get(type);
            if (type == ProcedureType.RADIOTHERAPY) {
                findings.add(f("PROCEDURE-RADIOTHERAPY", Decision.REFER)); // "at any time", no date
            } else if (type == ProcedureType.SURGERY) {
                if (date != null && today.isBefore(date.plusMonths(policy.referralMonths(ProcedureType.SURGERY)))) {
                    findings.add(f("PROCEDURE-SURGERY", Decision.REFER)); // REFER carries no date
                }
            } else {
                String rule = WASHOUT_RULE.get(type);
                if (rule == null) {
                    throw new IllegalStateException("no washout rule known for " + type);
                }
                if (date != null) {
                    LocalDate end = date.plusDays(policy.washoutDays(type));
                    if (today.isBefore(end)) {
                        // "When a type has an undated entry beside dated ones, its washout finding
                        // (if any) carries no re-screen date."
                        findings.add(new ExpectedFinding(rule, Decision.NOT_SUITABLE,
                                undated.contains(type) ? null : end));
                    }
                }
            }
        }
    }

    // --- Optional answers and phototype -------------------------------------------------------

    private static void optional(ClientProfile p, List<ExpectedFinding> findings, Set<ExpectedMissing> missing) {
        FitzpatrickType type = p.fitzpatrickType();
        if (type == null) {
            missing.add(new ExpectedMissing("fitzpatrickType", false, "ASK-PHOTOTYPE"));
        }
        Answer hyper = p.hyperpigmentationHistory();
        if (hyper == null || hyper == Answer.UNKNOWN) {
            missing.add(new ExpectedMissing("hyperpigmentationHistory", false, "ASK-HYPERPIGMENTATION-HISTORY"));
        }
        boolean darker = type == FitzpatrickType.IV || type == FitzpatrickType.V || type == FitzpatrickType.VI;
        if (darker || hyper == Answer.YES) {
            findings.add(f("PIH-RISK", Decision.CAUTION)); // one finding
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static boolean isHomeOrUnknown(Treatment t) {
        return t == null || t.setting() != Setting.PROFESSIONAL;
    }

    /** A tri-state answer: YES fires the rule, unknown asks (required or optional), NO does nothing. */
    private static void answer(Answer a, String field, boolean required, String askRule, String rule,
                               Decision decision, List<ExpectedFinding> findings, Set<ExpectedMissing> missing) {
        if (a == null || a == Answer.UNKNOWN) {
            missing.add(new ExpectedMissing(field, required, askRule));
        } else if (a == Answer.YES) {
            findings.add(f(rule, decision));
        }
    }

    private static ExpectedFinding f(String ruleId, Decision decision) {
        return new ExpectedFinding(ruleId, decision, null);
    }

    private static ExpectedMissing req(String field, String ruleId) {
        return new ExpectedMissing(field, true, ruleId);
    }
}
