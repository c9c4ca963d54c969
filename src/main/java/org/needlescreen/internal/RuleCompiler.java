package org.needlescreen.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.needlescreen.Decision;
import org.needlescreen.Policy;
import org.needlescreen.RuleProblem;
import org.needlescreen.RulesLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles DRL files into a {@link CompiledRules} and checks every rule's metadata. Reports every
 * problem at once, each with the best file and line it can recover.
 */
public final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String KFS_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    /** The metadata keys a rule may carry. */
    public static final Set<String> KNOWN_KEYS = Set.of("ruleId", "decision", "sources", "summary",
            "thresholds", "rationale", "asks", "required", "question");

    private static final Pattern PACKAGE = Pattern.compile("^[ \\t]*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE_HEADER =
            Pattern.compile("^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE);
    private static final Pattern RULE_NAME_IN_TEXT =
            Pattern.compile("[Rr]ule(?: name)?\\s*[=:]?\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern ANALYSE_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*(?:\\[|$)",
            Pattern.MULTILINE);
    private static final Pattern UNRESOLVED =
            Pattern.compile("(?:^|\\s)(\\$?\\w+) cannot be resolved|The method (\\w+)\\(");
    private static final Pattern RULE_ID_VALUE = Pattern.compile("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$");

    private RuleCompiler() {
    }

    /** Where a rule header stands. */
    private record Header(String file, int line, String packageName, String ruleName) {
    }

    /**
     * Compiles the files of one or more rule sources (the default set plus additions, say).
     *
      * @param name    the rule set's name (for messages and the result's rule set)
     * @param version the rule set's version
     * @param files   the DRL files, each with its path relative to its rule directory
     * @param policy  the policy the rules' {@code @thresholds} and {@code policy()} keys are checked against
     * @return the compiled, checked rules
     * @throws RulesLoadException with every problem found
     */
    public static CompiledRules compile(String name, String version, List<RuleFile> files, Policy policy) {
        return compile(name, version, files, policy, false, true, Set.of(), List.of());
    }

    /**
     * Compiles rule files; with {@code precompiledAllowed} (the default rule set alone), the packages
     * compiled at build time are used instead of the DRL compiler when their digest matches the DRL
     * files exactly. Every check but compilation runs either way.
     *
      * @param name    the rule set's name (for messages and the result's rule set)
     * @param version the rule set's version
     * @param files   the DRL files, each with its path relative to its rule directory
     * @param policy  the policy the rules' {@code @thresholds} and {@code policy()} keys are checked against
     * @param precompiledAllowed whether these are the default rules alone, which may use the build's packages
     * @return the compiled, checked rules
     * @throws RulesLoadException with every problem found
     */
    public static CompiledRules compile(String name, String version, List<RuleFile> files, Policy policy,
                                        boolean precompiledAllowed) {
        return compile(name, version, files, policy, precompiledAllowed, true, Set.of(), List.of());
    }

    /**
     * Compiles rule files with what their directories declare: the custom answers rules may read
     * and the problems already found in those declarations (reported with the rest, in one pass).
     *
      * @param name    the rule set's name (for messages and the result's rule set)
     * @param version the rule set's version
     * @param files   the DRL files, each with its path relative to its rule directory
     * @param policy  the policy the rules' {@code @thresholds} and {@code policy()} keys are checked against
     * @param precompiledAllowed  whether these are the default rules alone, which may use the build's packages
     * @param customAnswers       the names the directories' {@code answers.json} declare
     * @param declarationProblems problems already found in {@code answers.json} and {@code policy.json}
     * @return the compiled, checked rules
     * @throws RulesLoadException with every problem found
     */
    public static CompiledRules compile(String name, String version, List<RuleFile> files, Policy policy,
                                        boolean precompiledAllowed, Set<String> customAnswers,
                                        List<RuleProblem> declarationProblems) {
        return compile(name, version, files, policy, precompiledAllowed, true, customAnswers, declarationProblems);
    }

    /**
     * FOR TESTS ONLY: compiles exactly like {@link #compile} but skips {@link RuleContract}, so that
     * tests can prove the engine's runtime post-conditions fail closed on rules the contract would
     * have rejected (a halt, a delete, an insert, a cleared agenda). Package-private on purpose:
     * neither embedders nor the CLI can reach it. Never call it from main code.
     */
    static CompiledRules compileUncheckedForTest(String name, String version, List<RuleFile> files, Policy policy) {
        return compile(name, version, files, policy, false, false, Set.of(), List.of());
    }

    private static CompiledRules compile(String name, String version, List<RuleFile> files, Policy policy,
                                         boolean precompiledAllowed, boolean checkContract, Set<String> customAnswers,
                                         List<RuleProblem> declarationProblems) {
        List<RuleProblem> problems = new ArrayList<>(declarationProblems);
        Map<String, RuleFile> byPath = new LinkedHashMap<>();
        for (RuleFile f : files) {
            if (byPath.putIfAbsent(f.path(), f) != null) {
                problems.add(RuleProblem.of(f.path(), 0, "", "the same file path appears in two rule directories"));
            }
        }
        if (byPath.isEmpty()) {
            problems.add(RuleProblem.of("", 0, "", "no .drl files found: a rule set must hold at least one rule"));
            throw new RulesLoadException(name, problems);
        }
        Map<String, Header> headers = new HashMap<>();
        List<Header> headerList = new ArrayList<>();
        String digest = digest(byPath.values());
        // The packages compiled at build time were compiled from exactly these files (same digest),
        // which passed the contract and lint checks then: those checks need not run again.
        KieBase kieBase = precompiledAllowed && problems.isEmpty() ? Precompiled.load(digest).orElse(null) : null;
        for (RuleFile f : byPath.values()) {
            for (Header h : headers(f)) {
                headerList.add(h);
                headers.putIfAbsent(RuleMeta.key(h.packageName(), h.ruleName()), h);
            }
            checkFolderMatchesPackage(f, problems);
            if (kieBase == null) {
                lintEnumsComparedToStrings(f, problems);
                if (checkContract) {
                    RuleContract.check(f, problems, customAnswers, key -> policy.value(key).isPresent());
                }
            }
        }

        if (!problems.isEmpty()) {
            // DRL is code, run by the Drools compiler itself (an annotation value is evaluated as an
            // expression): a file that breaks the contract or cannot be placed is never compiled.
            throw new RulesLoadException(name, sorted(named(problems, headerList)));
        }
        if (kieBase == null) {
            kieBase = build(name, byPath, headerList, problems);
        }

        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        Map<String, Header> byId = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        if (rules.isEmpty()) {
            problems.add(RuleProblem.of("", 0, "", "zero rules loaded: a rule set must hold at least one rule"));
        }
        List<RuleMeta> list = new ArrayList<>();
        // In load order (the default set first, then each directory as named), so that a duplicate
        // id is reported at the rule that came later: the author's file, never the jar's.
        Map<String, Integer> loadOrder = new HashMap<>();
        for (String path : byPath.keySet()) {
            loadOrder.put(path, loadOrder.size());
        }
        rules.sort(Comparator.comparingInt((Rule r) -> loadOrder.getOrDefault(location(headers, r).file(), Integer.MAX_VALUE))
                .thenComparing(r -> location(headers, r).file())
                .thenComparingInt(r -> location(headers, r).line()));
        for (Rule rule : rules) {
            Header h = location(headers, rule);
            String file = h.file();
            int line = h.line();
            Object id = rule.getMetaData().get("ruleId");
            if (id instanceof String ruleId && !ruleId.isBlank()) {
                Header earlier = byId.putIfAbsent(ruleId.strip(), h);
                if (earlier != null) {
                    problems.add(RuleProblem.of(file, line, rule.getName(), "duplicate @ruleId(\"" + ruleId.strip()
                            + "\"): also used by rule \"" + earlier.ruleName() + "\" at " + earlier.file() + ":"
                            + earlier.line() + ", loaded earlier; give this rule an id of its own"));
                }
            }
            checkCompiledAttributes(rule, file, line, problems);
            RuleMeta meta = readMeta(rule, file, line, policy, problems);
            if (meta != null) {
                list.add(meta);
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesLoadException(name, sorted(named(problems, headerList)));
        }
        list.sort(Comparator.comparing(RuleMeta::file).thenComparingInt(RuleMeta::line));
        for (RuleMeta m : list) {
            metas.put(m.key(), m);
        }
        LOG.debug("Loaded rule set '{}' version {}: {} rules from {} files", name, version, metas.size(), byPath.size());
        return new CompiledRules(kieBase, metas, name, version, digest);
    }

    /** Compiles DRL with the Drools compiler; throws when it reports an error. */
    private static KieBase build(String name, Map<String, RuleFile> byPath, List<Header> headerList,
                                 List<RuleProblem> problems) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = newReleaseId(ks);
        boolean compiled = false;
        try {
            KieBuilder builder = build(ks, releaseId, byPath.values());
            List<RuleProblem> compileProblems = new ArrayList<>();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
                compileProblems.add(locate(m, byPath, headerList));
            }
            // Drools adds a line-less "Parser returned a null Package" next to the real syntax error.
            compileProblems.removeIf(p -> p.line() == 0 && p.message().contains("Parser returned a null Package")
                    && compileProblems.stream().anyMatch(o -> o != p && o.file().equals(p.file())));
            problems.addAll(compileProblems);
            compiled = compileProblems.stream().noneMatch(p -> !p.message().startsWith("warning: "));
        } catch (RuntimeException crash) {
            problems.addAll(blameCrash(ks, byPath, crash));
        }
        if (!compiled) {
            // Without a compiled base the metadata cannot be read from the rules: check what matters
            // most of it in the text, so that one pass names both the compile errors and those.
            for (RuleFile f : byPath.values()) {
                RuleContract.checkRequiredMetadata(f, problems);
            }
            ks.getRepository().removeKieModule(releaseId);
            throw new RulesLoadException(name, sorted(named(problems, headerList)));
        }
        // Contract, folder and lint problems do not stop the metadata checks: every problem in one pass.
        KieContainer container = ks.newKieContainer(releaseId);
        try {
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }

    }

    private static ReleaseId newReleaseId(KieServices ks) {
        return ks.newReleaseId("org.needlescreen.generated", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
    }

    private static KieBuilder build(KieServices ks, ReleaseId releaseId, Iterable<RuleFile> files) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile f : files) {
            kfs.write(KFS_ROOT + f.path(), withRuleFunctions(f.content()));
        }
        return ks.newKieBuilder(kfs).buildAll();
    }

    private static final String FUNCTION_IMPORTS = functionImports();

    private static String functionImports() {
        StringBuilder sb = new StringBuilder();
        for (String name : RuleFunctions.NAMES) {
            sb.append(" import function ").append(RuleFunctions.class.getName()).append('.').append(name).append(';');
        }
        return sb.toString();
    }

    /**
     * Imports the rule functions ({@code finding}, {@code ask}, {@code policy}, ...) right after the
     * package declaration, on the same line, so every line number stays the author's.
     */
    static String withRuleFunctions(String content) {
        Matcher pm = PACKAGE.matcher(content);
        if (!pm.find()) {
            return content;
        }
        String declaration = pm.group(0).endsWith(";") ? pm.group(0) : pm.group(0) + ";";
        return content.substring(0, pm.start()) + declaration + FUNCTION_IMPORTS + content.substring(pm.end());
    }

    /**
     * Drools itself threw while compiling (it does on some malformed rules). Compile each file alone
     * to name the culprit; report the crash as a problem rather than let it escape unexplained.
     */
    private static List<RuleProblem> blameCrash(KieServices ks, Map<String, RuleFile> files, RuntimeException crash) {
        String what = "the rule compiler failed (" + crash.getClass().getSimpleName()
                + (crash.getMessage() == null ? "" : ": " + crash.getMessage().lines().findFirst().orElse("")) + ")";
        List<RuleProblem> out = new ArrayList<>();
        for (RuleFile f : files.values()) {
            ReleaseId id = newReleaseId(ks);
            try {
                build(ks, id, List.of(f));
            } catch (RuntimeException e) {
                out.add(RuleProblem.of(f.path(), 0, "", what + " on this file; look for a pattern naming an"
                        + " unknown type, or a type with the same name as a rule or query"));
            } finally {
                ks.getRepository().removeKieModule(id);
            }
        }
        if (out.isEmpty()) {
            out.add(RuleProblem.of("", 0, "", what));
        }
        return out;
    }

    /** Gives each located problem without a rule name the name of the rule it stands in. */
    private static List<RuleProblem> named(List<RuleProblem> problems, List<Header> headers) {
        List<RuleProblem> out = new ArrayList<>();
        for (RuleProblem p : problems) {
            String rule = p.rule();
            if (rule.isEmpty() && p.line() > 0) {
                for (Header h : headers) {
                    if (h.file().equals(p.file()) && h.line() <= p.line()) {
                        rule = h.ruleName();
                    }
                }
            }
            out.add(RuleProblem.of(p.file(), p.line(), rule, p.message()));
        }
        return out;
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        List<RuleProblem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparing(RuleProblem::message));
        return copy;
    }

    private static Header location(Map<String, Header> headers, Rule rule) {
        Header h = headers.get(RuleMeta.key(rule.getPackageName(), rule.getName()));
        return h != null ? h : new Header("", 0, rule.getPackageName(), rule.getName());
    }

    private static List<Header> headers(RuleFile f) {
        String pkg = "";
        Matcher pm = PACKAGE.matcher(f.content());
        if (pm.find()) {
            pkg = pm.group(1);
        }
        List<Header> out = new ArrayList<>();
        String content = f.content();
        Matcher m = RULE_HEADER.matcher(content);
        // Matches come in order: count lines from the previous match on, not from the start each time.
        int line = 1;
        int counted = 0;
        while (m.find()) {
            String ruleName = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            for (int end = m.start(0); counted < end; counted++) {
                if (content.charAt(counted) == '\n') {
                    line++;
                }
            }
            out.add(new Header(f.path(), line, pkg, ruleName));
        }
        return out;
    }

    private static void checkFolderMatchesPackage(RuleFile f, List<RuleProblem> problems) {
        Matcher pm = PACKAGE.matcher(f.content());
        int slash = f.path().lastIndexOf('/');
        String folder = slash < 0 ? "" : f.path().substring(0, slash).replace('/', '.');
        if (!pm.find()) {
            problems.add(RuleProblem.of(f.path(), 1, "", "no package declaration: declare 'package "
                    + (folder.isEmpty() ? "<name>" : folder) + ";' to match the file's folder"));
            return;
        }
        if (!pm.group(1).equals(folder)) {
            problems.add(RuleProblem.of(f.path(), lineOf(f.content(), pm.start(1)), "", "package '" + pm.group(1)
                    + "' does not match the file's folder '" + f.path().substring(0, Math.max(slash, 0))
                    + "': move the file or change the package to '" + folder + "'"));
        }
    }

    /** Enum-typed properties of the fact types, by name: {@code acne -> AcneSeverity}. */
    private static final Map<String, Class<?>> ENUM_PROPERTIES = enumProperties();

    /**
     * The properties a condition reads as enums: the public instance accessors without arguments
     * ({@code acne()}) that the fact types declare and that return an enum.
     */
    private static Map<String, Class<?>> enumProperties() {
        Map<String, Class<?>> out = new HashMap<>();
        for (Class<?> type : List.of(org.needlescreen.model.ClientProfile.class, org.needlescreen.model.Treatment.class,
                org.needlescreen.model.Isotretinoin.class, org.needlescreen.model.ProcedureHistory.class)) {
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (java.lang.reflect.Modifier.isPublic(mod) && !java.lang.reflect.Modifier.isStatic(mod)
                        && m.getParameterCount() == 0 && !m.isSynthetic() && m.getReturnType().isEnum()) {
                    out.put(m.getName(), m.getReturnType());
                }
            }
        }
        return out;
    }

    private static final Pattern ENUM_AS_STRING =
            Pattern.compile("\\b(\\w+)\\s*(?:==|!=|(?:not\\s+)?in\\s*\\()\\s*\"([^\"]*)\"");

    /**
     * {@code acne == "SEVERE"} compiles and silently never matches (an enum never equals a string):
     * the quietest way to fail open. Report it in the conditions of every rule.
     */
    private static void lintEnumsComparedToStrings(RuleFile f, List<RuleProblem> problems) {
        List<String> lines = f.content().lines().toList();
        boolean inConsequence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("then") || line.startsWith("then ")) {
                inConsequence = true;
            } else if (line.equals("end")) {
                inConsequence = false;
            }
            if (inConsequence || line.startsWith("//") || line.startsWith("@")) {
                continue;
            }
            Matcher m = ENUM_AS_STRING.matcher(lines.get(i));
            while (m.find()) {
                Class<?> type = ENUM_PROPERTIES.get(m.group(1));
                if (type != null) {
                    problems.add(RuleProblem.of(f.path(), i + 1, "", m.group(1) + " is compared to the string \""
                            + m.group(2) + "\", which never matches: compare enums as enums, e.g. " + m.group(1)
                            + " == " + type.getSimpleName() + "." + m.group(2) + " (import org.needlescreen.model.*)"));
                }
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Turns a Drools message into a problem with the best file and line we can recover. */
    private static RuleProblem locate(Message m, Map<String, RuleFile> files, List<Header> headers) {
        String path = m.getPath() == null ? "" : m.getPath();
        if (path.startsWith(KFS_ROOT)) {
            path = path.substring(KFS_ROOT.length());
        }
        String text = m.getText() == null ? "" : m.getText().strip();
        String ruleName = "";
        Matcher rm = RULE_NAME_IN_TEXT.matcher(text);
        if (rm.find()) {
            ruleName = rm.group(1);
        }
        int line = m.getLine();
        RuleFile file = files.get(path);
        if (line <= 0 && file != null) {
            // Drools gives no line for expressions it cannot analyse: find the expression in the file.
            Matcher em = ANALYSE_EXPRESSION.matcher(text);
            if (em.find()) {
                line = find(file.content(), em.group(1).strip(), 1, Integer.MAX_VALUE);
            }
        }
        if (line <= 0 && !ruleName.isEmpty()) {
            for (Header h : headers) {
                if (h.ruleName().equals(ruleName) && (path.isEmpty() || h.file().equals(path))) {
                    line = h.line();
                    path = h.file();
                    break;
                }
            }
        }
        if (file != null && line > 0) {
            // Errors in a consequence point at the rule header: look for the culprit inside the rule.
            Matcher tm = UNRESOLVED.matcher(text);
            int finalLine = line;
            boolean atHeader = headers.stream().anyMatch(h -> h.file().equals(file.path()) && h.line() == finalLine);
            if (atHeader && tm.find()) {
                String token = tm.group(1) != null ? tm.group(1) : tm.group(2);
                int inRule = find(file.content(), token, line, endOfRule(file.content(), line));
                if (inRule > 0) {
                    line = inRule;
                }
            }
        }
        if (ruleName.isEmpty() && line > 0 && files.containsKey(path)) {
            for (Header h : headers) {
                if (h.file().equals(path) && h.line() <= line) {
                    ruleName = h.ruleName();
                }
            }
        }
        String level = m.getLevel() == Message.Level.WARNING ? "warning: " : "";
        // An unknown property: name it, list the ones the type has and suggest the nearest.
        String hint = PropertyHint.rewrite(text);
        return RuleProblem.of(path, line, ruleName, level + (hint != null ? hint : text.replaceAll("\\s*\\R\\s*", " ")));
    }

    /** The first line in [from, to] holding {@code snippet} (whitespace-insensitive), or 0. */
    private static int find(String content, String snippet, int from, int to) {
        String[] tokens = snippet.split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String t : tokens) {
            if (!t.isEmpty()) {
                regex.append(regex.length() == 0 ? "" : "\\s*").append(Pattern.quote(t));
            }
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(content);
        while (m.find()) {
            int line = lineOf(content, m.start());
            if (line >= from && line <= to) {
                return line;
            }
        }
        return 0;
    }

    private static int endOfRule(String content, int headerLine) {
        List<String> lines = content.lines().toList();
        for (int i = headerLine; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("end")) {
                return i + 1;
            }
        }
        return lines.size();
    }

    /**
     * The rule contract again, on the compiled rule rather than its text: no attribute that decides
     * whether or when other rules fire survives, whatever spelling reached the compiler.
     */
    private static void checkCompiledAttributes(Rule rule, String file, int line, List<RuleProblem> problems) {
        if (!(rule instanceof org.drools.base.definitions.rule.impl.RuleImpl r)) {
            problems.add(RuleProblem.of(file, line, rule.getName(), "not a compiled DRL rule"));
            return;
        }
        List<String> steering = new ArrayList<>();
        if (r.getTimer() != null) {
            steering.add("timer");
        }
        if (r.getActivationGroup() != null && !r.getActivationGroup().isEmpty()) {
            steering.add("activation-group");
        }
        if (!r.isMainAgendaGroup()) {
            steering.add("agenda-group");
        }
        if (r.getRuleFlowGroup() != null && !r.getRuleFlowGroup().isEmpty()) {
            steering.add("ruleflow-group");
        }
        if (r.getAutoFocus()) {
            steering.add("auto-focus");
        }
        if (r.isLockOnActive()) {
            steering.add("lock-on-active");
        }
        if (r.hasCalendars()) {
            steering.add("calendars");
        }
        if (r.getDateEffective() != null || r.getDateExpires() != null) {
            steering.add("date-effective/date-expires");
        }
        // Compare by value: a deserialised (precompiled) rule holds its own EnabledBoolean instance.
        if (!(r.getEnabled() instanceof org.drools.base.base.EnabledBoolean e && e.getValue(null, null, r, null))) {
            steering.add("enabled");
        }
        if (!steering.isEmpty()) {
            problems.add(RuleProblem.of(file, line, rule.getName(), "the compiled rule carries " + String.join(", ", steering)
                    + ": a rule may report, never decide whether or when other rules fire"));
        }
    }

    private static RuleMeta readMeta(Rule rule, String file, int line, Policy policy, List<RuleProblem> problems) {
        Map<String, Object> md = rule.getMetaData();
        String name = rule.getName();
        int before = problems.size();
        for (Map.Entry<String, Object> e : md.entrySet()) {
            if (!KNOWN_KEYS.contains(e.getKey())) {
                problems.add(RuleProblem.of(file, line, name, "unknown metadata @" + e.getKey()
                        + " (known: " + String.join(", ", KNOWN_KEYS.stream().sorted().toList()) + ")"));
            } else if (!(e.getValue() instanceof String)) {
                problems.add(RuleProblem.of(file, line, name, "@" + e.getKey()
                        + " must be a quoted string, e.g. @" + e.getKey() + "(\"...\")"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String ruleId = text(md, "ruleId");
        if (ruleId == null) {
            problems.add(RuleProblem.of(file, line, name, "missing @ruleId(\"...\")"));
        } else if (!RULE_ID_VALUE.matcher(ruleId).matches()) {
            problems.add(RuleProblem.of(file, line, name, "@ruleId(\"" + ruleId
                    + "\") must be upper-case words joined by hyphens, e.g. ACNE-ACTIVE"));
        }
        String decisionText = text(md, "decision");
        String asks = text(md, "asks");
        Decision decision = null;
        if (decisionText == null && asks == null) {
            problems.add(RuleProblem.of(file, line, name, "missing @decision(\"...\") (one of "
                    + Arrays.toString(Decision.values()) + ") or, for a question rule, @asks(\"field\")"));
        } else if (decisionText != null && asks != null) {
            problems.add(RuleProblem.of(file, line, name, "a rule has either @decision or @asks, not both"));
        } else if (decisionText != null) {
            try {
                decision = Decision.valueOf(decisionText);
                if (decision == Decision.SUITABLE || decision == Decision.INCOMPLETE) {
                    problems.add(RuleProblem.of(file, line, name, "@decision(\"" + decisionText + "\") is not a finding: "
                            + "SUITABLE means no finding and INCOMPLETE comes from required @asks rules"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(RuleProblem.of(file, line, name, "unknown @decision(\"" + decisionText + "\") (one of "
                        + Arrays.toString(Decision.values()) + ", upper case)"));
            }
        }
        boolean required = false;
        String question = text(md, "question");
        if (asks != null) {
            if (ProfileFields.allowed(asks).isEmpty()) {
                problems.add(RuleProblem.of(file, line, name, "@asks(\"" + asks + "\") names no profile field (known: "
                        + String.join(", ", ProfileFields.all()) + ")"));
            }
            String req = text(md, "required");
            if (!"true".equals(req) && !"false".equals(req)) {
                problems.add(RuleProblem.of(file, line, name, "a question rule needs @required(\"true\") or @required(\"false\")"));
            }
            required = "true".equals(req);
            if (question == null) {
                problems.add(RuleProblem.of(file, line, name, "a question rule needs @question(\"...\"), the question to ask the client"));
            }
        } else {
            for (String k : List.of("required", "question")) {
                if (md.containsKey(k)) {
                    problems.add(RuleProblem.of(file, line, name, "@" + k + " belongs to question rules (with @asks) only"));
                }
            }
        }
        List<String> sources = list(text(md, "sources"));
        if (sources.isEmpty()) {
            problems.add(RuleProblem.of(file, line, name, "missing @sources(\"...\"): cite the seed article file names"
                    + " or literature keys behind this rule"));
        }
        String summary = text(md, "summary");
        if (summary == null) {
            problems.add(RuleProblem.of(file, line, name, "missing @summary(\"...\"): what the rule checks, in one sentence"));
        }
        List<String> policyKeys = list(text(md, "thresholds"));
        for (String key : policyKeys) {
            boolean known = key.endsWith("*")
                    ? policy.values().stream().anyMatch(v -> v.key().startsWith(key.substring(0, key.length() - 1)))
                    : policy.value(key).isPresent();
            if (!known) {
                problems.add(RuleProblem.of(file, line, name, "@thresholds names unknown policy key '" + key + "'"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleMeta(rule.getPackageName(), name, ruleId, decision, asks, required, question, sources,
                policyKeys, summary, text(md, "rationale"), file, line);
    }

    private static String text(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String digest(Iterable<RuleFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                md.update(f.path().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.content().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
