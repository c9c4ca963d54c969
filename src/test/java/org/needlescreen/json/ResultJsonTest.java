package org.needlescreen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.needlescreen.text.ResultText;
import org.needlescreen.Screener;
import org.needlescreen.ScreeningResult;
import org.needlescreen.model.InvalidProfileException;

class ResultJsonTest {

    static Screener screener;

    @BeforeAll
    static void load() {
        screener = Screener.withDefaultRules();
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void fieldNamesAndOrderAreFixed() throws IOException {
        ScreeningResult r = screener.screen(ProfileJson.read(ProfileJsonTest.example()));
        JsonNode n = JsonSupport.MAPPER.readTree(ResultJson.write(r));
        assertEquals(List.of("decision", "rescreenOn", "findings", "missingAnswers", "guidance", "ruleSet", "screenedOn",
                "clientRef"), names(n));
        assertEquals(r.decision().name(), n.get("decision").asText());
        assertEquals("C-1042", n.get("clientRef").asText());
        assertEquals("2026-11-21", n.get("screenedOn").asText());
        assertEquals(List.of("name", "version", "fingerprint"), names(n.get("ruleSet")));
        assertEquals(r.ruleSet().fingerprint(), n.get("ruleSet").get("fingerprint").asText());
        assertEquals(r.findings().size(), n.get("findings").size());
        for (int i = 0; i < r.findings().size(); i++) {
            JsonNode f = n.get("findings").get(i);
            assertEquals(r.findings().get(i).ruleId(), f.get("ruleId").asText());
            List<String> expected = new ArrayList<>(List.of("ruleId", "decision", "message", "sources"));
            if (r.findings().get(i).rescreenOn() != null) {
                expected.add("rescreenOn");
            }
            assertEquals(expected, names(f));
            assertTrue(f.get("sources").size() > 0);
        }
        assertEquals(List.of("depths", "course", "sessionLength", "preparation", "aftercare", "homeCare",
                "seeDermatologist"), names(n.get("guidance")));
        assertEquals(List.of("concern", "minMm", "maxMm", "note", "sources"),
                names(n.get("guidance").get("depths").get(0)));
        assertEquals(0.25, n.get("guidance").get("depths").get(0).get("minMm").asDouble());
    }

    @Test
    void optionalFieldsAreLeftOutAndMissingAnswersListed() throws IOException {
        ScreeningResult r = screener.screen(ProfileJson.read("{\"screenedOn\": \"2026-11-21\", \"age\": 30}"));
        JsonNode n = JsonSupport.MAPPER.readTree(ResultJson.write(r));
        assertEquals("INCOMPLETE", n.get("decision").asText());
        assertFalse(n.has("clientRef"));
        assertFalse(n.has("rescreenOn"));
        JsonNode m = n.get("missingAnswers").get(0);
        assertEquals(List.of("field", "required", "question", "allowed", "ruleId"), names(m));
        assertTrue(m.get("required").asBoolean());
        assertEquals("pregnantOrBreastfeeding", m.get("field").asText());
        assertEquals("[\"YES\",\"NO\",\"UNKNOWN\"]", m.get("allowed").toString());
    }

    @Test
    void deterministic() throws IOException {
        String json = ProfileJsonTest.example();
        String a = ResultJson.write(screener.screen(ProfileJson.read(json)));
        String b = ResultJson.write(Screener.withDefaultRules().screen(ProfileJson.read(json)));
        assertEquals(a, b);
        assertEquals(ResultJson.writePretty(screener.screen(ProfileJson.read(json))),
                ResultJson.writePretty(screener.screen(ProfileJson.read(json))));
        assertFalse(a.contains("\n"));
        assertTrue(ResultJson.writePretty(screener.screen(ProfileJson.read(json))).contains("\n  \"findings\": [\n"));
    }

    @Test
    void errorLine() {
        InvalidProfileException e = new InvalidProfileException("treatment.area", "FACE", "one of \"X\"");
        assertEquals("{\"line\":7,\"error\":\"Invalid value for 'treatment.area': \\\"FACE\\\" (one of \\\"X\\\")\","
                + "\"field\":\"treatment.area\"}", ResultJson.writeError(7, e));
    }

    @Test
    void textRendering() throws IOException {
        ScreeningResult r = screener.screen(ProfileJson.read(ProfileJsonTest.example()));
        String text = ResultText.render(r);
        assertTrue(text.startsWith("Decision: " + r.decision() + "\n"), text);
        for (String s : List.of("Findings (", "Sources: ", "Screen again from: ", "Questions to ask: none",
                "Guidance", "Needle depth", "Aftercare", "Rule set: ", "Fingerprint: " + r.ruleSet().fingerprint())) {
            assertTrue(text.contains(s), s + " in\n" + text);
        }
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= ResultText.WIDTH || !line.strip().contains(" "), line);
        }
        assertEquals(text, ResultText.render(r));
    }
}
