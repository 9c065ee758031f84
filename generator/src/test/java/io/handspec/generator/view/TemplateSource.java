package io.handspec.generator.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a built-in template as Java: Mustache tags become a placeholder ({@code §}), comments and
 * string literals go, and what is left is scanned for the identifiers the template itself declares,
 * by the class they are declared in ({@code §} for a class whose name the view gives, nested ones
 * as {@code §/Builder}).
 */
final class TemplateSource {
    static final String HOLE = "§";
    private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([\\w-]+)\\s*}}");
    private static final Pattern TAG = Pattern.compile("\\{\\{([^}]*)}}");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_$§]+|\\S");
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");
    private static final Set<String> NOT_TYPES = Set.of("return", "new", "throw", "else", "case");

    private TemplateSource() {}

    /** The text of a built-in template, its partials ({@code {{> name}}}) written out in place. */
    static String read(String template) throws IOException {
        Matcher partial = PARTIAL.matcher(raw(template));
        StringBuilder out = new StringBuilder();
        while (partial.find()) {
            partial.appendReplacement(out, Matcher.quoteReplacement(read(partial.group(1) + ".mustache")));
        }
        return partial.appendTail(out).toString();
    }

    private static String raw(String template) throws IOException {
        try (InputStream in =
                TemplateSource.class.getClassLoader().getResourceAsStream("io/handspec/templates/" + template)) {
            if (in == null) {
                throw new IOException("no template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The template as Java tokens; a token that touches a Mustache tag is {@code §} or contains it. */
    static List<String> tokens(String template) {
        String tagless = template.replace("{{=<% %>=}}", "")
                .replace("<%={{ }}=%>", "")
                .replaceAll("(?s)\\{\\{!.*?}}", "")
                .replaceAll("\\{\\{[#^/][^}]*}}", "");
        String s = TAG.matcher(tagless)
                .replaceAll(r -> HOLE + r.group(1).replaceAll("\\W", "_") + HOLE)
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Identifiers written literally in the template's code (not in comments or strings). */
    static Set<String> literalIdentifiers(String template) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens(template)) {
            if (!t.contains(HOLE) && Character.isJavaIdentifierStart(t.codePointAt(0))) {
                out.add(t);
            }
        }
        return out;
    }

    /** What one class of a template declares. */
    record Declared(Set<String> members, Set<String> types, Set<String> specLocals) {}

    /**
     * The identifiers each class of the template declares: fields, methods and nested types, and the
     * parameters and locals of the methods that also take parameters the view names
     * ({@code ({{signature}})}), where spec names and the template's names meet.
     */
    static Map<String, Declared> declarations(String template) {
        List<String> tokens = tokens(template);
        Map<String, Declared> out = new LinkedHashMap<>();
        Deque<String> classes = new ArrayDeque<>();
        Deque<Boolean> braces = new ArrayDeque<>();
        String pendingClass = null;
        boolean specMethod = false;
        int bodyDepth = -1;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (TYPE_KEYWORDS.contains(t) && i + 1 < tokens.size() && !".".equals(prev(tokens, i))) {
                // a class named by the view is written "§", whatever tags make up its name
                pendingClass = tokens.get(i + 1).replaceAll("(" + HOLE + "[^" + HOLE + "]*" + HOLE + ")+", HOLE);
                if (!classes.isEmpty()) {
                    out.get(path(classes)).types().add(pendingClass);
                }
                if (t.equals("record")) {
                    recordComponents(tokens, i + 2, pendingClass, classes, out);
                }
            } else if (t.equals("{")) {
                boolean isClass = pendingClass != null;
                braces.push(isClass);
                if (isClass) {
                    classes.push(pendingClass);
                    out.putIfAbsent(
                            path(classes),
                            new Declared(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
                    pendingClass = null;
                } else if (braces.size() == classes.size() + 1 && !classes.isEmpty()) {
                    // a method body: its parameters were scanned at the declaration
                    member(tokens, start, i, classes, out, specMethod);
                    bodyDepth = braces.size();
                }
                start = i + 1;
            } else if (t.equals("}")) {
                if (!braces.isEmpty() && braces.pop()) {
                    classes.pop();
                }
                if (braces.size() < bodyDepth) {
                    specMethod = false;
                    bodyDepth = -1;
                }
                start = i + 1;
            } else if (t.equals(";")) {
                if (!classes.isEmpty() && braces.size() == classes.size()) {
                    member(tokens, start, i, classes, out, false);
                } else if (specMethod) {
                    local(tokens, start, i, classes, out);
                }
                start = i + 1;
            } else if (t.equals("(")
                    && !classes.isEmpty()
                    && braces.size() == classes.size()
                    && isDeclarationParen(tokens, start, i)) {
                specMethod = hasSpecSlot(tokens, i);
            }
        }
        return out;
    }

    private static void member(
            List<String> tokens, int from, int to, Deque<String> classes, Map<String, Declared> out, boolean spec) {
        Declared d = out.get(path(classes));
        int paren = indexOf(tokens, "(", from, to);
        int assign = indexOf(tokens, "=", from, to);
        int end = paren >= 0 && (assign < 0 || paren < assign) ? paren : assign >= 0 ? assign : to;
        if (end - 1 >= from) {
            String name = tokens.get(end - 1);
            boolean constructor = paren == end && name.equals(classes.peek());
            if (isName(name) && !constructor && end - 2 >= from) {
                d.members().add(name);
            }
        }
        if (paren == end && spec) {
            for (String p : parameters(tokens, paren)) {
                d.specLocals().add(p);
            }
        }
    }

    private static void local(List<String> tokens, int from, int to, Deque<String> classes, Map<String, Declared> out) {
        int assign = indexOf(tokens, "=", from, to);
        int end = assign >= 0 ? assign : to;
        if (end - 2 >= from
                && isName(tokens.get(end - 1))
                && isTypeEnd(tokens.get(end - 2))
                && !NOT_TYPES.contains(tokens.get(end - 2))
                && !".".equals(end - 3 >= from ? tokens.get(end - 3) : "")) {
            out.get(path(classes)).specLocals().add(tokens.get(end - 1));
        }
    }

    private static void recordComponents(
            List<String> tokens, int open, String record, Deque<String> classes, Map<String, Declared> out) {
        String path = classes.isEmpty() ? record : path(classes) + "/" + record;
        Declared d = out.computeIfAbsent(
                path, k -> new Declared(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
        d.members().addAll(parameters(tokens, open));
    }

    /** The literal names of the parameters in the parentheses opening at {@code open}. */
    private static List<String> parameters(List<String> tokens, int open) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("(") || t.equals("<")) {
                depth++;
            } else if (t.equals(")") || t.equals(">")) {
                depth--;
            }
            if ((depth == 1 && t.equals(",")) || (depth == 0 && t.equals(")"))) {
                String last = tokens.get(i - 1);
                if (isName(last) && isTypeEnd(tokens.get(i - 2))) {
                    names.add(last);
                }
            }
            if (depth == 0) {
                break;
            }
        }
        return names;
    }

    /** Whether the parameters opening at {@code open} include those the view names from the spec ({@code {{signature}}}). */
    private static boolean hasSpecSlot(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            String t = tokens.get(i);
            depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
            if (t.contains(HOLE + "signature" + HOLE)) {
                return true;
            }
            if (depth == 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDeclarationParen(List<String> tokens, int from, int paren) {
        return paren - 2 >= from && isTypeEnd(tokens.get(paren - 2)) && !NOT_TYPES.contains(tokens.get(paren - 2));
    }

    private static boolean isTypeEnd(String t) {
        return t.equals(">") || t.equals("]") || t.contains(HOLE) || Character.isJavaIdentifierStart(t.codePointAt(0));
    }

    private static boolean isName(String t) {
        return !t.contains(HOLE) && Character.isJavaIdentifierStart(t.codePointAt(0));
    }

    private static int indexOf(List<String> tokens, String what, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).equals(what)) {
                return i;
            }
        }
        return -1;
    }

    private static String prev(List<String> tokens, int i) {
        return i > 0 ? tokens.get(i - 1) : "";
    }

    private static String path(Deque<String> classes) {
        List<String> names = new ArrayList<>(classes);
        java.util.Collections.reverse(names);
        return String.join("/", names);
    }
}
