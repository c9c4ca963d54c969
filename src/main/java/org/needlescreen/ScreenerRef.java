package org.needlescreen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.needlescreen.model.ClientProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reloadable {@link Screener}: holds the current one and swaps it atomically for one built from
 * the same configuration when the rules change.
 *
 * <ul>
 *   <li>Screenings in flight finish on the rule set they started with; new ones use the new set.</li>
 *   <li>A reload that fails validation leaves the old set serving and throws (or, when watching,
 *       reports) the {@link RulesLoadException} with every problem.</li>
 *   <li>Directory watching ({@link #watch}) is off unless started; it is meant for rule authors
 *       during development.</li>
 * </ul>
 *
 * <p>Thread-safe. Close it to stop watching.
 */
public final class ScreenerRef implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenerRef.class);

    private final Screener.Builder config;
    private final AtomicReference<Screener> current = new AtomicReference<>();
    private final Object reloadLock = new Object();
    private Thread watcher;
    private WatchService watchService;

    private ScreenerRef(Screener.Builder config) {
        this.config = config;
        current.set(config.build());
    }

    /**
     * Builds the first screener from a copy of {@code builder}'s configuration.
     *
     * @throws RulesLoadException when the rules do not load
     */
    public static ScreenerRef of(Screener.Builder builder) {
        return new ScreenerRef(Objects.requireNonNull(builder, "builder").copy());
    }

    /** The screener serving now. Keep it for a batch that must not change rule set half-way. */
    public Screener current() {
        return current.get();
    }

    /** Screens with the current screener. */
    public ScreeningResult screen(ClientProfile profile) {
        return current.get().screen(profile);
    }

    /**
     * Rebuilds from the same configuration (re-reading the rule directories) and swaps it in.
     *
     * @return the new rule set
     * @throws RulesLoadException when the new rules do not load; the old set keeps serving
     */
    public RuleSetInfo reload() {
        synchronized (reloadLock) {
            Screener next = config.build();
            Screener previous = current.getAndSet(next);
            LOG.info("Rules reloaded: {} rules, fingerprint {} (was {})", next.ruleSet().ruleCount(),
                    next.ruleSet().fingerprint(), previous.ruleSet().fingerprint());
            return next.ruleSet();
        }
    }

    /**
     * The outcome of a reload triggered by watching.
     *
     * @param ruleSet  the rule set now serving (the new one, or the old one when the reload failed)
     * @param problems empty on success; every problem when the reload failed
     */
    public record ReloadEvent(RuleSetInfo ruleSet, List<RuleProblem> problems) {
        public ReloadEvent {
            problems = List.copyOf(problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /**
     * Watches the rule directories and reloads when files change, once changes have been quiet for
     * {@code quietPeriod}. Every reload's outcome goes to {@code listener} (on the watcher thread).
     * For development; off unless called.
     *
     * @throws IllegalStateException when there is no rule directory to watch, or already watching
     */
    public void watch(Duration quietPeriod, Consumer<ReloadEvent> listener) {
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        Objects.requireNonNull(listener, "listener");
        List<Path> dirs = config.directories();
        if (dirs.isEmpty()) {
            throw new IllegalStateException("nothing to watch: the default rules come from the jar");
        }
        synchronized (this) {
            if (watcher != null) {
                throw new IllegalStateException("already watching");
            }
            try {
                watchService = FileSystems.getDefault().newWatchService();
                for (Path dir : dirs) {
                    registerTree(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot watch the rule directories", e);
            }
            WatchService ws = watchService;
            watcher = new Thread(() -> watchLoop(ws, quietPeriod, listener), "needlescreen-rules-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void watchLoop(WatchService ws, Duration quiet, Consumer<ReloadEvent> listener) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = ws.take();
                boolean changed = drain(key);
                // Wait until the author has stopped saving for a moment.
                WatchKey more;
                while ((more = ws.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (!changed) {
                    continue;
                }
                ReloadEvent event;
                try {
                    event = new ReloadEvent(reload(), List.of());
                } catch (RulesLoadException e) {
                    LOG.warn("Rules reload failed with {} problems; the previous rule set keeps serving", e.problems().size());
                    event = new ReloadEvent(current().ruleSet(), e.problems());
                } catch (RuntimeException e) {
                    LOG.warn("Rules reload failed ({}); the previous rule set keeps serving", e.getClass().getSimpleName());
                    event = new ReloadEvent(current().ruleSet(), List.of(new RuleProblem("", 0, "", String.valueOf(e.getMessage()))));
                }
                listener.accept(event);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) {
        boolean changed = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            changed = true;
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && e.context() instanceof Path p
                    && Files.isDirectory(dir.resolve(p))) {
                try {
                    registerTree(dir.resolve(p));
                } catch (IOException ex) {
                    LOG.warn("Cannot watch a new rule folder: {}", ex.getClass().getSimpleName());
                }
            }
        }
        key.reset();
        return changed;
    }

    /** Stops watching, if watching. The current screener stays usable. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.interrupt();
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service failed", e);
            }
            watcher = null;
        }
    }
}
