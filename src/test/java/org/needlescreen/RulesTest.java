package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.TODAY;
import static org.needlescreen.Screens.clean;
import static org.needlescreen.Screens.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.needlescreen.model.Answer;
import org.needlescreen.model.Area;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.Device;
import org.needlescreen.model.FitzpatrickType;
import org.needlescreen.model.Isotretinoin;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.Setting;
import org.needlescreen.model.Treatment;

/**
 * Rule behaviour best shown in Java: boundaries computed from the screening date, every area and
 * concern, message contents. The one-case-per-file examples of every rule are the scenario files
 * under src/test/resources/scenarios, where the rule-coverage check also lives.
 */
class RulesTest {

    static Finding only(ScreeningResult r, String ruleId) {
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals(ruleId)).toList();
        assertEquals(1, f.size(), () -> ruleId + " should yield exactly one finding, findings: " + r.findings());
        return f.get(0);
    }

    static void assertFires(ScreeningResult r, String ruleId, Decision decision) {
        Finding f = only(r, ruleId);
        assertEquals(decision, f.decision(), ruleId + " decision");
        assertFalse(f.message().isBlank());
        assertFalse(f.sources().isEmpty(), ruleId + " must cite sources");
        assertEquals(decision, r.decision(), () -> "overall decision with only " + ruleId + ": " + r.findings());
    }

    static void assertSilent(ScreeningResult r) {
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(), r.missingAnswers());
        assertEquals(Decision.SUITABLE, r.decision());
    }

    /** A treatment request; TEXTURE (reachable at any depth used here) when no concern is given. */
    static Treatment.Builder treatment(Setting setting, double depth, Area area, Concern... concerns) {
        return Treatment.builder().setting(setting).device(Device.ROLLER).needleDepthMm(depth).area(area)
                .concerns(concerns.length == 0 ? new Concern[] {Concern.TEXTURE} : concerns);
    }

    @Test
    void cleanProfileIsSuitable() {
        ScreeningResult r = screen(clean().build());
        assertSilent(r);
        assertEquals(TODAY, r.screenedOn());
    }

    @Nested
    class YesNoAnswers {
        static Stream<Arguments> rules() {
            return Stream.of(
                    rule("ROSACEA", Decision.NOT_SUITABLE, ClientProfile.Builder::rosacea),
                    rule("RASH", Decision.NOT_SUITABLE, ClientProfile.Builder::rashOrDermatitisInArea),
                    rule("INFECTION", Decision.NOT_SUITABLE, ClientProfile.Builder::activeInfectionInArea),
                    rule("WOUND-SUNBURN", Decision.NOT_SUITABLE, ClientProfile.Builder::openWoundOrSunburnInArea),
                    rule("HERPES-HISTORY", Decision.CAUTION, ClientProfile.Builder::coldSoreHistory),
                    rule("KELOID", Decision.REFER, ClientProfile.Builder::keloidTendency),
                    rule("LESION", Decision.REFER, ClientProfile.Builder::skinCancerOrSuspiciousLesionInArea),
                    rule("BLEEDING-DISORDER", Decision.NOT_SUITABLE, ClientProfile.Builder::bleedingDisorder),
                    rule("ANTICOAGULANTS", Decision.REFER, ClientProfile.Builder::anticoagulants),
                    rule("IMMUNOSUPPRESSED", Decision.REFER, ClientProfile.Builder::immunosuppressed),
                    rule("PREGNANCY", Decision.NOT_SUITABLE, ClientProfile.Builder::pregnantOrBreastfeeding),
                    rule("ALLERGY-METAL-ANAESTHETIC", Decision.REFER, ClientProfile.Builder::metalOrAnaestheticAllergy),
                    rule("AUTOIMMUNE", Decision.REFER, ClientProfile.Builder::autoimmuneOrCollagenDisease),
                    rule("PIH-RISK", Decision.CAUTION, ClientProfile.Builder::hyperpigmentationHistory));
        }

        static Arguments rule(String id, Decision d, BiFunction<ClientProfile.Builder, Answer, ClientProfile.Builder> set) {
            return Arguments.of(id, d, set);
        }

        @ParameterizedTest(name = "{0} fires on YES with {1}, one finding with a message and sources")
        @MethodSource("rules")
        void firesOnYes(String ruleId, Decision decision, BiFunction<ClientProfile.Builder, Answer, ClientProfile.Builder> set) {
            assertFires(screen(set.apply(clean(), Answer.YES).build()), ruleId, decision);
        }

        @ParameterizedTest(name = "{0} does not read UNKNOWN as YES or NO")
        @MethodSource("rules")
        void unknownIsAQuestionNotAFinding(String ruleId, Decision decision,
                                           BiFunction<ClientProfile.Builder, Answer, ClientProfile.Builder> set) {
            ScreeningResult r = screen(set.apply(clean(), Answer.UNKNOWN).build());
            assertEquals(List.of(), r.findings());
            assertEquals(1, r.missingAnswers().size(), r.missingAnswers()::toString);
        }
    }

    @Nested
    class Age {
        @ParameterizedTest
        @CsvSource({"0", "12", "17"})
        void underEighteenIsRefer(int age) {
            assertFires(screen(clean().age(age).build()), "AGE-MINOR", Decision.REFER);
        }

        @ParameterizedTest
        @CsvSource({"18", "20", "21"})
        void eighteenToTwentyOneIsCaution(int age) {
            assertFires(screen(clean().age(age).build()), "AGE-YOUNG-ADULT", Decision.CAUTION);
        }

        @ParameterizedTest
        @CsvSource({"22", "50", "120"})
        void twentyTwoAndOverIsSilent(int age) {
            assertSilent(screen(clean().age(age).build()));
        }
    }

    @Nested
    class IsotretinoinUse {
        @Test
        void currentIsNotSuitable() {
            assertFires(screen(clean().isotretinoin(Isotretinoin.current()).build()), "ISOTRETINOIN-CURRENT",
                    Decision.NOT_SUITABLE);
        }

        @Test
        void stoppedWithinSixMonthsAtHomeIsNotSuitableUntilTheWashoutEnds() {
            LocalDate lastDose = TODAY.minusMonths(6).plusDays(1);
            ScreeningResult r = screen(clean().isotretinoin(Isotretinoin.stopped(lastDose))
                    .treatment(treatment(Setting.HOME, 0.25, Area.CHEEKS).build()).build());
            assertFires(r, "ISOTRETINOIN-WASHOUT-HOME", Decision.NOT_SUITABLE);
            assertEquals(lastDose.plusMonths(6), only(r, "ISOTRETINOIN-WASHOUT-HOME").rescreenOn());
            assertEquals(lastDose.plusMonths(6), r.rescreenOn().orElseThrow());
        }

        @Test
        void stoppedWithinSixMonthsWithoutATreatmentIsScreenedAsHome() {
            ScreeningResult r = screen(clean().isotretinoin(Isotretinoin.stopped(TODAY.minusMonths(1))).build());
            assertFires(r, "ISOTRETINOIN-WASHOUT-HOME", Decision.NOT_SUITABLE);
        }

        @Test
        void stoppedWithinSixMonthsProfessionallyIsRefer() {
            LocalDate lastDose = TODAY.minusMonths(2);
            ScreeningResult r = screen(clean().isotretinoin(Isotretinoin.stopped(lastDose))
                    .treatment(treatment(Setting.PROFESSIONAL, 0.5, Area.CHEEKS).build()).build());
            assertFires(r, "ISOTRETINOIN-WASHOUT-PROFESSIONAL", Decision.REFER);
            // A referral does not expire: REFER findings carry no re-screen date.
            assertNull(only(r, "ISOTRETINOIN-WASHOUT-PROFESSIONAL").rescreenOn());
        }

        @Test
        void washoutEndsOnLastDosePlusSixMonths() {
            LocalDate lastDose = TODAY.minusMonths(6);
            assertSilent(screen(clean().isotretinoin(Isotretinoin.stopped(lastDose)).build()));
        }

        @Test
        void washoutCountsCalendarMonths() {
            // 31 May + 6 months = 30 November: the 29th is still inside, the 30th is out.
            LocalDate lastDose = LocalDate.of(2026, 5, 31);
            ClientProfile.Builder b = clean().isotretinoin(Isotretinoin.stopped(lastDose));
            ScreeningResult inside = screen(b.screenedOn(LocalDate.of(2026, 11, 29)).build());
            assertEquals(LocalDate.of(2026, 11, 30), only(inside, "ISOTRETINOIN-WASHOUT-HOME").rescreenOn());
            assertSilent(screen(b.screenedOn(LocalDate.of(2026, 11, 30)).build()));
        }

        @Test
        void stoppedWithoutALastDoseIsIncomplete() {
            ScreeningResult r = screen(clean().isotretinoin(Isotretinoin.stopped(null)).build());
            assertEquals(Decision.INCOMPLETE, r.decision());
            assertEquals(List.of("isotretinoin.lastDose"), r.missingAnswers().stream().map(MissingAnswer::field).toList());
            assertTrue(r.missingAnswers().get(0).required());
        }

        @Test
        void neverIsSilent() {
            assertSilent(screen(clean().isotretinoin(Isotretinoin.never()).build()));
        }
    }

    @Nested
    class Phototype {
        @ParameterizedTest
        @EnumSource(value = FitzpatrickType.class, names = {"IV", "V", "VI"})
        void darkerTypesAreCaution(FitzpatrickType type) {
            assertFires(screen(clean().fitzpatrickType(type).build()), "PIH-RISK", Decision.CAUTION);
        }

        @ParameterizedTest
        @EnumSource(value = FitzpatrickType.class, names = {"I", "II", "III"})
        void lighterTypesAreSilent(FitzpatrickType type) {
            assertSilent(screen(clean().fitzpatrickType(type).build()));
        }

        @Test
        void hyperpigmentationConcernIsACautionWithAPatchTestProfessionally() {
            ScreeningResult r = screen(clean().fitzpatrickType(FitzpatrickType.V)
                    .treatment(treatment(Setting.PROFESSIONAL, 1.0, Area.CHEEKS, Concern.HYPERPIGMENTATION).build()).build());
            assertTrue(only(r, "PIH-RISK").message().contains("Test a small patch first"));
            assertEquals(Decision.CAUTION, r.decision());
            ScreeningResult home = screen(clean().fitzpatrickType(FitzpatrickType.V)
                    .treatment(treatment(Setting.HOME, 0.25, Area.CHEEKS, Concern.HYPERPIGMENTATION).build()).build());
            assertEquals(Decision.PROFESSIONAL_ONLY, only(home, "HOME-DERMAL-CONCERN").decision());
            assertFalse(only(home, "PIH-RISK").message().contains("patch"));
        }

        @Test
        void hyperpigmentationConcernWithoutRiskIsSilent() {
            assertSilent(screen(clean().fitzpatrickType(FitzpatrickType.II)
                    .treatment(treatment(Setting.PROFESSIONAL, 1.0, Area.CHEEKS, Concern.HYPERPIGMENTATION).build()).build()));
        }
    }

    @Nested
    class Procedures {
        @ParameterizedTest
        @CsvSource({"CHEMICAL_PEEL, 14", "NEUROTOXIN, 14", "FILLER, 14", "LASER, 42"})
        void withinTheWashoutIsNotSuitableUntilItEnds(ProcedureType type, int days) {
            LocalDate date = TODAY.minusDays(days - 1);
            ScreeningResult r = screen(clean().recentProcedure(type, date).build());
            assertFires(r, "PROCEDURE-WASHOUT", Decision.NOT_SUITABLE);
            assertEquals(date.plusDays(days), only(r, "PROCEDURE-WASHOUT").rescreenOn());
        }

        @ParameterizedTest
        @CsvSource({"CHEMICAL_PEEL, 14", "NEUROTOXIN, 14", "FILLER, 14", "LASER, 42"})
        void onTheWashoutEndDateItNoLongerApplies(ProcedureType type, int days) {
            assertSilent(screen(clean().recentProcedure(type, TODAY.minusDays(days)).build()));
        }

        @Test
        void sameDayProcedureIsInsideTheWashout() {
            assertFires(screen(clean().recentProcedure(ProcedureType.CHEMICAL_PEEL, TODAY).build()),
                    "PROCEDURE-WASHOUT", Decision.NOT_SUITABLE);
        }

        @Test
        void surgeryWithinTwelveMonthsIsReferWithoutADate() {
            ScreeningResult r = screen(clean().recentProcedure(ProcedureType.SURGERY, TODAY.minusMonths(12).plusDays(1))
                    .build());
            assertFires(r, "PROCEDURE-SURGERY", Decision.REFER);
            assertNull(only(r, "PROCEDURE-SURGERY").rescreenOn());
        }

        @Test
        void surgeryTwelveMonthsAgoIsSilent() {
            assertSilent(screen(clean().recentProcedure(ProcedureType.SURGERY, TODAY.minusMonths(12)).build()));
        }

        @Test
        void radiotherapyRefersAtAnyTimeEvenUndated() {
            assertFires(screen(clean().recentProcedure(ProcedureType.RADIOTHERAPY, TODAY.minusYears(20)).build()),
                    "PROCEDURE-RADIOTHERAPY", Decision.REFER);
            ScreeningResult undated = screen(clean().recentProcedure(ProcedureType.RADIOTHERAPY, null).build());
            assertEquals(Decision.REFER, undated.decision());
            assertEquals(List.of(), undated.missingAnswers());
        }

        @Test
        void twoProceduresGiveTwoFindingsAndTheLaterDate() {
            ScreeningResult r = screen(clean().recentProcedure(ProcedureType.CHEMICAL_PEEL, TODAY.minusDays(10))
                    .recentProcedure(ProcedureType.LASER, TODAY.minusDays(10)).build());
            assertEquals(2, r.findings().size());
            assertEquals(TODAY.plusDays(32), r.rescreenOn().orElseThrow());
        }
    }

    @Nested
    class DepthAndSetting {
        @Test
        void homeAtTheLimitIsSilent() {
            assertSilent(screen(clean().treatment(treatment(Setting.HOME, 0.3, Area.CHEEKS, Concern.TEXTURE).build()).build()));
        }

        @Test
        void homeAboveTheLimitIsProfessionalOnly() {
            ScreeningResult r = screen(clean().treatment(treatment(Setting.HOME, 0.5, Area.CHEEKS).build()).build());
            assertFires(r, "HOME-DEPTH-LIMIT", Decision.PROFESSIONAL_ONLY);
            assertTrue(only(r, "HOME-DEPTH-LIMIT").message().contains("0.3 mm"));
        }

        @Test
        void unknownSettingIsScreenedAsHome() {
            ScreeningResult r = screen(clean().treatment(Treatment.builder().device(Device.ROLLER).needleDepthMm(0.5)
                    .area(Area.CHEEKS).build()).build());
            assertEquals(Decision.PROFESSIONAL_ONLY, only(r, "HOME-DEPTH-LIMIT").decision());
            assertTrue(r.missingAnswers().stream().anyMatch(m -> m.field().equals("treatment.setting") && !m.required()));
        }

        @Test
        void professionalAboveTheHomeLimitIsSilent() {
            assertSilent(screen(clean().treatment(treatment(Setting.PROFESSIONAL, 1.0, Area.CHEEKS, Concern.ACNE_SCARS).build()).build()));
        }

        @Test
        void penAtHomeIsProfessionalOnly() {
            assertFires(screen(clean().treatment(treatment(Setting.HOME, 0.25, Area.CHEEKS).device(Device.PEN).build()).build()),
                    "HOME-PEN", Decision.PROFESSIONAL_ONLY);
        }

        @Test
        void penInAClinicIsSilent() {
            assertSilent(screen(clean().treatment(treatment(Setting.PROFESSIONAL, 0.5, Area.CHEEKS).device(Device.PEN).build()).build()));
        }

        @ParameterizedTest
        @EnumSource(value = Concern.class, names = {"ACNE_SCARS", "OTHER_SCARS", "STRETCH_MARKS", "WRINKLES",
                "LOOSE_SKIN", "HAIR_LOSS", "HYPERPIGMENTATION"})
        void dermalConcernAtHomeIsProfessionalOnly(Concern concern) {
            ScreeningResult r = screen(clean().treatment(treatment(Setting.HOME, 0.25, Area.CHEEKS, concern).build()).build());
            assertFires(r, "HOME-DERMAL-CONCERN", Decision.PROFESSIONAL_ONLY);
        }

        @ParameterizedTest
        @EnumSource(value = Concern.class, names = {"TEXTURE", "ENLARGED_PORES", "FINE_LINES", "SUN_DAMAGE"})
        void surfaceConcernAtHomeIsSilent(Concern concern) {
            assertSilent(screen(clean().treatment(treatment(Setting.HOME, 0.25, Area.CHEEKS, concern).build()).build()));
        }

        @ParameterizedTest
        @EnumSource(value = Area.class, mode = EnumSource.Mode.EXCLUDE, names = "PERIORBITAL")
        void depthEqualToTheAreaMaximumIsSilent(Area area) {
            double max = Policy.defaults().areaMaxDepthMm(area);
            assertSilent(screen(clean().treatment(treatment(Setting.PROFESSIONAL, max, area).build()).build()));
        }

        @ParameterizedTest
        @EnumSource(Area.class)
        void depthAboveTheAreaMaximumIsNotSuitable(Area area) {
            double max = Policy.defaults().areaMaxDepthMm(area);
            ScreeningResult r = screen(clean().treatment(treatment(Setting.PROFESSIONAL, max + 0.05, area).build()).build());
            Finding f = only(r, "AREA-MAX-DEPTH");
            assertEquals(Decision.NOT_SUITABLE, f.decision());
            String shown = max == Math.rint(max) ? String.valueOf((long) max) : String.valueOf(max);
            assertTrue(f.message().contains("maximum there is " + shown + " mm"), f.message());
            assertEquals(Decision.NOT_SUITABLE, r.decision());
        }

        @Test
        void periorbitalIsCautionAndCappedAtPointThree() {
            assertFires(screen(clean().treatment(treatment(Setting.PROFESSIONAL, 0.3, Area.PERIORBITAL).build()).build()),
                    "PERIORBITAL", Decision.CAUTION);
            ScreeningResult deeper = screen(clean().treatment(treatment(Setting.PROFESSIONAL, 0.35, Area.PERIORBITAL).build()).build());
            assertEquals(Decision.NOT_SUITABLE, deeper.decision());
        }

        @Test
        void unknownAreaUsesTheAbsoluteMaximum() {
            ScreeningResult at = screen(clean().treatment(Treatment.builder().setting(Setting.PROFESSIONAL)
                    .needleDepthMm(2.5).device(Device.PEN).build()).build());
            // At the absolute maximum, only the caution naming the areas that forbid 2.5 mm.
            assertEquals(List.of("AREA-UNSPECIFIED"), at.findings().stream().map(Finding::ruleId).toList());
            ScreeningResult above = screen(clean().treatment(Treatment.builder().setting(Setting.PROFESSIONAL)
                    .needleDepthMm(2.6).device(Device.PEN).build()).build());
            assertEquals(Decision.NOT_SUITABLE, only(above, "ABSOLUTE-MAX-DEPTH").decision());
            assertEquals(Decision.NOT_SUITABLE, above.decision());
        }

        @Test
        void professionalBelowAConcernsRangeIsCaution() {
            ScreeningResult r = screen(clean().treatment(treatment(Setting.PROFESSIONAL, 0.5, Area.CHEEKS,
                    Concern.ACNE_SCARS, Concern.TEXTURE).build()).build());
            Finding f = only(r, "DEPTH-BELOW-CONCERN-RANGE");
            assertEquals(Decision.CAUTION, f.decision());
            assertTrue(f.message().contains("1-2 mm"), f.message());
        }

        @Test
        void professionalAtTheLowEndOfTheRangeIsSilent() {
            assertSilent(screen(clean().treatment(treatment(Setting.PROFESSIONAL, 1.0, Area.CHEEKS, Concern.ACNE_SCARS).build()).build()));
        }

        @Test
        void oneCautionPerConcernBelowItsRange() {
            ScreeningResult r = screen(clean().treatment(treatment(Setting.PROFESSIONAL, 0.25, Area.CHEEKS,
                    Concern.WRINKLES, Concern.STRETCH_MARKS, Concern.TEXTURE).build()).build());
            assertEquals(2, r.findings().stream().filter(f -> f.ruleId().equals("DEPTH-BELOW-CONCERN-RANGE")).count());
        }

        @ParameterizedTest
        @CsvSource({"true, false, false, roller or stamp", "false, true, false, at most 0.3 mm",
                "false, false, true, surface concerns only"})
        void homePlanLeavingALimitOpenIsACautionNamingOnlyThatLimit(boolean noDevice, boolean noDepth,
                                                                    boolean noConcerns, String named) {
            Treatment.Builder t = Treatment.builder().setting(Setting.HOME).area(Area.CHEEKS)
                    .device(noDevice ? null : Device.ROLLER).needleDepthMm(noDepth ? null : 0.25);
            if (!noConcerns) {
                t.concerns(Concern.TEXTURE);
            }
            ScreeningResult r = screen(clean().treatment(t.build()).build());
            Finding f = only(r, "HOME-PLAN-UNSPECIFIED");
            assertEquals(Decision.CAUTION, r.decision());
            assertTrue(f.message().contains(named), f.message());
            assertEquals(1, List.of("roller or stamp", "at most 0.3 mm", "surface concerns only").stream()
                    .filter(f.message()::contains).count(), f.message());
        }

        @Test
        void noTreatmentAtAllIsAHomePlanWithEveryLimitOpen() {
            ScreeningResult r = screen(clean().treatment(null).build());
            assertEquals(Decision.CAUTION, r.decision());
            assertTrue(only(r, "HOME-PLAN-UNSPECIFIED").message().contains("never a motorised pen"));
            ScreeningResult professional = screen(clean().treatment(Treatment.builder().setting(Setting.PROFESSIONAL)
                    .build()).build());
            assertEquals(Decision.SUITABLE, professional.decision());
            assertEquals(List.of(), professional.findings());
        }

        @Test
        void homeSurfaceConcernDrawsNoRangeCaution() {
            assertSilent(screen(clean().treatment(treatment(Setting.HOME, 0.25, Area.CHEEKS, Concern.ENLARGED_PORES).build()).build()));
        }
    }

    @Nested
    class Questions {
        static Stream<Arguments> required() {
            return Stream.of(
                    Arguments.of("age", clean().age(null)),
                    Arguments.of("pregnantOrBreastfeeding", clean().pregnantOrBreastfeeding(Answer.UNKNOWN)),
                    Arguments.of("acne", clean().acne(null)),
                    Arguments.of("rosacea", clean().rosacea(null)),
                    Arguments.of("rashOrDermatitisInArea", clean().rashOrDermatitisInArea(Answer.UNKNOWN)),
                    Arguments.of("activeInfectionInArea", clean().activeInfectionInArea(Answer.UNKNOWN)),
                    Arguments.of("openWoundOrSunburnInArea", clean().openWoundOrSunburnInArea(Answer.UNKNOWN)),
                    Arguments.of("keloidTendency", clean().keloidTendency(Answer.UNKNOWN)),
                    Arguments.of("skinCancerOrSuspiciousLesionInArea", clean().skinCancerOrSuspiciousLesionInArea(Answer.UNKNOWN)),
                    Arguments.of("bleedingDisorder", clean().bleedingDisorder(Answer.UNKNOWN)),
                    Arguments.of("anticoagulants", clean().anticoagulants(Answer.UNKNOWN)),
                    Arguments.of("immunosuppressed", clean().immunosuppressed(Answer.UNKNOWN)),
                    Arguments.of("wartsOrMolluscumInArea", clean().wartsOrMolluscumInArea(Answer.UNKNOWN)),
                    Arguments.of("koebnerisingDisease", clean().koebnerisingDisease(Answer.UNKNOWN)),
                    Arguments.of("permanentFillerOrThreadsInArea", clean().permanentFillerOrThreadsInArea(Answer.UNKNOWN)),
                    Arguments.of("diabetes", clean().diabetes(null)),
                    Arguments.of("metalOrAnaestheticAllergy", clean().metalOrAnaestheticAllergy(Answer.UNKNOWN)),
                    Arguments.of("autoimmuneOrCollagenDisease", clean().autoimmuneOrCollagenDisease(Answer.UNKNOWN)),
                    Arguments.of("recentProcedures", clean().recentProcedures(null)),
                    Arguments.of("recentProcedures.date", clean().recentProcedure(ProcedureType.LASER, null)),
                    Arguments.of("isotretinoin.status", clean().isotretinoin(null)),
                    Arguments.of("isotretinoin.status", clean().isotretinoin(Isotretinoin.of(null, null))));
        }

        @ParameterizedTest(name = "unknown {0} is INCOMPLETE")
        @MethodSource("required")
        void unknownRequiredAnswerIsIncomplete(String field, ClientProfile.Builder profile) {
            ScreeningResult r = screen(profile.build());
            assertEquals(Decision.INCOMPLETE, r.decision());
            assertEquals(List.of(), r.findings());
            MissingAnswer m = r.missingAnswers().get(0);
            assertEquals(field, m.field());
            assertTrue(m.required());
            assertFalse(m.question().isBlank());
            assertEquals(1, r.missingAnswers().size());
        }

        static Stream<Arguments> optional() {
            return Stream.of(
                    Arguments.of("fitzpatrickType", clean().fitzpatrickType(null)),
                    Arguments.of("coldSoreHistory", clean().coldSoreHistory(Answer.UNKNOWN)),
                    Arguments.of("hyperpigmentationHistory", clean().hyperpigmentationHistory(Answer.UNKNOWN)),
                    Arguments.of("tattooOrPermanentMakeupInArea", clean().tattooOrPermanentMakeupInArea(Answer.UNKNOWN)),
                    Arguments.of("bloodThinningNsaidsOrSupplements", clean().bloodThinningNsaidsOrSupplements(Answer.UNKNOWN)),
                    Arguments.of("photosensitisingMedication", clean().photosensitisingMedication(Answer.UNKNOWN)),
                    Arguments.of("treatment.setting", clean().treatment(Treatment.builder().device(Device.ROLLER)
                            .needleDepthMm(0.25).area(Area.CHEEKS).concerns(Concern.TEXTURE).build())),
                    Arguments.of("treatment.area", clean().treatment(Treatment.builder().setting(Setting.HOME)
                            .device(Device.ROLLER).needleDepthMm(0.25).concerns(Concern.TEXTURE).build())));
        }

        @ParameterizedTest(name = "unknown {0} is worth asking and changes nothing")
        @MethodSource("optional")
        void unknownOptionalAnswerIsListedOnly(String field, ClientProfile.Builder profile) {
            ScreeningResult r = screen(profile.build());
            assertEquals(Decision.SUITABLE, r.decision());
            assertEquals(List.of(), r.findings());
            assertEquals(1, r.missingAnswers().size(), r.missingAnswers()::toString);
            assertEquals(field, r.missingAnswers().get(0).field());
            assertFalse(r.missingAnswers().get(0).required());
        }

        @Test
        void emptyProfileAsksEveryRequiredQuestion() {
            ScreeningResult r = screen(ClientProfile.builder().screenedOn(TODAY).build());
            assertEquals(Decision.INCOMPLETE, r.decision());
            assertEquals(20, r.requiredMissingAnswers().size(), r.missingAnswers()::toString);
            assertEquals(31, r.missingAnswers().size(), r.missingAnswers()::toString);
            assertEquals(Decision.CAUTION, only(r, "HOME-PLAN-UNSPECIFIED").decision());
            assertTrue(r.missingAnswers().get(0).required(), "required questions come first");
            assertNull(r.clientRef());
        }
    }
}
