package org.needlescreen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.needlescreen.Policy;
import org.needlescreen.RuleProblem;

/**
 * Checks that a DRL file keeps the rule contract: a rule only reads the facts the engine inserts
 * and reports through {@code finding(...)} or {@code ask()}. Every violation is a problem at its
 * file and line; the check runs before (and independently of) the Drools compiler, so a file with
 * a compile error still gets its contract checked in the same pass.
 *
 * <p>This stops careless and copied rules (a {@code drools.halt()}, a {@code delete}, an
 * agenda-group, a {@code System.exit}); it is not a sandbox against a hostile author. DRL is code:
 * load rules only from directories you trust.
 */
final class RuleContract {

    /** The fact types the engine inserts; conditions may match nothing else. */
    static final Set<String> FACT_TYPES = Set.of("ClientProfile", "Treatment", "Concern", "Isotretinoin",
            "ProcedureHistory", "CustomAnswers");

    /** The methods of {@code CustomAnswers} that take an answer's name. */
    private static final Set<String> CUSTOM_METHODS = Set.of("yes", "no", "unknown", "known", "is", "number", "date");

    /** What an import may name: the model, the policy, java.time and java.util (not their subpackages). */
    static final List<String> IMPORT_ALLOW_LIST = List.of("org.needlescreen.model.*", "org.needlescreen.Policy",
            "java.time.*", "java.util.*");

    private static final Map<String, String> REMOVED_FACTS = Map.of(
            "Screening", "the engine no longer inserts a Screening fact: report with finding(\"...\") or ask() in the"
                    + " consequence, without a pattern",
            "Policy", "the policy is not a fact: read thresholds with policy(), e.g. Treatment( needleDepthMm >"
                    + " policy().homeMaxDepthMm() )",
            "RecentProcedure", "match ProcedureHistory (one per procedure type, with its latest date), not"
                    + " RecentProcedure");

