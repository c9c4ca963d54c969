package org.needlescreen.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Drools' message for a property that does not exist ("unable to resolve method using
 * strict-mode: org.needlescreen.model.ClientProfile.tattooInArea()") into one an author can act on:
 * the fact type and the property, the properties that type has, and the nearest one ("did you mean
 * tattooOrPermanentMakeupInArea?").
 */
final class PropertyHint {

    private static final Pattern STRICT_MODE =
            Pattern.compile("unable to resolve method using strict-mode: ((?:org\\.needlescreen\\.)[\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[");
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass",
            "compareTo", "describeConstable", "getDeclaringClass", "name", "ordinal");

    private PropertyHint() {
    }

    /**
     * The clearer message for {@code text}, or {@code null} when it is not about an unknown property
     * of one of NeedleScreen's types.
     */
    static String rewrite(String text) {
        Matcher m = STRICT_MODE.matcher(text);
        if (!m.find()) {
            return null;
        }
        Class<?> type;
        try {
            type = Class.forName(m.group(1), false, PropertyHint.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        String unknown = m.group(2);
        List<String> properties = properties(type);
        if (properties.isEmpty()) {
            return null;
        }
        Matcher em = EXPRESSION.matcher(text);
        String expression = em.find() ? em.group(1).strip() : "";
        String where = expression.isEmpty() ? "" : " (in \"" + expression + "\")";
        String name = type.getSimpleName();
        if (Pattern.compile("\\." + Pattern.quote(unknown) + "\\s*\\(").matcher(expression).find()) {
            // Called as a method (policy().homeMaxDepth()): name methods, with their parentheses.
            List<String> methods = methods(type);
            String method = suggest(unknown, methods.stream().filter(p -> p.endsWith("()"))
                    .map(p -> p.substring(0, p.length() - 2)).toList());
            return name + " has no method '" + unknown + "()'" + where
                    + (method == null ? "" : ": did you mean '" + method + "()'?")
                    + " The methods of " + name + ": " + String.join(", ", methods);
        }
        String suggestion = suggest(unknown, properties.stream().filter(p -> !p.endsWith(")")).toList());
        return name + " has no property '" + unknown + "'" + where
                + (suggestion == null ? "" : ": did you mean '" + suggestion + "'?")
                + " The properties of " + name + ": " + String.join(", ", properties);
    }

    /**
     * What a constraint on {@code type} can read: the public instance methods it declares. Its
     * accessors ({@code age()} reads as {@code age}), its boolean and other helpers without
     * arguments ({@code isHomeOrUnknown()} reads as {@code homeOrUnknown}), and helpers with
     * arguments written {@code hasConcern(...)}; sorted.
     */
    static List<String> properties(Class<?> type) {
        Set<String> out = new TreeSet<>(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
                .thenComparing(s -> s));
        for (Method method : type.getDeclaredMethods()) {
            if (!readable(type, method)) {
                continue;
            }
            String n = method.getName();
            if (method.getParameterCount() > 0) {
                out.add(n + "(...)");
            } else if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
                out.add(decapitalise(n.substring(2)));
            } else if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
                out.add(decapitalise(n.substring(3)));
            } else {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** The methods a condition can call on {@code type}: {@code name()}, or {@code name(...)} with arguments; sorted. */
    static List<String> methods(Class<?> type) {
        Set<String> out = new TreeSet<>(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
                .thenComparing(s -> s));
        for (Method method : type.getDeclaredMethods()) {
            if (readable(type, method)) {
                out.add(method.getName() + (method.getParameterCount() > 0 ? "(...)" : "()"));
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean readable(Class<?> type, Method method) {
        int mod = method.getModifiers();
        return Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !method.isSynthetic() && !method.isBridge()
                && method.getReturnType() != void.class && !OBJECT_METHODS.contains(method.getName())
                && method.getReturnType() != type && method.getReturnType().getDeclaringClass() != type;
    }

    /**
     * The property {@code unknown} most likely meant: the nearest by edit distance (ignoring case)
     * when it is close (a typo), else the shortest whose words hold the unknown name's words in
     * order ({@code tattooInArea} in {@code tattooOrPermanentMakeupInArea}); {@code null} when none.
     */
    static String suggest(String unknown, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(unknown.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, unknown.length() / 3)) {
            return best;
        }
        List<String> words = words(unknown);
        return candidates.stream().filter(c -> containsInOrder(words(c), words))
                .min(Comparator.comparingInt(String::length)).orElse(null);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<String> words(String camel) {
        List<String> out = new ArrayList<>();
        for (String w : camel.split("(?<=[a-z0-9])(?=[A-Z])|_")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static boolean containsInOrder(List<String> haystack, List<String> needles) {
        int i = 0;
        for (String w : haystack) {
            if (i < needles.size() && w.equals(needles.get(i))) {
                i++;
            }
        }
        return !needles.isEmpty() && i == needles.size();
    }

    private static String decapitalise(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
