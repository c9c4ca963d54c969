package org.needlescreen.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.needlescreen.RuleDescription;
import org.needlescreen.Screener;
import org.needlescreen.internal.RuleFile;
import org.needlescreen.internal.RuleSource;

/**
 * Which loaded rules the coverage check counts: a rule counted here must fire in some scenario.
 * A rule is known by its DRL file ({@link RuleDescription#file()}, relative to its rule directory);
 * two rule directories never hold the same file path (the loader rejects that), so the file tells
 * where a rule came from.
 *
 * <pre>{@code
 * Coverage.allRules()                          // every loaded rule (the default)
 * Coverage.rulesFrom(Path.of("clinic-rules"))  // only the rules whose file is in clinic-rules
 * Coverage.exceptDefaultRules()                // every rule that is not one of the default set
 * }</pre>
 */
public final class Coverage {

    private final String description;
    private final Function<List<RuleDescription>, List<RuleDescription>> select;

    private Coverage(String description, Function<List<RuleDescription>, List<RuleDescription>> select) {
        this.description = description;
        this.select = select;
    }

    /**
     * Every loaded rule must fire in some scenario.
     *
     * @return the coverage that counts every rule the screener loaded
     */
    public static Coverage allRules() {
        return new Coverage("every loaded rule", rules -> rules);
    }

    /**
     * Only the rules from these rule directories must fire in some scenario: the rules whose DRL
     * file is below one of them (the files are listed when the coverage is checked).
     *
     * @param directories the rule directories whose rules are counted
     * @return the coverage that counts only the rules from {@code directories}
     */
    public static Coverage rulesFrom(Path... directories) {
        return rulesFrom(List.of(directories));
    }

    /**
     * As {@link #rulesFrom(Path...)}.
     *
     * @param directories the rule directories whose rules are counted
     * @return the coverage that counts only the rules from {@code directories}
     */
    public static Coverage rulesFrom(List<Path> directories) {
        List<Path> dirs = List.copyOf(directories);
        String names = dirs.stream().map(Path::toString).collect(Collectors.joining(", "));
        return new Coverage("the rules of " + names, rules -> {
            Set<String> files = new HashSet<>();
            for (Path dir : dirs) {
                files.addAll(drlFiles(dir));
            }
            return rules.stream().filter(r -> files.contains(r.file())).toList();
        });
    }

    /**
     * Every rule that does not come from the default rule set (the rules an embedder added).
     *
     * @return the coverage that counts every loaded rule outside the default rule set
     */
    public static Coverage exceptDefaultRules() {
        return new Coverage("the rules outside the default rule set", rules -> {
            Set<String> defaults = RuleSource.defaultRules().files().stream().map(RuleFile::path)
                    .collect(Collectors.toSet());
            return rules.stream().filter(r -> !defaults.contains(r.file())).toList();
        });
    }

    /**
     * The rules of {@code screener} this coverage counts, in catalogue order.
     *
     * @param screener the screener whose loaded rules are selected from
     * @return the counted rules, in catalogue order
     * @throws IllegalStateException when a rule directory this coverage names does not exist
     */
    public List<RuleDescription> rules(Screener screener) {
        return select.apply(Objects.requireNonNull(screener, "screener").rules());
    }

    /** What this coverage counts, in words ("the rules of clinic-rules"). */
    @Override
    public String toString() {
        return description;
    }

    /**
     * The DRL files below {@code dir}, relative to it and {@code /}-separated: the paths the loader
     * gives the rules of that directory.
     */
    static Set<String> drlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("rule directory " + dir + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
