package org.needlescreen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.AgendaGroupPoppedEvent;
import org.kie.api.event.rule.AgendaGroupPushedEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleFlowGroupActivatedEvent;
import org.kie.api.event.rule.RuleFlowGroupDeactivatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule sessions kept between screenings. A screening takes a session, inserts its facts, fires,
 * and gives the session back; a clean session is kept with its facts deleted, anything else is
 * disposed. Deleting a screening's few facts costs less than resetting every node memory of the
 * network and rebuilding the object store, which is what Drools' {@code KieSessionsPool} does
 * on return (JMH, BENCHMARKS.md "Session handling": 0.77x the time, 0.52x the allocation).
 *
 * <p>Why deleting is enough: a session whose rules ran to the end with no rule inserting,
 * updating or deleting a fact (the engine's post-conditions, checked before a session is given
 * back) holds exactly the facts the screening inserted; deleting them leaves the network as a
 * fresh session's, the way any long-lived Drools session retracts facts. A session is given back
 * only when its fact count is then zero; one that failed in any way is disposed, never reused.
 *
 * <p>Bounded: at most {@link #maxIdle()} sessions wait here; more concurrent screenings create
 * sessions of their own, which are disposed when the pool is full. Thread-safe.
 */
final class SessionPool {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);

    private final KieBase kieBase;
    private final ConcurrentLinkedQueue<Lease> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle;
    private final boolean keep;

    SessionPool(KieBase kieBase, int maxIdle) {
        if (maxIdle < 1) {
            throw new IllegalArgumentException("maxIdle must be at least 1, not " + maxIdle);
        }
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
        this.keep = !hasRulesOnTheInitialFact(kieBase);
        if (!keep) {
            LOG.debug("A rule has no positive pattern of its own: sessions are not reused for this rule set");
        }
    }

    /**
     * Whether a rule hangs on Drools' initial fact: a rule (or an {@code or} branch) with no
     * positive pattern of its own ({@code not}, {@code exists}, {@code forall} or {@code eval}
     * alone, an empty {@code when}) is joined to a fact Drools inserts once per session. Deleting
     * a screening's facts does not renew that match, so such a rule would fire only once per kept
     * session: for these rule sets every screening gets a new session. When the check itself
     * fails, sessions are not reused either.
     */
    static boolean hasRulesOnTheInitialFact(KieBase kieBase) {
        try {
            for (org.drools.core.reteoo.ObjectTypeNode otn
                    : ((org.drools.core.impl.InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
                if (otn.getObjectType().equals(org.drools.base.base.ClassObjectType.InitialFact_ObjectType)
                        && otn.getObjectSinkPropagator().size() > 0) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not inspect the rule network ({}): sessions are not reused", e.getClass().getSimpleName());
            return true;
        }
    }

    /** Whether sessions are kept between screenings (false for rules on the initial fact). */
    boolean keepsSessions() {
        return keep;
    }

    /** The default bound: two sessions per processor, at least 4. */
    static int defaultMaxIdle() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    int maxIdle() {
        return maxIdle;
    }

    /** Sessions waiting now (for tests and diagnostics). */
    int idle() {
        return idleCount.get();
    }

    /** A session with no facts, its listeners attached, forwarding to no one yet. */
    Lease take() {
        Lease lease = idle.poll();
        if (lease != null) {
            idleCount.decrementAndGet();
            return lease;
        }
        return new Lease(kieBase.newKieSession());
    }

    /**
     * Gives a session back after a screening. A reusable session has its facts deleted and is kept
     * when the pool has room; anything else (not {@code reusable}, a failure while deleting, facts
     * left over) is disposed.
     */
    void giveBack(Lease lease, boolean reusable) {
        lease.target = null;
        if (keep && reusable && lease.clear()) {
            if (idleCount.incrementAndGet() <= maxIdle) {
                idle.offer(lease);
                return;
            }
            idleCount.decrementAndGet();
        }
        lease.dispose();
    }

    /**
     * One session and the handles of the facts a screening inserted into it. It listens to its
     * session once, for its whole life, and forwards events to the screening's recorder, the
     * engine's only listener.
     */
    static final class Lease implements AgendaEventListener, RuleRuntimeEventListener {
        final KieSession session;
        private final List<FactHandle> handles = new ArrayList<>(16);
        private Engine.Recorder target;

        Lease(KieSession session) {
            this.session = session;
            session.addEventListener((AgendaEventListener) this);
            session.addEventListener((RuleRuntimeEventListener) this);
        }

        /** Stops listening to the session (for a session that outlives this lease, as in SessionBench). */
        void detach() {
            target = null;
            session.removeEventListener((AgendaEventListener) this);
            session.removeEventListener((RuleRuntimeEventListener) this);
        }

        /** Sends this session's events to {@code recorder} until the session is given back. */
        void forwardTo(Engine.Recorder recorder) {
            this.target = recorder;
        }

        /** Inserts a fact and keeps its handle for the clean-up. */
        void insert(Object fact) {
            handles.add(session.insert(fact));
        }

        int inserted() {
            return handles.size();
        }

        /** Deletes the screening's facts; true when the session is then empty. */
        private boolean clear() {
            try {
                for (int i = handles.size() - 1; i >= 0; i--) {
                    session.delete(handles.get(i));
                }
                handles.clear();
                // Drools carries deletes through its network only when the session next works: do it
                // now, so that an idle session's memories hold nothing of the last client. With no
                // facts left nothing can fire (rule sets with rules on no fact get no kept sessions);
                // should anything fire, the session is discarded.
                int fired = session.fireAllRules();
                return fired == 0 && session.getFactCount() == 0;
            } catch (RuntimeException e) {
                // The screening's result stands; this session is not reused.
                LOG.warn("Could not clear a rule session after a screening ({}); it is discarded",
                        e.getClass().getSimpleName());
                return false;
            }
        }

        private void dispose() {
            handles.clear();
            try {
                session.dispose();
            } catch (RuntimeException e) {
                LOG.warn("Could not dispose of a rule session ({})", e.getClass().getSimpleName());
            }
        }

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.matchCreated(event);
            }
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.matchCancelled(event);
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.beforeMatchFired(event);
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.afterMatchFired(event);
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.objectInserted(event);
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.objectUpdated(event);
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Engine.Recorder r = target;
            if (r != null) {
                r.objectDeleted(event);
            }
        }

        @Override
        public void agendaGroupPopped(AgendaGroupPoppedEvent event) {
        }

        @Override
        public void agendaGroupPushed(AgendaGroupPushedEvent event) {
        }

        @Override
        public void beforeRuleFlowGroupActivated(RuleFlowGroupActivatedEvent event) {
        }

        @Override
        public void afterRuleFlowGroupActivated(RuleFlowGroupActivatedEvent event) {
        }

        @Override
        public void beforeRuleFlowGroupDeactivated(RuleFlowGroupDeactivatedEvent event) {
        }

        @Override
        public void afterRuleFlowGroupDeactivated(RuleFlowGroupDeactivatedEvent event) {
        }
    }
}