    private static final Set<String> ENGINE_OPERATIONS = Set.of("insert", "insertLogical", "delete", "retract",
            "update", "modify", "halt", "drools", "kcontext", "getKieRuntime", "getAgenda", "getWorkingMemory",
            "KieSession", "KieServices", "FactHandle", "getFactHandle");
    private static final Set<String> CONTROL = Set.of("for", "while", "do", "try", "catch", "finally", "throw",
            "throws", "synchronized", "return", "break", "continue", "switch", "case", "goto", "new", "class",
            "if", "else", "var", "yield");
    private static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "Thread", "ThreadGroup",
            "ThreadLocal", "ProcessBuilder", "Process", "ProcessHandle", "Class", "ClassLoader", "getClass",
            "forName", "reflect", "Method", "Field", "Constructor", "invoke", "newInstance", "setAccessible",
            "MethodHandles", "MethodHandle", "Unsafe", "File", "Files", "Path", "Paths", "FileSystems",
            "InputStream", "OutputStream", "Reader", "Writer", "Socket", "ServerSocket", "URL", "URI",
            "HttpClient", "InetAddress", "ScriptEngineManager", "Executors", "ExecutorService", "ForkJoinPool",
            "CompletableFuture", "Timer", "exit", "getRuntime", "exec", "loadLibrary", "SecurityManager",
            // reflection without the word Class: StackWalker hands out classes, a class its loader
            "StackWalker", "getCallerClass", "getClassLoader", "loadClass", "getResource", "getResourceAsStream",
            "getMethod", "getDeclaredMethod", "getField", "getDeclaredField", "getConstructor",
            "getDeclaredConstructor", "getModule", "ModuleLayer",
            "java", "javax", "jdk", "sun", "com", "org", "net");
    private static final Set<String> SOURCE_ELEMENTS = Set.of("from", "collect", "accumulate", "acc", "entry",
            "window", "over", "groupby");
    private static final Set<String> STEERING_ATTRIBUTES = Set.of("activation-group", "agenda-group",
            "ruleflow-group", "auto-focus", "lock-on-active", "timer", "enabled", "calendars", "duration",
            "date-effective", "date-expires");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("salience", "no-loop", "dialect");
    private static final Set<String> GROUP_ELEMENTS = Set.of("not", "exists", "forall", "and", "or");

    private RuleContract() {
    }

    private enum Kind { IDENT, STRING, NUMBER, PUNCT }

    /** " (declared: a, b; did you mean a?)" for an unknown name. */
    static String suggestion(String name, Set<String> known) {
        if (known.isEmpty()) {
            return " (none is declared)";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = PropertyHint.distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return " (declared: " + String.join(", ", new java.util.TreeSet<>(known))
                + (bestDistance <= Math.max(2, name.length() / 3) ? "; did you mean " + best + "?" : "") + ")";
    }

    private record Token(Kind kind, String text, int line, boolean lineStart) {
        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }
    }

    /**
     * The metadata a rule cannot do without, read from the DRL text: what the loader reports when the
     * compiler fails and the compiled metadata cannot be read, so that one pass names both.
     */
    static void checkRequiredMetadata(RuleFile file, List<RuleProblem> problems) {
        List<Token> tokens = lex(file.content());
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.is("rule") || !t.lineStart() || k + 1 >= tokens.size()) {
                continue;
            }
            String rule = tokens.get(k + 1).text();
            Set<String> keys = new java.util.HashSet<>();
            int m = k + 2;
            while (m < tokens.size() && !tokens.get(m).is("when") && !tokens.get(m).is("then")
                    && !tokens.get(m).is("end") && !tokens.get(m).is("rule")) {
                if (tokens.get(m).is("@") && m + 1 < tokens.size()) {
                    keys.add(tokens.get(m + 1).text());
                }
                m++;
            }
            for (String key : List.of("ruleId", "summary", "sources")) {
                if (!keys.contains(key)) {
                    problems.add(RuleProblem.of(file.path(), t.line(), rule, "missing @" + key + "(\"...\")"));
                }
            }
            if (!keys.contains("decision") && !keys.contains("asks")) {
                problems.add(RuleProblem.of(file.path(), t.line(), rule, "missing @decision(\"...\") or, for a"
                        + " question rule, @asks(\"field\")"));
            }
        }
    }

    /** Checks one file; adds a problem per violation. */
    static void check(RuleFile file, List<RuleProblem> problems) {
        check(file, problems, Set.of(), key -> Policy.defaults().value(key).isPresent());
    }

    /**
     * Checks one file against the contract and the rule set's declarations: every custom answer a
     * rule reads must be declared in an {@code answers.json}, every key a rule reads with
     * {@code policy().number("...")} must exist and be named in its {@code @thresholds}.
     */
    static void check(RuleFile file, List<RuleProblem> problems, Set<String> customAnswers,
                      java.util.function.Predicate<String> policyKey) {
        Checker c = new Checker(file, problems);
        c.customAnswers = customAnswers;
        c.policyKey = policyKey;
        c.run();
    }

    private static final class Checker {
        private final RuleFile file;
        private final List<RuleProblem> problems;
        private final List<Token> tokens;
        private int i;
        private Set<String> customAnswers = Set.of();
        private java.util.function.Predicate<String> policyKey = key -> false;

        Checker(RuleFile file, List<RuleProblem> problems) {
            this.file = file;
            this.problems = problems;
            this.tokens = lex(file.content());
        }

        private void problem(int line, String rule, String message) {
            problems.add(RuleProblem.of(file.path(), line, rule, message));
        }

        private Token peek(int ahead) {
            int k = i + ahead;
            return k < tokens.size() ? tokens.get(k) : null;
        }

        void run() {
            checkRawText();
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.is("package")) {
                    i++;
                    skipQualifiedName();
                } else if (t.is("import")) {
                    checkImport();
                } else if (t.is("rule")) {
                    checkRule();
                } else if (t.is("dialect")) {
                    i++;
                    checkDialect(t, "");
                } else if (t.is("global") || t.is("function") || t.is("query") || t.is("declare")
                        || t.is("template") || t.is("unit")) {
                    problem(t.line(), "", "'" + t.text() + "' declarations are not allowed in rule files: a rule"
                            + " reads the inserted facts, calls policy() for thresholds and reports with finding()"
                            + " or ask()");
                    i++;
                    skipToNextTopLevel();
                } else if (t.is(";")) {
                    i++;
                } else {
                    // Drools accepts attributes at file level (they apply to every rule of the file):
                    // 'agenda-group "x"', 'enabled false', ... Nothing else belongs here either.
                    problem(t.line(), "", "'" + t.text() + "' is not allowed outside a rule: a rule file holds a"
                            + " package, imports and rules (an attribute at file level would apply to every rule"
                            + " and steer the engine)");
                    int line = t.line();
                    while (i < tokens.size() && tokens.get(i).line() == line) {
                        i++;
                    }
                }
            }
        }

        /**
         * Checks the raw text for what would make this check's lexer read the file differently from
         * Java (the consequence reaches the Java compiler verbatim):
         * <ul>
         * <li>unicode escapes (a backslash, 'u' and four hex digits), which Java decodes before it
         * reads the code, in comments and strings too: the escape of a line feed ends a {@code //}
         * comment and the escape of a double quote ends a string, so an escape can hide code;</li>
         * <li>text blocks (three double quotes): a lone quote inside one ends a string for the lexer
         * but not for Java, so code after it would be read as text.</li>
         * </ul>
         */
        private void checkRawText() {
            String text = file.content();
            int line = 1;
            int reported = 0;
            int reportedBlock = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\n') {
                    line++;
                } else if (c == '\\' && k + 1 < text.length() && text.charAt(k + 1) == 'u' && reported != line) {
                    reported = line;
                    problem(line, "", "unicode escapes (backslash-u) are not allowed anywhere in a rule file,"
                            + " comments and strings included: Java decodes them before it reads the code, so they"
                            + " can hide code; write the character itself");
                } else if (c == '"' && text.startsWith("\"\"\"", k) && reportedBlock != line) {
                    reportedBlock = line;
                    problem(line, "", "text blocks (three double quotes) are not allowed in a rule file: write"
                            + " ordinary \"...\" strings joined with +");
                }
            }
        }

        private void skipQualifiedName() {
            while (i < tokens.size() && (tokens.get(i).kind() == Kind.IDENT || tokens.get(i).is(".")
                    || tokens.get(i).is("*"))) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).is(";")) {
                i++;
            }
        }

        private void skipToNextTopLevel() {
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.lineStart() && (t.is("rule") || t.is("import") || t.is("global") || t.is("function")
                        || t.is("query") || t.is("declare"))) {
                    return;
                }
                i++;
            }
        }

        private void checkImport() {
            Token imp = tokens.get(i++);
            StringBuilder name = new StringBuilder();
            boolean qualifier = false;
            Token first = peek(0);
            if (first != null && (first.is("function") || first.is("static") || first.is("accumulate"))) {
                qualifier = true;
                i++;
            }
            while (i < tokens.size() && (tokens.get(i).kind() == Kind.IDENT || tokens.get(i).is(".")
                    || tokens.get(i).is("*")) && (name.length() == 0 || !tokens.get(i).lineStart())) {
                name.append(tokens.get(i++).text());
            }
            if (i < tokens.size() && tokens.get(i).is(";")) {
                i++;
            }
            if (qualifier) {
                problem(imp.line(), "", "'import " + first.text() + " " + name + "' is not allowed: the rule"
                        + " functions (finding, ask, policy, screeningDate, words, mm, num) are imported for you");
            } else if (!importAllowed(name.toString())) {
                problem(imp.line(), "", "import " + name + " is not allowed: imports are limited to "
                        + String.join(", ", IMPORT_ALLOW_LIST) + " (and single types from them)");
            }
        }

        private static boolean importAllowed(String name) {
            for (String allowed : IMPORT_ALLOW_LIST) {
                if (allowed.endsWith(".*")) {
                    String pkg = allowed.substring(0, allowed.length() - 1);
                    if (name.startsWith(pkg) && name.indexOf('.', pkg.length()) < 0) {
                        return true;
                    }
                } else if (name.equals(allowed)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Skips an attribute's value: a parenthesised group, a number or a boolean (never a dialect's
         * string). Returns true for a parenthesised group, an expression Drools evaluates as code.
         */
        private boolean skipAttributeValue(String attribute) {
            Token v = peek(0);
            if (v == null || attribute.equals("dialect")) {
                return false;
            }
            if (v.is("(")) {
                int depth = 0;
                do {
                    if (tokens.get(i).is("(")) {
                        depth++;
                    } else if (tokens.get(i).is(")")) {
                        depth--;
                    }
                    i++;
                } while (depth > 0 && i < tokens.size());
                return true;
            } else if (v.kind() == Kind.NUMBER || v.is("true") || v.is("false")
                    || (v.is("-") && peek(1) != null && peek(1).kind() == Kind.NUMBER)) {
                i += v.is("-") ? 2 : 1;
            } else if (v.kind() == Kind.STRING) {
                i++;
            }
            return false;
        }

        private void checkDialect(Token at, String rule) {
            Token value = peek(0);
            if (value != null && value.kind() == Kind.STRING) {
                i++;
                if (!value.text().equals("java")) {
                    problem(at.line(), rule, "dialect \"" + value.text() + "\" is not allowed: rules use the java"
                            + " dialect");
                }
            }
        }

        private void checkRule() {
            Token header = tokens.get(i++);
            Token nameToken = peek(0);
            String rule = nameToken == null ? "" : nameToken.text();
            i++;
            String decision = null;
            String thresholds = null;
            String asks = null;
            // Attributes and metadata, up to 'when' (or 'then' for a rule without conditions).
            while (i < tokens.size() && !tokens.get(i).is("when") && !tokens.get(i).is("then")
                    && !tokens.get(i).is("end")) {
                Token t = tokens.get(i);
                if (t.is("@")) {
                    Token key = peek(1);
                    i += 2;
                    String value = null;
                    if (peek(0) != null && peek(0).is("(")) {
                        int open = i;
                        int depth = 0;
                        do {
                            Token p = tokens.get(i);
                            if (p.is("(")) {
                                depth++;
                            } else if (p.is(")")) {
                                depth--;
                            } else if (p.kind() == Kind.STRING && value == null) {
                                value = p.text();
                            }
                            i++;
                        } while (depth > 0 && i < tokens.size());
                        // Drools evaluates a value that is not a string literal as an expression.
                        if (i - open != 3 || tokens.get(open + 1).kind() != Kind.STRING) {
                            problem(t.line(), rule, "metadata values are quoted strings, e.g. @"
                                    + (key == null ? "key" : key.text()) + "(\"...\"): anything else is evaluated"
                                    + " as code when the rules load");
                        }
                    }
                    if (key != null && key.is("decision")) {
                        decision = value;
                    } else if (key != null && key.is("asks")) {
                        asks = value;
                    } else if (key != null && key.is("thresholds")) {
                        thresholds = value;
                    }
                    continue;
                }
                if (t.kind() == Kind.IDENT) {
                    StringBuilder attr = new StringBuilder(t.text());
                    int line = t.line();
                    i++;
                    while (i + 1 < tokens.size() && tokens.get(i).is("-") && tokens.get(i + 1).kind() == Kind.IDENT
                            && tokens.get(i + 1).line() == line) {
                        attr.append('-').append(tokens.get(i + 1).text());
                        i += 2;
                    }
                    String a = attr.toString();
                    boolean expression = skipAttributeValue(a);
                    if (STEERING_ATTRIBUTES.contains(a)) {
                        problem(line, rule, "the attribute '" + a + "' is not allowed: it changes which other rules"
                                + " fire, and a rule may report, never steer the engine");
                    } else if (a.equals("dialect")) {
                        checkDialect(t, rule);
                    } else if (!ALLOWED_ATTRIBUTES.contains(a) && !a.equals("extends")) {
                        problem(line, rule, "the attribute '" + a + "' is not allowed (allowed: salience, no-loop,"
                                + " dialect \"java\")");
                    } else if (expression) {
                        problem(line, rule, "the attribute '" + a + "' takes a literal (salience 10, no-loop true):"
                                + " an expression in parentheses is evaluated as code");
                    }
                    continue;
                }
                i++;
            }
            boolean sawThen = false;
            int reports = 0;
            int bodyStart = i;
            if (i < tokens.size() && tokens.get(i).is("when")) {
                i++;
                int start = i;
                while (i < tokens.size() && !tokens.get(i).is("then") && !tokens.get(i).is("end")) {
                    i++;
                }
                checkConditions(tokens.subList(start, i), rule);
            }
            if (i < tokens.size() && tokens.get(i).is("then")) {
                sawThen = true;
                Token then = tokens.get(i++);
                int start = i;
                while (i < tokens.size() && !tokens.get(i).is("end")) {
                    i++;
                }
                reports = checkConsequence(tokens.subList(start, i), rule, then.line(), decision, asks);
            }
            checkNames(tokens.subList(bodyStart, Math.min(i, tokens.size())), rule, thresholds);
            if (i < tokens.size()) {
                i++; // end
            }
            if (sawThen && reports == 0) {
                problem(header.line(), rule, "the consequence reports nothing: a rule must call "
                        + (asks != null ? "ask()" : "finding(\"message\")"));
            }
        }

        private void checkForbidden(Token t, String rule, boolean conditions) {
            if (t.kind() == Kind.STRING || t.kind() == Kind.NUMBER) {
                return;
            }
            String s = t.text();
            if (ENGINE_OPERATIONS.contains(s)) {
                problem(t.line(), rule, "'" + s + "' is not allowed: a rule only reads facts and reports; it never"
                        + " changes the working memory or the engine");
            } else if (CONTROL.contains(s)) {
                problem(t.line(), rule, "'" + s + "' is not allowed in a rule: "
                        + (conditions ? "conditions are constraints on facts" : "a consequence is a list of"
                        + " finding(...) or ask() calls; put conditions in 'when'"));
            } else if (FORBIDDEN_NAMES.contains(s)) {
                problem(t.line(), rule, "'" + s + "' is not allowed in a rule: no system, thread, reflection, I/O or"
                        + " network access, and no fully qualified names (import from the allow-list)");
            } else if (s.equals("{") || s.equals("}") || s.equals("->") || s.equals("::")) {
                problem(t.line(), rule, "'" + s + "' is not allowed in a rule: no blocks, lambdas or method"
                        + " references");
            } else if (s.equals("=") || s.equals("+=") || s.equals("-=") || s.equals("++") || s.equals("--")
                    || s.equals("*=") || s.equals("/=")) {
                problem(t.line(), rule, "'" + s + "' is not allowed in a rule: nothing is assigned");
            }
        }

        private void checkConditions(List<Token> lhs, String rule) {
            // A stack of open parentheses: true for a pattern's constraints (or eval), false for a group.
            List<Boolean> stack = new ArrayList<>();
            for (int k = 0; k < lhs.size(); k++) {
                Token t = lhs.get(k);
                checkForbidden(t, rule, true);
                if (t.kind() == Kind.IDENT && SOURCE_ELEMENTS.contains(t.text())) {
                    problem(t.line(), rule, "'" + t.text() + "' is not allowed: conditions match only the facts the"
                            + " engine inserts (" + String.join(", ", FACT_TYPES.stream().sorted().toList())
                            + "); use a property or a helper on the model instead");
                }
                boolean inConstraint = !stack.isEmpty() && stack.get(stack.size() - 1);
                Token next = k + 1 < lhs.size() ? lhs.get(k + 1) : null;
                if (t.kind() == Kind.IDENT && next != null && next.is("(") && !inConstraint) {
                    Token prev = k > 0 ? lhs.get(k - 1) : null;
                    if (GROUP_ELEMENTS.contains(t.text())) {
                        stack.add(false);
                    } else if (t.text().equals("eval")) {
                        stack.add(true);
                    } else {
                        if (prev == null || !prev.is(".")) {
                            checkFactType(t, rule);
                        }
                        stack.add(true);
                    }
                    k++;
                    continue;
                }
                if (t.is("(")) {
                    stack.add(inConstraint);
                } else if (t.is(")") && !stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                }
            }
        }

        /**
         * The names a rule reads: custom answers ({@code CustomAnswers( yes("tattooInArea") )},
         * {@code $c.number("x")}) must be declared, and policy keys read with
         * {@code policy().number("key")} must exist and be named in {@code @thresholds}.
         */
        private void checkNames(List<Token> body, String rule, String thresholds) {
            int customDepth = 0;
            int depth = 0;
            for (int k = 0; k < body.size(); k++) {
                Token t = body.get(k);
                if (t.is("(")) {
                    depth++;
                } else if (t.is(")")) {
                    if (customDepth == depth) {
                        customDepth = 0;
                    }
                    depth--;
                }
                if (t.is("CustomAnswers") && k + 1 < body.size() && body.get(k + 1).is("(")) {
                    customDepth = depth + 1;
                    continue;
                }
                if (t.kind() != Kind.IDENT || k + 1 >= body.size() || !body.get(k + 1).is("(")
                        || !CUSTOM_METHODS.contains(t.text())) {
                    continue;
                }
                boolean method = k > 0 && body.get(k - 1).is(".");
                boolean onPolicy = method && k >= 4 && body.get(k - 2).is(")") && body.get(k - 3).is("(")
                        && body.get(k - 4).is("policy");
                Token arg = k + 2 < body.size() ? body.get(k + 2) : null;
                if (onPolicy && t.is("number")) {
                    if (arg == null || arg.kind() != Kind.STRING) {
                        problem(t.line(), rule, "policy().number takes the key as a quoted string");
                    } else if (!policyKey.test(arg.text())) {
                        problem(arg.line(), rule, "unknown policy key '" + arg.text() + "': declare it in the rule"
                                + " directory's policy.json (value, unit, provenance)");
                    } else if (!namedIn(thresholds, arg.text())) {
                        problem(arg.line(), rule, "policy key '" + arg.text() + "' is read but not named in"
                                + " @thresholds");
                    }
                    continue;
                }
                boolean onCustomAnswers = method ? !onPolicy : customDepth > 0;
                if (!onCustomAnswers) {
                    continue;
                }
                if (arg == null || arg.kind() != Kind.STRING) {
                    problem(t.line(), rule, "name the custom answer as a quoted string, e.g. " + t.text()
                            + "(\"tattooInArea\")");
                } else if (!customAnswers.contains(arg.text())) {
                    problem(arg.line(), rule, "custom answer \"" + arg.text() + "\" is declared by no answers.json of"
                            + " this rule set" + suggestion(arg.text(), customAnswers));
                }
            }
        }

        private static boolean namedIn(String thresholds, String key) {
            if (thresholds == null) {
                return false;
            }
            for (String k : thresholds.split(",")) {
                String n = k.strip();
                if (n.equals(key) || n.endsWith("*") && key.startsWith(n.substring(0, n.length() - 1))) {
                    return true;
                }
            }
            return false;
        }

        private void checkFactType(Token t, String rule) {
            String type = t.text();
            if (FACT_TYPES.contains(type)) {
                return;
            }
            String why = REMOVED_FACTS.get(type);
            problem(t.line(), rule, "pattern " + type + "(...) can never match: " + (why != null ? why
                    : "the engine inserts no " + type + " facts (conditions may match "
                    + String.join(", ", FACT_TYPES.stream().sorted().toList()) + ")"));
        }

        private int checkConsequence(List<Token> rhs, String rule, int thenLine, String decision, String asks) {
            int reports = 0;
            int start = 0;
            for (int k = 0; k <= rhs.size(); k++) {
                if (k < rhs.size()) {
                    checkForbidden(rhs.get(k), rule, false);
                }
                if (k == rhs.size() || rhs.get(k).is(";")) {
                    List<Token> statement = rhs.subList(start, k);
                    start = k + 1;
                    if (!statement.isEmpty()) {
                        reports += checkStatement(statement, rule, decision, asks);
                    }
                }
            }
            return reports;
        }

        private int checkStatement(List<Token> st, String rule, String decision, String asks) {
            Token head = st.get(0);
            boolean call = st.size() >= 3 && head.kind() == Kind.IDENT && st.get(1).is("(")
                    && st.get(st.size() - 1).is(")") && closes(st, 1) == st.size() - 1;
            if (!call || !(head.is("finding") || head.is("ask"))) {
                problem(head.line(), rule, "a consequence may only report: finding(\"message\"),"
                        + " finding(\"message\", rescreenOn) or ask(); found '" + head.text() + "'");
                return 0;
            }
            int args = countArguments(st);
            if (head.is("ask")) {
                if (args != 0) {
                    problem(head.line(), rule, "ask() takes no arguments: the question comes from @question");
                }
                if (asks == null && decision != null) {
                    problem(head.line(), rule, "a rule with @decision reports with finding(...), not ask()");
                }
            } else {
                if (args < 1 || args > 2) {
                    problem(head.line(), rule, "finding takes a message and optionally a re-screen date");
                }
                if (asks != null) {
                    problem(head.line(), rule, "a question rule (@asks) reports with ask(), not finding(...)");
                }
            }
            return 1;
        }

        /** The index of the token closing the parenthesis at {@code open}, or -1. */
        private static int closes(List<Token> st, int open) {
            int depth = 0;
            for (int k = open; k < st.size(); k++) {
                if (st.get(k).is("(")) {
                    depth++;
                } else if (st.get(k).is(")")) {
                    depth--;
                    if (depth == 0) {
                        return k;
                    }
                }
            }
            return -1;
        }

        private static int countArguments(List<Token> st) {
            if (st.size() == 3) {
                return 0;
            }
            int depth = 0;
            int args = 1;
            for (int k = 2; k < st.size() - 1; k++) {
                Token t = st.get(k);
                if (t.is("(") || t.is("[")) {
                    depth++;
                } else if (t.is(")") || t.is("]")) {
                    depth--;
                } else if (t.is(",") && depth == 0) {
                    args++;
                }
            }
            return args;
        }
    }

    private static final String[] OPERATORS = {"==", "!=", "<=", ">=", "&&", "||", "->", "::", "++", "--", "+=",
            "-=", "*=", "/="};

    /** Splits DRL into tokens with their lines; comments are dropped and strings kept whole. */
    private static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lastLine = 0;
        int n = s.length();
        int k = 0;
        while (k < n) {
            char c = s.charAt(k);
            if (c == '\n') {
                line++;
                k++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                k++;
                continue;
            }
            if (c == '/' && k + 1 < n && s.charAt(k + 1) == '/') {
                while (k < n && s.charAt(k) != '\n') {
                    k++;
                }
                continue;
            }
            if (c == '/' && k + 1 < n && s.charAt(k + 1) == '*') {
                k += 2;
                while (k < n && !(s.charAt(k) == '*' && k + 1 < n && s.charAt(k + 1) == '/')) {
                    if (s.charAt(k) == '\n') {
                        line++;
                    }
                    k++;
                }
                k += 2;
                continue;
            }
            boolean lineStart = line != lastLine;
            lastLine = line;
            int startLine = line;
            if (c == '"' || c == '\'') {
                StringBuilder sb = new StringBuilder();
                k++;
                while (k < n && s.charAt(k) != c) {
                    char d = s.charAt(k);
                    if (d == '\\' && k + 1 < n) {
                        sb.append(d).append(s.charAt(k + 1));
                        k += 2;
                        continue;
                    }
                    if (d == '\n') {
                        line++;
                    }
                    sb.append(d);
                    k++;
                }
                k++;
                out.add(new Token(Kind.STRING, sb.toString(), startLine, lineStart));
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int st = k;
                while (k < n && Character.isJavaIdentifierPart(s.charAt(k))) {
                    k++;
                }
                out.add(new Token(Kind.IDENT, s.substring(st, k), startLine, lineStart));
                continue;
            }
            if (Character.isDigit(c)) {
                int st = k;
                while (k < n && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '.'
                        || s.charAt(k) == '_')) {
                    k++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(st, k), startLine, lineStart));
                continue;
            }
            String op = String.valueOf(c);
            for (String o : OPERATORS) {
                if (s.startsWith(o, k)) {
                    op = o;
                    break;
                }
            }
            k += op.length();
            out.add(new Token(Kind.PUNCT, op, startLine, lineStart));
        }
        return out;
    }
}
