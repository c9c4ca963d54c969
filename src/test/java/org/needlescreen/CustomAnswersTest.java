package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.needlescreen.Screens.clean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.needlescreen.json.ProfileJson;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.InvalidProfileException;

/** A rule directory's own questions (answers.json) and policy values (policy.json). */
class CustomAnswersTest {

    static final String ANSWERS = """
            {
              "tattooInArea": {"type": "YES_NO", "required": false,
                               "question": "Is there a tattoo or permanent make-up on the area?"},
              "skinTone": {"type": "CHOICE", "values": ["LIGHT", "DARK"], "required": true,
                           "question": "How would you describe your skin tone?"},
              "sessionsSoFar": {"type": "NUMBER", "min": 0, "max": 50, "whole": true, "required": false,
                                "question": "How many microneedling sessions have you had?"},
              "lastFacial": {"type": "DATE", "required": false, "question": "When was your last facial?"}
            }
            """;
    static final String POLICY = """
            {"clinic.age.maxYears": {"value": 70, "unit": "years", "provenance": "Clinic policy 2026-11"}}
            """;
    static final String RULES = """
            package clinic;

            import org.needlescreen.model.*;

            rule "Tattoo in the area"
                @ruleId("CLINIC-TATTOO")
                @decision("REFER")
                @summary("A tattoo in the area: the clinic refers.")
                @sources("Clinic policy")
            when
                CustomAnswers( yes("tattooInArea") )
            then
                finding("A tattoo in the area: the clinic refers.");
            end

            rule "Many sessions"
                @ruleId("CLINIC-MANY-SESSIONS")
                @decision("CAUTION")
                @summary("More than 10 sessions so far.")
                @sources("Clinic policy")
            when
                $c : CustomAnswers( number("sessionsSoFar") != null, number("sessionsSoFar") > 10 )
            then
                finding("More than 10 sessions so far (" + num($c.number("sessionsSoFar")) + ").");
            end

            rule "Older than the clinic treats"
                @ruleId("CLINIC-AGE")
                @decision("REFER")
                @summary("Older than the clinic's maximum age (policy).")
                @sources("Clinic policy")
                @thresholds("clinic.age.maxYears")
            when
                ClientProfile( age != null, age > policy().number("clinic.age.maxYears") )
            then
                finding("Over " + num(policy().number("clinic.age.maxYears")) + ": the clinic refers.");
            end
            """;

    static Path dir;
    static Screener screener;

    @BeforeAll
    static void clinic(@TempDir Path tmp) throws IOException {
        dir = tmp;
        Files.writeString(dir.resolve("answers.json"), ANSWERS);
        Files.writeString(dir.resolve("policy.json"), POLICY);
        Files.createDirectories(dir.resolve("clinic"));
        Files.writeString(dir.resolve("clinic/extra.drl"), RULES);
        screener = Screener.builder().addRules(dir).clock(Screens.CLOCK).build();
    }

    static ClientProfile.Builder known() {
        return clean().custom("skinTone", "LIGHT");
    }

    @Test
    void aCustomAnswerIsReadByTheRules() {
        ScreeningResult r = screener.screen(known().custom("tattooInArea", "YES").build());
        assertEquals(Decision.REFER, r.decision());
        assertEquals(List.of("CLINIC-TATTOO"), r.findings().stream().map(Finding::ruleId).toList());
        assertEquals(Decision.SUITABLE, screener.screen(known().custom("tattooInArea", "NO")
                .custom("sessionsSoFar", 3).custom("lastFacial", "2026-10-01").build()).decision());
        ScreeningResult many = screener.screen(known().custom("tattooInArea", "NO").custom("sessionsSoFar", 12)
                .custom("lastFacial", "2026-10-01").build());
        assertEquals("More than 10 sessions so far (12).", many.findings().get(0).message());
    }

    @Test
    void anUnknownRequiredCustomAnswerIsIncompleteWithItsQuestion() {
        ScreeningResult r = screener.screen(clean().build());
        assertEquals(Decision.INCOMPLETE, r.decision());
        MissingAnswer tone = r.requiredMissingAnswers().get(0);
        assertEquals("custom.skinTone", tone.field());
        assertEquals("How would you describe your skin tone?", tone.question());
        assertEquals(List.of("LIGHT", "DARK"), tone.allowed());
        assertTrue(r.missingAnswers().stream().anyMatch(m -> m.field().equals("custom.tattooInArea") && !m.required()));
        // The default rules alone know nothing of them.
        assertEquals(Decision.SUITABLE, Screens.screen(clean().build()).decision());
    }

