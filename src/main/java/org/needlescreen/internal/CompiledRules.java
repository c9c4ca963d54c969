package org.needlescreen.internal;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * A loaded, checked rule set: the shared (thread-safe) KieBase and each rule's metadata.
 *
 * @param kieBase     the compiled rules; sessions are made per screening
 * @param rules       metadata by {@link RuleMeta#key()}, in catalogue order (file, then line)
 * @param name        rule set name
 * @param version     rule set version
 * @param rulesDigest SHA-256 over the DRL files' paths and contents
 */
public record CompiledRules(KieBase kieBase, Map<String, RuleMeta> rules, String name, String version,
                            String rulesDigest) {

    public List<RuleMeta> ruleList() {
        return List.copyOf(rules.values());
    }
}
