package org.needlescreen.internal;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A loaded, checked rule set: the shared (thread-safe) KieBase and each rule's metadata.
 *
 * @param kieBase     the compiled rules
 * @param sessions    a pool of sessions over {@code kieBase}: one is taken per screening and
 *                    returned (reset) afterwards, which is about twice as fast as a new session
 * @param rules       metadata by {@link RuleMeta#key()}, in catalogue order (file, then line)
 * @param name        rule set name
 * @param version     rule set version
 * @param rulesDigest SHA-256 over the DRL files' paths and contents
 */
public record CompiledRules(KieBase kieBase, KieSessionsPool sessions, Map<String, RuleMeta> rules, String name, String version,
                            String rulesDigest) {

    public List<RuleMeta> ruleList() {
        return List.copyOf(rules.values());
    }
}