    @Test
    void customValuesAreCheckedAsStrictlyAsBuiltInAnswers() {
        InvalidProfileException undeclared = assertThrows(InvalidProfileException.class,
                () -> screener.screen(known().custom("tatooInArea", "YES").build()));
        assertEquals("custom.tatooInArea", undeclared.field());
        for (Object[] bad : new Object[][] {{"tattooInArea", "yes"}, {"skinTone", "MEDIUM"}, {"sessionsSoFar", 2.5},
                {"sessionsSoFar", 51}, {"sessionsSoFar", "3"}, {"lastFacial", "01/10/2026"}}) {
            InvalidProfileException e = assertThrows(InvalidProfileException.class,
                    () -> screener.screen(known().custom((String) bad[0], bad[1]).build()), () -> bad[0] + "=" + bad[1]);
            assertEquals("custom." + bad[0], e.field());
        }
        assertThrows(InvalidProfileException.class, () -> Screens.screen(clean().custom("tattooInArea", "YES").build()),
                "the default rules declare no custom answer");
    }

    @Test
    void profilesCarryCustomAnswersInJson() {
        ClientProfile p = ProfileJson.read("""
                {"age": 80, "custom": {"tattooInArea": "NO", "skinTone": "DARK", "sessionsSoFar": 4,
                 "lastFacial": null}}""");
        assertEquals("DARK", p.custom().get("skinTone"));
        assertEquals(p.custom(), ProfileJson.read(ProfileJson.write(p)).custom());
        InvalidProfileException e = assertThrows(InvalidProfileException.class,
                () -> ProfileJson.read("{\"custom\": {\"tattooInArea\": true}}"));
        assertEquals("custom.tattooInArea", e.field());
        ScreeningResult r = screener.screen(known().age(80).build());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("CLINIC-AGE")
                && f.message().equals("Over 70: the clinic refers.")));
    }

    @Test
    void aClinicPolicyValueIsListedAndCanBeOverridden() {
        assertEquals(70, screener.policy().number("clinic.age.maxYears"));
        Screener.Builder b = Screener.builder().addRules(dir).clock(Screens.CLOCK);
        Policy overridden = b.policyWithDeclarations(Policy.defaults()).with("clinic.age.maxYears", 85, "test");
        Screener s = b.policy(overridden).build();
        assertEquals(Decision.SUITABLE, s.screen(known().age(80).custom("tattooInArea", "NO")
                .custom("sessionsSoFar", 1).custom("lastFacial", "2026-01-01").build()).decision());
        assertNotEquals(screener.ruleSet().fingerprint(), s.ruleSet().fingerprint());
    }

    @Test
    void rulesMayReadOnlyDeclaredNamesAndKeys(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("answers.json"), ANSWERS);
        Files.createDirectories(other.resolve("clinic"));
        Files.writeString(other.resolve("clinic/extra.drl"), RULES.replace("yes(\"tattooInArea\")",
                "yes(\"tatooInArea\")"));
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> Screener.builder().addRules(other).build());
        List<String> problems = e.problems().stream().map(RuleProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("clinic/extra.drl:11:")
                && p.contains("\"tatooInArea\" is declared by no answers.json") && p.contains("did you mean tattooInArea?")),
                problems::toString);
        // policy.json is missing here: the key the rule reads is unknown.
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown policy key 'clinic.age.maxYears'")),
                problems::toString);
    }

    @Test
    void declarationMistakesAreReportedAtTheirLine(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("answers.json"), """
                {
                  "acne": {"type": "YES_NO", "required": true, "question": "Acne?"},
                  "tint": {"type": "COLOUR", "required": true, "question": "Tint?"},
                  "x": {"type": "CHOICE", "required": "yes", "question": ""}
                }
                """);
        Files.writeString(other.resolve("policy.json"), """
                {
                  "depth.home.maxMm": {"value": 0.2, "unit": "mm", "provenance": "no"},
                  "clinic.days": {"value": 4294967311, "unit": "days", "provenance": "overflow"}
                }
                """);
        Files.createDirectories(other.resolve("clinic"));
        Files.writeString(other.resolve("clinic/extra.drl"), RULES);
        RulesLoadException e = assertThrows(RulesLoadException.class,
                () -> Screener.builder().addRules(other).build());
        String all = e.getMessage();
        assertTrue(all.contains("answers.json:2: custom answer \"acne\" shadows the built-in answer"), all);
        assertTrue(all.contains("answers.json:3: custom answer \"tint\": \"type\" must be one of"), all);
        assertTrue(all.contains("answers.json:4: custom answer \"x\": \"required\" must be true or false"), all);
        assertTrue(all.contains("answers.json:4: custom answer \"x\": a CHOICE needs \"values\""), all);
        assertTrue(all.contains("policy.json:2: policy key \"depth.home.maxMm\" is built in"), all);
        assertTrue(all.contains("policy.json:3: policy key \"clinic.days\": 4294967311 is not a positive number"),
                all);
    }

    @Test
    void thePolicyCommandListsAndOverridesAClinicKeyWithoutLoadingTheRules(@TempDir Path tmp) throws IOException {
        Path override = tmp.resolve("override.json");
        Files.writeString(override, "{\"clinic.age.maxYears\": 75}");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = org.needlescreen.cli.Main.run(new String[] {"policy", "--add-rules", dir.toString(), "--policy",
                override.toString()}, java.io.InputStream.nullInputStream(),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("clinic.age.maxYears") && l.contains(" 75 ")), text);
    }
}
