package org.needlescreen.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.needlescreen.Decision;
import org.needlescreen.Finding;
import org.needlescreen.MissingAnswer;
import org.needlescreen.Policy;
import org.needlescreen.ScreeningException;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Screening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one screening: a session from the rule set's pool (reset on return), the profile and its parts as facts,
 * and a {@link Screening} fact that collects what each firing rule reports. Fail closed: any
 * exception, a rule that fires without reporting, or a runaway agenda throws
 * {@link ScreeningException}; there is no partial result.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** More firings than this in one screening means a rule loops. */
    static final int MAX_FIRINGS = 10_000;

    private Engine() {
    }

    /** What the rules reported. */
    public record Outcome(Decision decision, List<Finding> findings, List<MissingAnswer> missingAnswers,
                          List<String> firedRuleIds) {
    }

    /**
     * Screens a profile whose {@code screenedOn} is set.
     *
     * @throws ScreeningException on any internal failure
     */
    public static Outcome screen(CompiledRules rules, Policy policy, ClientProfile profile) {
        Recorder recorder = new Recorder(profile.screenedOn(), rules.rules());
        KieSession session;
        try {
            session = rules.sessions().newKieSession();
        } catch (RuntimeException e) {
            throw new ScreeningException("Could not start a rule session", null, e);
        }
        int fired;
        try {
            session.addEventListener(recorder.listener);
            session.insert(policy);
            session.insert(recorder);
            session.insert(profile);
            if (profile.treatment() != null) {
                session.insert(profile.treatment());
            }
            if (profile.isotretinoin() != null) {
                session.insert(profile.isotretinoin());
            }
            if (profile.recentProcedures() != null) {
                for (RecentProcedure p : profile.recentProcedures()) {
                    session.insert(p);
                }
            }
            fired = session.fireAllRules(MAX_FIRINGS);
        } catch (ScreeningException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            String ruleId = recorder.currentRuleId();
            throw new ScreeningException("Screening failed" + (ruleId == null ? "" : " in rule " + ruleId)
                    + ": " + rootMessage(e), ruleId, e);
        } finally {
            session.removeEventListener(recorder.listener);
            session.dispose(); // resets the session and returns it to the pool
        }
        if (fired >= MAX_FIRINGS) {
            throw new ScreeningException("Screening stopped after " + MAX_FIRINGS
                    + " rule firings: a rule keeps re-firing (last: " + recorder.lastRuleId + ")", recorder.lastRuleId, null);
        }
        if (recorder.failure != null) {
            throw recorder.failure;
        }
        Outcome outcome = recorder.outcome();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Screening fired {} rules {}: decision {}", outcome.firedRuleIds().size(),
                    outcome.firedRuleIds(), outcome.decision());
        }
        return outcome;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Decision from findings and missing answers, per DOMAIN.md. */
    static Decision decide(List<Finding> findings, List<MissingAnswer> missing) {
        Decision d = Decision.SUITABLE;
        for (Finding f : findings) {
            d = d.and(f.decision());
        }
        if (missing.stream().anyMatch(MissingAnswer::required)) {
            d = d.and(Decision.INCOMPLETE);
        }
        return d;
    }

    /** Collects reports from rule consequences, attributing each to the rule that is firing. */
    static final class Recorder extends Screening {
        private final LocalDate screenedOn;
        private final Map<String, RuleMeta> metas;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, MissingAnswer> missing = new LinkedHashMap<>();
        private final List<String> fired = new ArrayList<>();
        private RuleMeta current;
        private int reportsThisFiring;
        private String lastRuleId;
        private ScreeningException failure;
        final DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                before(event.getMatch().getRule());
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                after();
            }
        };

        Recorder(LocalDate screenedOn, Map<String, RuleMeta> metas) {
            this.screenedOn = screenedOn;
            this.metas = metas;
        }

        String currentRuleId() {
            return current == null ? null : current.ruleId();
        }

        @Override
        public LocalDate screenedOn() {
            return screenedOn;
        }

        @Override
        public void finding(String message) {
            finding(message, null);
        }

        @Override
        public void finding(String message, LocalDate rescreenOn) {
            RuleMeta m = requireCurrent("finding");
            if (m.decision() == null) {
                fail("rule " + m.ruleId() + " has @asks and must call ask(), not finding()", m);
                return;
            }
            if (message == null || message.isBlank()) {
                fail("rule " + m.ruleId() + " reported a finding without a message", m);
                return;
            }
            reportsThisFiring++;
            findings.add(new Finding(m.ruleId(), m.decision(), message, m.sources(), rescreenOn));
        }

        @Override
        public void ask() {
            RuleMeta m = requireCurrent("ask");
            if (m.asks() == null) {
                fail("rule " + m.ruleId() + " has @decision and must call finding(), not ask()", m);
                return;
            }
            reportsThisFiring++;
            missing.putIfAbsent(m.asks(), new MissingAnswer(m.asks(), m.required(), m.question(), m.ruleId(),
                    ProfileFields.allowed(m.asks()).orElse(List.of())));
        }

        private RuleMeta requireCurrent(String what) {
            if (current == null) {
                throw new ScreeningException(what + "() called outside a rule consequence", null, null);
            }
            return current;
        }

        private void fail(String message, RuleMeta m) {
            if (failure == null) {
                failure = new ScreeningException(message, m.ruleId(), null);
            }
        }

        private void before(Rule rule) {
            current = metas.get(RuleMeta.key(rule.getPackageName(), rule.getName()));
            if (current == null) {
                throw new ScreeningException("rule \"" + rule.getName() + "\" has no checked metadata", rule.getName(), null);
            }
            reportsThisFiring = 0;
            lastRuleId = current.ruleId();
        }

        private void after() {
            RuleMeta m = current;
            current = null;
            if (m == null) {
                return;
            }
            fired.add(m.ruleId());
            if (reportsThisFiring == 0) {
                fail("rule " + m.ruleId() + " fired but reported nothing: its consequence must call "
                        + (m.isQuestion() ? "ask()" : "finding(message)"), m);
            }
        }

        Outcome outcome() {
            List<Finding> sortedFindings = new ArrayList<>(findings);
            sortedFindings.sort(Comparator.comparing(Finding::decision).reversed()
                    .thenComparing(Finding::ruleId)
                    .thenComparing(Finding::message));
            List<MissingAnswer> sortedMissing = new ArrayList<>(missing.values());
            sortedMissing.sort(Comparator.comparing(MissingAnswer::required).reversed()
                    .thenComparingInt(a -> ProfileFields.order(a.field())));
            return new Outcome(decide(sortedFindings, sortedMissing), sortedFindings, sortedMissing,
                    fired.stream().distinct().sorted().toList());
        }

    }
}
