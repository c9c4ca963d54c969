package org.needlescreen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.needlescreen.CustomAnswer;
import org.needlescreen.Policy;
import org.needlescreen.RuleProblem;
import org.needlescreen.RulesLoadException;

/**
 * Reads a rule set's DRL files and its {@code ruleset.properties} (name, version) from the class
 * path or from a directory the embedder names. Never from a default location on disk.
 *
 * @param name    the rule set's name
 * @param version its version
 * @param files   its DRL files, sorted by path
 * @param answers the answers its {@code answers.json} declares
 * @param declaredPolicy the policy values its {@code policy.json} declares
 * @param problems what is wrong in those two files, each at its line
 * @param declarations the text of those two files, for the fingerprint
 */
public record RuleSource(String name, String version, List<RuleFile> files, List<CustomAnswer> answers,
                         List<Policy.Value> declaredPolicy, List<RuleProblem> problems, String declarations) {

    /** Where the default rule set lives on the class path. */
    public static final String CLASSPATH_ROOT = "needlescreen/rules";
    static final String PROPERTIES = "ruleset.properties";
    /** Where the build writes the project version (Maven resource filtering). */
    static final String BUILD_PROPERTIES = "needlescreen/build.properties";

    /**
     * Copies the lists.
     *
     * @param name    the rule set's name
     * @param version its version
     * @param files   its DRL files, sorted by path
     * @param answers the answers its {@code answers.json} declares
     * @param declaredPolicy the policy values its {@code policy.json} declares
     * @param problems what is wrong in those two files, each at its line
     * @param declarations the text of those two files, for the fingerprint
     * @throws NullPointerException when a list, or an element of one, is {@code null}
     */
    public RuleSource {
        files = List.copyOf(files);
        answers = List.copyOf(answers);
        declaredPolicy = List.copyOf(declaredPolicy);
        problems = List.copyOf(problems);
    }

    /**
     * A rule set of DRL files only: no declared answers or policy values, no problems.
     *
     * @param name    the rule set's name
     * @param version its version
     * @param files   its DRL files, sorted by path
     */
    public RuleSource(String name, String version, List<RuleFile> files) {
        this(name, version, files, List.of(), List.of(), List.of(), "");
    }

    /**
     * The rule set packaged with this library: read from the jar (or classes directory) that holds
     * this class, never from the first class-path entry that happens to have a resource of the same
     * name (a jar placed earlier on the class path must not replace the default rules). Its version
     * is the project's: {@link #buildVersion()}.
     *
     * @return the default rule set
     * @throws RulesLoadException when the library's own jar or classes directory cannot be located,
     *                            or holds no readable default rule set
     */
    public static RuleSource defaultRules() {
        try {
            Path root = ownRoot().resolve(CLASSPATH_ROOT);
            if (!Files.isRegularFile(root.resolve(PROPERTIES))) {
                throw missing("the default rule set is missing from the library's jar (" + CLASSPATH_ROOT + "/"
                        + PROPERTIES + ")");
            }
            return withBuildVersion(read(root, "default"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesLoadException r) {
                throw r;
            }
            throw missing("cannot read the default rule set from the library's own jar ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A resource from the library's own jar or classes directory (never another class-path entry),
     * or {@code null} when it is not there.
     */
    static InputStream ownResource(String name) throws IOException {
        Path p;
        try {
            p = ownRoot().resolve(name);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }

    /** The root of the jar or classes directory that holds this class: where the library's resources live. */
    private static Path ownRoot() throws IOException {
        URI location;
        try {
            location = RuleSource.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IOException("the library's location is not a URI", e);
        }
        Path own = Path.of(location);
        if (Files.isDirectory(own)) {
            return own;
        }
        URI jar = URI.create("jar:" + own.toUri());
        FileSystem fs;
        try {
            fs = FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(jar);
        }
        return fs.getPath("/");
    }

    private static RulesLoadException missing(String why) {
        return new RulesLoadException("default", List.of(RuleProblem.of("", 0, "", why)));
    }

    /**
     * The version this library was built as, from {@code needlescreen/build.properties}; "unversioned"
     * when that resource is missing or was copied without Maven's filtering.
     *
     * @return the version, e.g. {@code 1.0.0}, or {@code "unversioned"}
     */
    public static String buildVersion() {
        Properties props = new Properties();
        try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unversioned";
        }
        String v = props.getProperty("version", "").trim();
        return v.isEmpty() || v.contains("${") ? "unversioned" : v;
    }

    private static RuleSource withBuildVersion(RuleSource rules) {
        return new RuleSource(rules.name(), buildVersion(), rules.files(), rules.answers(), rules.declaredPolicy(),
                rules.problems(), rules.declarations());
    }

    /**
     * The rule set in a directory: every {@code *.drl} file below it, and its optional
     * {@code ruleset.properties}. The name defaults to the directory's name. Problems in its
     * {@code answers.json} or {@code policy.json} are carried in {@link #problems()}, not thrown.
     *
     * @param dir the rule directory
     * @return the rule set, files sorted by path
     * @throws RulesLoadException when {@code dir} is not a readable directory or a file in it cannot
     *                            be read
     */
    public static RuleSource fromDirectory(Path dir) {
        String label = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            throw new RulesLoadException(label, List.of(RuleProblem.of(dir.toString(), 0, "",
                    "not a readable directory")));
        }
        try {
            return read(dir, label);
        } catch (IOException e) {
            throw new RulesLoadException(label, List.of(RuleProblem.of(dir.toString(), 0, "",
                    "cannot read the rule directory: " + e.getMessage())));
        }
    }

    private static RuleSource read(Path root, String defaultName) throws IOException {
        Properties props = new Properties();
        Path propsFile = root.resolve(PROPERTIES);
        if (Files.isRegularFile(propsFile)) {
            try (Reader r = new StringReader(Files.readString(propsFile, StandardCharsets.UTF_8))) {
                props.load(r);
            }
        }
        List<RuleFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> drl = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> relative(root, p)))
                    .toList();
            for (Path p : drl) {
                String rel = relative(root, p);
                try (InputStream in = Files.newInputStream(p)) {
                    files.add(new RuleFile(rel, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    problems.add(RuleProblem.of(rel, 0, "", "cannot read: " + e.getMessage()));
                }
            }
        }
        String name = props.getProperty("name", defaultName).trim();
        if (!problems.isEmpty()) {
            throw new RulesLoadException(name, problems);
        }
        // What the directory declares beside its DRL: its own answers and policy values.
        List<RuleProblem> declarationProblems = new ArrayList<>();
        List<CustomAnswer> answers = List.of();
        List<Policy.Value> declared = List.of();
        StringBuilder declarations = new StringBuilder();
        Path answersFile = root.resolve(Declarations.ANSWERS);
        if (Files.isRegularFile(answersFile)) {
            String text = Files.readString(answersFile, StandardCharsets.UTF_8);
            declarations.append(Declarations.ANSWERS).append('\0').append(text).append('\0');
            answers = Declarations.answers(Declarations.ANSWERS, text, ProfileFields.topLevelNames(),
                    declarationProblems);
        }
        Path policyFile = root.resolve(Declarations.POLICY);
        if (Files.isRegularFile(policyFile)) {
            String text = Files.readString(policyFile, StandardCharsets.UTF_8);
            declarations.append(Declarations.POLICY).append('\0').append(text).append('\0');
            declared = declaredPolicy(text, declarationProblems);
        }
        return new RuleSource(name, props.getProperty("version", "unversioned").trim(), files, answers, declared,
                declarationProblems, declarations.toString());
    }

    /**
     * The policy values a rule directory declares in its {@code policy.json}, without reading its
     * rules; none when the file is absent, unreadable or wrong (loading the directory reports why).
     *
     * @param dir a rule directory
     * @return the values its {@code policy.json} declares
     */
    public static List<Policy.Value> declaredPolicy(Path dir) {
        Path file = dir.resolve(Declarations.POLICY);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return declaredPolicy(Files.readString(file, StandardCharsets.UTF_8), new ArrayList<>());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Policy.Value> declaredPolicy(String text, List<RuleProblem> problems) {
        return Declarations.policy(Declarations.POLICY, text, Policy.defaults(), problems);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }
}
