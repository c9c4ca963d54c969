package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.oracle.ProfileGenerator;

/**
 * Messages state the rule without contradicting it, over many generated profiles: a referral never
 * says to screen again, no list brackets or enum names leak, and a depth-range caution never
 * suggests a depth above the area's maximum.
 */
class MessageWordingTest {

    private static final Pattern RANGE = Pattern.compile("effective range is ([0-9.]+)-([0-9.]+) mm");

    @Test
    void messagesNeverContradictTheirDecision() {
        ProfileGenerator profiles = new ProfileGenerator(ProfileGenerator.DEFAULT_SEED + 3, Policy.defaults());
        Policy policy = Policy.defaults();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 20_000 && wrong.size() < 10; i++) {
            ClientProfile p = profiles.next();
            for (Finding f : Screens.DEFAULT.screen(p).findings()) {
                String m = f.message();
                if (f.decision() == Decision.REFER && (m.toLowerCase().contains("screen again") || f.rescreenOn() != null)) {
                    wrong.add(f.ruleId() + " refers but dates or re-screens: " + m);
                }
                if (m.contains("[") || m.contains("]") || m.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*")
                        || m.contains("the periorbital:")) {
                    wrong.add(f.ruleId() + " leaks a list or an enum name: " + m);
                }
                if (m.contains("authorised for adults")) {
                    wrong.add(f.ruleId() + " says adults where the FDA says age 22 and over: " + m);
                }
                Matcher r = RANGE.matcher(m);
                if (r.find() && p.treatment() != null) {
                    double areaMax = policy.areaMaxDepthMm(p.treatment().area());
                    if (Double.parseDouble(r.group(2)) > areaMax) {
                        wrong.add(f.ruleId() + " suggests a depth above the area maximum " + areaMax + ": " + m);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
