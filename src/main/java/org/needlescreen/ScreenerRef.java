package org.needlescreen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.needlescreen.internal.RuleFile;
import org.needlescreen.internal.RuleSource;
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
 *       during development. It builds only from a <em>stable</em> read: every rule file is read
 *       twice, some time apart, and the rules are built from that content only when both reads
 *       agree (otherwise it waits and reads again); a file caught half-written is never served.</li>
 * </ul>
 *
 * <h2>Publishing rule changes safely</h2>
 *
 * Write the new version of a rule file to a temporary file <em>in the same directory</em>, under a
 * name that does not end in {@code .drl} (say {@code .depth.drl.tmp}), then rename it over the
 * old file ({@code mv .depth.drl.tmp depth.drl}, or
 * {@code Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE)}). A rename within one directory
 * (one file system) is atomic: a reader sees the old file or the new one, never part of either.
 * Writing a rule file in place (an editor saving over it, {@code cp}, {@code cat >}) is not: the
 * watcher's stable read catches a writer that pauses for less than the settle time, but a writer
 * that pauses longer, mid-file, leaves a half file that reads the same twice, and if that half
 * happens to be valid DRL it is served until the rest arrives. A temporary file ending in
 * {@code .drl} would itself be loaded as a rule file. For a change that spans several files,
 * put them all in place and then call {@link #reload()}, or rename them in quickly enough to fall
 * within one quiet period.
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
    /** The digest of the rule content last built (or tried), so an unchanged read is not rebuilt. */
    private volatile String lastDigest;

    /** The least time between the two reads of a stable read. */
    static final Duration MIN_SETTLE = Duration.ofMillis(50);

    private ScreenerRef(Screener.Builder config) {
        this.config = config;
        List<RuleSource> sources = config.readSources();
        current.set(config.build(sources));
        lastDigest = digest(sources);
    }

    /**
     * Builds the first screener from a copy of {@code builder}'s configuration.
     *
     * @param builder the configuration; copied, so later changes to it do not affect reloads
     * @return a reference serving the first screener, not yet watching
     * @throws NullPointerException when {@code builder} is {@code null}
     * @throws RulesLoadException when the rules do not load
     */
    public static ScreenerRef of(Screener.Builder builder) {
        return new ScreenerRef(Objects.requireNonNull(builder, "builder").copy());
    }

    /**
     * The screener serving now. Keep it for a batch that must not change rule set half-way.
     *
     * @return the current screener, never {@code null}
     */
    public Screener current() {
        return current.get();
    }

    /**
     * Screens with the current screener; see {@link Screener#screen(ClientProfile)}.
     *
     * @param profile the client profile
     * @return the complete result, naming the rule set that decided it
     * @throws NullPointerException when {@code profile} is {@code null}
     * @throws org.needlescreen.model.InvalidProfileException when a date is after the screening date
     * @throws ScreeningException on any internal failure; never a partial result
     */
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
        return reload(config.readSources());
    }

    /** Builds from sources already read and swaps the result in; the old set serves on failure. */
    private RuleSetInfo reload(List<RuleSource> sources) {
        synchronized (reloadLock) {
            lastDigest = digest(sources);
            Screener next = config.build(sources);
            Screener previous = current.getAndSet(next);
            LOG.info("Rules reloaded: {} rules, fingerprint {} (was {})", next.ruleSet().ruleCount(),
                    next.ruleSet().fingerprint(), previous.ruleSet().fingerprint());
            return next.ruleSet();
        }
    }

    /**
     * The outcome of a reload triggered by watching. Immutable, with value equality; built with
     * {@link #of(RuleSetInfo, List)}.
     */
    public static final class ReloadEvent {

        private final RuleSetInfo ruleSet;
        private final List<RuleProblem> problems;

        private ReloadEvent(RuleSetInfo ruleSet, List<RuleProblem> problems) {
            this.ruleSet = ruleSet;
            this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        }

        /**
         * A reload's outcome; {@code problems} is copied.
         *
         * @param ruleSet  the rule set now serving (the new one, or the old one when the reload failed)
         * @param problems empty on success; every problem when the reload failed
         * @return the event
         * @throws NullPointerException when {@code problems} or one of them is {@code null}
         */
        public static ReloadEvent of(RuleSetInfo ruleSet, List<RuleProblem> problems) {
            return new ReloadEvent(ruleSet, problems);
        }

        /**
         * The rule set now serving.
         *
         * @return the new rule set, or the old one when the reload failed
         */
        public RuleSetInfo ruleSet() {
            return ruleSet;
        }

        /**
         * What kept the reload from succeeding.
         *
         * @return empty on success; every problem when the reload failed (immutable)
         */
        public List<RuleProblem> problems() {
            return problems;
        }

        /**
         * Whether the reload succeeded and the new rule set is serving.
         *
         * @return {@code true} when there are no problems
         */
        public boolean succeeded() {
            return problems.isEmpty();
        }

        /**
         * Value equality: the same rule set and problems.
         *
         * @param o the object to compare with
         * @return {@code true} when {@code o} is an equal event
         */
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ReloadEvent e && Objects.equals(ruleSet, e.ruleSet)
                    && problems.equals(e.problems);
        }

        /**
         * A hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code of the values
         */
        @Override
        public int hashCode() {
            return Objects.hash(ruleSet, problems);
        }

        /**
         * The rule set and the problems: no client data.
         *
         * @return {@code ReloadEvent[ruleSet=..., problems=[...]]}
         */
        @Override
        public String toString() {
            return "ReloadEvent[ruleSet=" + ruleSet + ", problems=" + problems + "]";
        }
    }

    /**
     * Watches the rule directories and reloads when files change, once changes have been quiet for
     * {@code quietPeriod}. Before building, every rule file is read twice, {@code quietPeriod}
     * (at least 50 ms) apart; when the two reads differ the files are still being written, and the
     * watcher waits and reads again until two reads agree. It builds only from that stable
     * content, and swaps it in only when it validates. Content equal to what was last loaded is
     * not reloaded. Every reload's outcome goes to {@code listener} (on the watcher thread). For
     * development; off unless called. Publish changes by atomic rename (see the class comment).
     *
     * @param quietPeriod how long changes must be quiet before a reload, and the time between the
     *                    two reads of a stable read (at least 50 ms)
     * @param listener    receives every reload's outcome, on the watcher thread
     * @throws NullPointerException when {@code quietPeriod} or {@code listener} is {@code null}
     * @throws java.io.UncheckedIOException when the rule directories cannot be watched
     * @throws IllegalStateException when there is no rule directory to watch, or already watching
     */
    public void watch(Duration quietPeriod, Consumer<ReloadEvent> listener) {
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        watch(quietPeriod, quietPeriod.compareTo(MIN_SETTLE) < 0 ? MIN_SETTLE : quietPeriod, listener);
    }

    /**
     * {@link #watch(Duration, Consumer)} with the time between the two reads of a stable read set
     * apart from the quiet period.
     */
    void watch(Duration quietPeriod, Duration settle, Consumer<ReloadEvent> listener) {
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        Objects.requireNonNull(settle, "settle");
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
            watcher = new Thread(() -> watchLoop(ws, quietPeriod, settle, listener), "needlescreen-rules-watcher");
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

    private void watchLoop(WatchService ws, Duration quiet, Duration settle, Consumer<ReloadEvent> listener) {
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
                Snapshot stable = stableRead(settle);
                if (stable.digest().equals(lastDigest)) {
                    continue; // what is serving (or last failed) already: nothing new to load
                }
                ReloadEvent event;
                try {
                    if (stable.failure() != null) {
                        lastDigest = stable.digest();
                        throw stable.failure();
                    }
                    event = ReloadEvent.of(reload(stable.sources()), List.of());
                } catch (RulesLoadException e) {
                    LOG.warn("Rules reload failed with {} problems; the previous rule set keeps serving", e.problems().size());
                    event = ReloadEvent.of(current().ruleSet(), e.problems());
                } catch (RuntimeException e) {
                    LOG.warn("Rules reload failed ({}); the previous rule set keeps serving", e.getClass().getSimpleName());
                    event = ReloadEvent.of(current().ruleSet(), List.of(RuleProblem.of("", 0, "", String.valueOf(e.getMessage()))));
                }
                listener.accept(event);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One read of every rule file: the sources, or the failure to read them, and a digest of
     * either.
     */
    private record Snapshot(List<RuleSource> sources, RulesLoadException failure, String digest) {
    }

    private Snapshot read() {
        try {
            List<RuleSource> sources = config.readSources();
            return new Snapshot(sources, null, digest(sources));
        } catch (RulesLoadException e) {
            return new Snapshot(null, e, "unreadable:" + e.getMessage());
        }
    }

    /**
     * Reads every rule file until two reads, {@code settle} apart, agree, and returns the last:
     * content that was not changing while it was read. Never returns a read that differs from the
     * one before it.
     */
    private Snapshot stableRead(Duration settle) throws InterruptedException {
        Snapshot previous = read();
        while (true) {
            Thread.sleep(settle.toMillis());
            Snapshot now = read();
            if (now.digest().equals(previous.digest())) {
                return now;
            }
            LOG.debug("Rule files changed while being read; reading again in {} ms", settle.toMillis());
            previous = now;
        }
    }

    /** SHA-256 over every source's name, version, file paths and contents. */
    static String digest(List<RuleSource> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RuleSource s : sources) {
                field(md, s.name());
                field(md, s.version());
                for (RuleFile f : s.files()) {
                    field(md, f.path());
                    field(md, f.content());
                }
                field(md, s.declarations()); // answers.json and policy.json, read with the rule files
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void field(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(4).putInt(b.length).array());
        md.update(b);
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
