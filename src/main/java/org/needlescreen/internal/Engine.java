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
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.needlescreen.Decision;
import org.needlescreen.Finding;
import org.needlescreen.MissingAnswer;
import org.needlescreen.Policy;
import org.needlescreen.ScreeningException;
import org.needlescreen.model.ClientProfile;
import org.needlescreen.model.Concern;
import org.needlescreen.model.CustomAnswers;
import org.needlescreen.model.ProcedureHistory;
import org.needlescreen.model.ProcedureType;
import org.needlescreen.model.RecentProcedure;
import org.needlescreen.model.Treatment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one screening: a session from the rule set's {@link SessionPool} (its facts deleted on return), the profile and its
 * parts as facts, and a {@link Recorder} bound to the thread that the rules report to through
 * {@link RuleFunctions}. No rule joins a collector or a policy fact.
 *
 * <p>Fail closed: any exception, a rule that fires without reporting, a runaway agenda, a working
 * memory that does not hold exactly the facts inserted, or an agenda left with matches after
 * {@code fireAllRules} throws {@link ScreeningException}; there is no partial result.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    /** More firings than this in one screening means a rule loops. */
    static final int MAX_FIRINGS = 10_000;

    private Engine() {
    }

    /**
     * What the rules reported.
     *
     * @param decision       the most restrictive finding's decision, INCOMPLETE or SUITABLE
     * @param findings       the findings, most restrictive first, then by rule id
     * @param missingAnswers the unknown answers the rules asked about, required first, then by field
     */
    public record Outcome(Decision decision, List<Finding> findings, List<MissingAnswer> missingAnswers) {
        /** Counts only, as {@link org.needlescreen.ScreeningResult#toString()}. */
        @Override
        public String toString() {
            return "Outcome[" + findings.size() + " findings, " + missingAnswers.size()
                    + " missing answers; values redacted]";
        }
    }

    /**
     * Screens a profile whose {@code screenedOn} is set.
     *
     * @param rules   the compiled rules
     * @param policy  the thresholds the rules read
     * @param profile the profile, {@code screenedOn} set
     * @return what the rules reported
     * @throws ScreeningException on any internal failure
     */
    public static Outcome screen(CompiledRules rules, Policy policy, ClientProfile profile) {
        return screen(rules, policy, profile, CustomAnswers.of(Map.of()), List.of());
    }

    /**
     * Screens a profile with its checked custom answers; {@code unknownCustom} are the declared
     * custom answers the profile leaves unknown, reported as missing answers.
     *
     * @param rules         the compiled rules
     * @param policy        the thresholds the rules read
     * @param profile       the profile, {@code screenedOn} set
     * @param custom        the profile's custom answers, checked against their declarations
     * @param unknownCustom the declared custom answers the profile leaves unknown
     * @return what the rules reported
     * @throws ScreeningException on any internal failure
     */
    public static Outcome screen(CompiledRules rules, Policy policy, ClientProfile profile, CustomAnswers custom,
                                 List<MissingAnswer> unknownCustom) {
        Recorder recorder = new Recorder(profile.screenedOn(), policy, rules);
        recorder.extraMissing = unknownCustom;
        SessionPool pool = rules.sessionPool();
        SessionPool.Lease lease;
        try {
            lease = pool.take();
        } catch (RuntimeException e) {
            throw new ScreeningException("Could not start a rule session", null, e);
        }
        int fired = 0;
        long facts = -1;
        long inserted = 0;
        boolean ran = false;
        RuleFunctions.bind(recorder);
        lease.forwardTo(recorder);
        try {
            insertFacts(lease, profile);
            lease.insert(custom);
            inserted = lease.inserted();
            recorder.sealed = true;
            fired = lease.session.fireAllRules(MAX_FIRINGS);
            facts = lease.session.getFactCount();
            ran = true;
        } catch (ScreeningException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            String ruleId = recorder.currentRuleId();
            throw new ScreeningException("Screening failed" + (ruleId == null ? "" : " in rule " + ruleId)
                    + " (" + rootType(e) + ")", ruleId, e);
        } finally {
            RuleFunctions.unbind();
            // Kept only when everything below holds; a session that failed in any way is disposed.
            pool.giveBack(lease, ran && recorder.failure == null && fired < MAX_FIRINGS && facts == inserted
                    && recorder.pending == 0);
        }
        if (recorder.failure != null) {
            throw recorder.failure;
        }
        if (fired >= MAX_FIRINGS) {
            throw new ScreeningException("Screening stopped after " + MAX_FIRINGS
                    + " rule firings: a rule keeps re-firing (last: " + recorder.lastRuleId + ")", recorder.lastRuleId, null);
        }
        if (facts != inserted) {
            throw new ScreeningException("Screening failed: the working memory holds " + facts + " facts after the"
                    + " rules ran, not the " + inserted + " inserted (a rule inserted or deleted a fact)",
                    recorder.lastRuleId, null);
        }
        if (recorder.pending != 0) {
            throw new ScreeningException("Screening failed: " + recorder.pending + " rule matches were left on the"
                    + " agenda (a rule halted the engine or cleared the agenda)", recorder.lastRuleId, null);
        }
        Outcome outcome = recorder.outcome();
        if (LOG.isDebugEnabled()) {
            // Built only when DEBUG is on: rule ids and counts, never profile values.
            List<String> ids = new ArrayList<>();
            outcome.findings().forEach(f -> ids.add(f.ruleId()));
            outcome.missingAnswers().forEach(a -> ids.add(a.ruleId()));
            LOG.debug("Screening fired {} rules {}: {} findings, {} missing answers, decision {}", fired,
                    ids.stream().distinct().sorted().toList(), outcome.findings().size(),
                    outcome.missingAnswers().size(), outcome.decision());
        }
        return outcome;
    }

    /** Inserts the facts rules match, keeping their handles in the lease. */
    private static void insertFacts(SessionPool.Lease lease, ClientProfile profile) {
        lease.insert(profile);
        Treatment t = profile.treatment() == null ? Treatment.UNSPECIFIED : profile.treatment();
        lease.insert(t);
        for (Concern c : t.concerns()) {
            lease.insert(c);
        }
        if (profile.isotretinoin() != null) {
            lease.insert(profile.isotretinoin());
        }
        if (profile.recentProcedures() != null) {
            for (ProcedureHistory h : histories(profile.recentProcedures())) {
                lease.insert(h);
            }
        }
    }

    private static final ProcedureType[] PROCEDURE_TYPES = ProcedureType.values();

    /** One history per procedure type listed: its latest date, and whether an entry is undated. */
    static List<ProcedureHistory> histories(List<RecentProcedure> procedures) {
        if (procedures.isEmpty()) {
            return List.of();
        }
        // Indexed by ordinal: insertion order stays the enum's, as with an EnumMap, without boxing.
        LocalDate[] latest = new LocalDate[PROCEDURE_TYPES.length];
        boolean[] listed = new boolean[PROCEDURE_TYPES.length];
        boolean[] undated = new boolean[PROCEDURE_TYPES.length];
        int types = 0;
        for (RecentProcedure p : procedures) {
            int i = p.type().ordinal();
            if (!listed[i]) {
                listed[i] = true;
                types++;
            }
            LocalDate d = p.date();
            if (d == null) {
                undated[i] = true;
            } else if (latest[i] == null || d.isAfter(latest[i])) {
                latest[i] = d;
            }
        }
        List<ProcedureHistory> out = new ArrayList<>(types);
        for (int i = 0; i < PROCEDURE_TYPES.length; i++) {
            if (listed[i]) {
                out.add(ProcedureHistory.of(PROCEDURE_TYPES[i], latest[i], undated[i]));
            }
        }
        return out;
    }

    private static String rootType(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        // The type only: a root cause's message can quote profile values (a parsed string, a date).
        return t.getClass().getSimpleName();
    }

    /** Decision from findings and missing answers, per DOMAIN.md. */
    static Decision decide(List<Finding> findings, List<MissingAnswer> missing) {
        Decision d = Decision.SUITABLE;
        for (Finding f : findings) {
            d = d.and(f.decision());
        }
        for (MissingAnswer a : missing) {
            if (a.required()) {
                d = d.and(Decision.INCOMPLETE);
                break;
            }
        }
        return d;
    }

    /**
     * Collects what rules report, attributing each report to the rule that is firing, and counts
     * matches so that a match left on the agenda is noticed.
     */
    static final class Recorder {
        private final LocalDate screenedOn;
        private final Policy policy;
        private final CompiledRules rules;
        private final List<Finding> findings = new ArrayList<>(8);
        private final Map<String, MissingAnswer> missing = new LinkedHashMap<>();
        private RuleMeta current;
        private int reportsThisFiring;
        private String lastRuleId;
        private long pending;
        private boolean sealed;
        private List<MissingAnswer> extraMissing = List.of();
        private ScreeningException failure;

        Recorder(LocalDate screenedOn, Policy policy, CompiledRules rules) {
            this.screenedOn = screenedOn;
            this.policy = policy;
            this.rules = rules;
        }

        LocalDate screenedOn() {
            return screenedOn;
        }

        Policy policy() {
            return policy;
        }

        String currentRuleId() {
            return current == null ? null : current.ruleId();
        }

        void finding(String message, LocalDate rescreenOn) {
            RuleMeta m = requireCurrent("finding");
            if (m.decision() == null) {
                fail("rule " + m.ruleId() + " has @asks and must call ask(), not finding()", m);
                return;
            }
            if (message == null || message.isBlank()) {
                fail("rule " + m.ruleId() + " reported a finding without a message", m);
                return;
            }
            if (rescreenOn != null && m.decision() != Decision.NOT_SUITABLE) {
                fail("rule " + m.ruleId() + " gave a re-screen date, which only a NOT_SUITABLE finding may carry", m);
                return;
            }
            reportsThisFiring++;
            findings.add(Finding.builder().ruleId(m.ruleId()).decision(m.decision()).message(message)
                    .sources(m.sources()).rescreenOn(rescreenOn).build());
        }

        void ask() {
            RuleMeta m = requireCurrent("ask");
            if (m.asks() == null) {
                fail("rule " + m.ruleId() + " has @decision and must call finding(), not ask()", m);
                return;
            }
            reportsThisFiring++;
            missing.putIfAbsent(m.asks(), rules.missingAnswer(m));
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

        void matchCreated(MatchCreatedEvent event) {
            pending++;
        }

        void matchCancelled(MatchCancelledEvent event) {
            pending--;
            if (sealed) {
                // With the facts fixed, nothing cancels a match but a rule steering the agenda.
                failSteering("a rule match was cancelled while the rules ran (a rule cleared an activation group"
                        + " or the agenda)");
            }
        }

        void objectInserted(ObjectInsertedEvent event) {
            if (sealed) {
                failSteering("a rule inserted a fact");
            }
        }

        void objectUpdated(ObjectUpdatedEvent event) {
            if (sealed) {
                failSteering("a rule updated a fact");
            }
        }

        void objectDeleted(ObjectDeletedEvent event) {
            if (sealed) {
                failSteering("a rule deleted a fact");
            }
        }

        /** Blames the rule firing now (the culprit), or else the last one that fired. */
        private void failSteering(String what) {
            String ruleId = current != null ? current.ruleId() : lastRuleId;
            if (failure == null) {
                failure = new ScreeningException("Screening failed: " + what
                        + (ruleId == null ? "" : " (rule " + ruleId + ")") + "; rules may only report", ruleId, null);
            }
        }

        void beforeMatchFired(BeforeMatchFiredEvent event) {
            pending--;
            Rule rule = event.getMatch().getRule();
            current = rules.meta(rule);
            if (current == null) {
                throw new ScreeningException("rule \"" + rule.getName() + "\" has no checked metadata", rule.getName(), null);
            }
            reportsThisFiring = 0;
            lastRuleId = current.ruleId();
        }

        void afterMatchFired(AfterMatchFiredEvent event) {
            RuleMeta m = current;
            current = null;
            if (m != null && reportsThisFiring == 0) {
                fail("rule " + m.ruleId() + " fired but reported nothing: its consequence must call "
                        + (m.isQuestion() ? "ask()" : "finding(message)"), m);
            }
        }

        /** Most restrictive decision first, then by rule id, then by message (written out: a comparator chain was 3% of a batch). */
        private static final Comparator<Finding> FINDING_ORDER = (a, b) -> {
            int c = b.decision().compareTo(a.decision());
            if (c == 0) {
                c = a.ruleId().compareTo(b.ruleId());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        };
        /** Required first, then in profile order. */
        private static final Comparator<MissingAnswer> MISSING_ORDER = (a, b) -> {
            int c = Boolean.compare(b.required(), a.required());
            return c != 0 ? c : Integer.compare(ProfileFields.order(a.field()), ProfileFields.order(b.field()));
        };

        Outcome outcome() {
            List<Finding> sortedFindings = findings;
            sortedFindings.sort(FINDING_ORDER);
            List<MissingAnswer> sortedMissing = new ArrayList<>(missing.values());
            sortedMissing.addAll(extraMissing);
            sortedMissing.sort(MISSING_ORDER);
            return new Outcome(decide(sortedFindings, sortedMissing), sortedFindings, sortedMissing);
        }
    }
}
