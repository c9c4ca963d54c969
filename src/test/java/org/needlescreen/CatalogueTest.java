package org.needlescreen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code rules/CATALOGUE.md} must match the loaded default rules. After changing a rule, regenerate
 * it with {@code mvn -B test -Dtest=CatalogueTest -Dneedlescreen.writeCatalogue=true}.
 */
class CatalogueTest {

    static final Path FILE = Path.of("rules/CATALOGUE.md");

    @Test
    void catalogueFileIsInSyncWithTheRules() throws Exception {
        String generated = RuleCatalogue.markdown(Screens.DEFAULT);
        if (Boolean.getBoolean("needlescreen.writeCatalogue")) {
            Files.writeString(FILE, generated);
        }
        assertTrue(Files.exists(FILE), FILE + " is missing: regenerate it (see this test's javadoc)");
        assertEquals(generated, Files.readString(FILE), FILE + " is stale: regenerate it with"
                + " mvn -B test -Dtest=CatalogueTest -Dneedlescreen.writeCatalogue=true");
    }

    @Test
    void catalogueListsEveryRuleWithItsSourcesAndPolicyValues() {
        String md = RuleCatalogue.markdown(Screens.DEFAULT);
        for (RuleDescription r : Screens.DEFAULT.rules()) {
            assertTrue(md.contains("`" + r.ruleId() + "`"), r.ruleId());
        }
        assertTrue(md.contains("isotretinoin.washout.months = 6 months"), md);
        assertTrue(md.contains("washout.CHEMICAL_PEEL.days = 14 days; washout.NEUROTOXIN.days = 14 days"), md);
        assertTrue(md.contains("depth.area.*: "), md);
        assertTrue(md.contains("003_2814ce3b0d65104f.txt, 001_6c91cca23d8e2b1d.txt"), "rosacea cites both sides");
        assertTrue(md.contains("The safer reading (003) wins"), "conflicts are explained");
    }

    @Test
    void policyOverridesShowInTheCatalogue() {
        Screener s = Screener.builder().policy(Policy.defaults().with(Policy.ISOTRETINOIN_WASHOUT, 12, "clinic")).build();
        assertTrue(RuleCatalogue.markdown(s).contains("isotretinoin.washout.months = 12 months"));
    }
}
