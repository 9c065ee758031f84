package io.handspec.generator.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns any name a spec may hold (Java keywords, digits first, unicode, {@code $}, punctuation,
 * path fragments such as {@code ../../x}) into a valid Java identifier of the right case.
 *
 * <pre>
 *   typeName("task status")   = "TaskStatus"      memberName("class")     = "class_"
 *   typeName("2fa-config")    = "_2faConfig"      memberName("page[offset]") = "pageOffset"
 *   typeName("../../x")       = "X"               constantName("in progress") = "IN_PROGRESS"
 * </pre>
 *
 * Only letters and digits that Java accepts survive; everything else separates words. The results
 * are not yet unique: {@link NameAllocator} makes them so.
 */
public final class JavaNames {
    /** Java keywords and literals that cannot be identifiers. */
    static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed");

    /**
     * The public top-level types of {@code java.lang} (Java 17 to 25, previews included). Code imports
     * them implicitly, so a class of the same simple name in a package a user imports hides them
     * ({@code import model.Error;}) or makes the simple name ambiguous ({@code import model.*;}).
     */
    static final Set<String> JAVA_LANG_TYPES = Set.of(
            "AbstractMethodError",
            "Appendable",
            "ArithmeticException",
            "ArrayIndexOutOfBoundsException",
            "ArrayStoreException",
            "AssertionError",
            "AutoCloseable",
            "Boolean",
            "BootstrapMethodError",
            "Byte",
            "CharSequence",
            "Character",
            "Class",
            "ClassCastException",
            "ClassCircularityError",
            "ClassFormatError",
            "ClassLoader",
            "ClassNotFoundException",
            "ClassValue",
            "CloneNotSupportedException",
            "Cloneable",
            "Comparable",
            "Compiler",
            "Deprecated",
            "Double",
            "Enum",
            "EnumConstantNotPresentException",
            "Error",
            "Exception",
            "ExceptionInInitializerError",
            "Float",
            "FunctionalInterface",
            "IO",
            "IllegalAccessError",
            "IllegalAccessException",
            "IllegalArgumentException",
            "IllegalCallerException",
            "IllegalMonitorStateException",
            "IllegalStateException",
            "IllegalThreadStateException",
            "IncompatibleClassChangeError",
            "IndexOutOfBoundsException",
            "InheritableThreadLocal",
            "InstantiationError",
            "InstantiationException",
            "Integer",
            "InternalError",
            "InterruptedException",
            "Iterable",
            "LayerInstantiationException",
            "LinkageError",
            "Long",
            "MatchException",
            "Math",
            "Module",
            "ModuleLayer",
            "NegativeArraySizeException",
            "NoClassDefFoundError",
            "NoSuchFieldError",
            "NoSuchFieldException",
            "NoSuchMethodError",
            "NoSuchMethodException",
            "NullPointerException",
            "Number",
            "NumberFormatException",
            "Object",
            "OutOfMemoryError",
            "Override",
            "Package",
            "Process",
            "ProcessBuilder",
            "ProcessHandle",
            "Readable",
            "Record",
            "ReflectiveOperationException",
            "Runnable",
            "Runtime",
            "RuntimeException",
            "RuntimePermission",
            "SafeVarargs",
            "ScopedValue",
            "SecurityException",
            "SecurityManager",
            "Short",
            "StableValue",
            "StackOverflowError",
            "StackTraceElement",
            "StackWalker",
            "StrictMath",
            "String",
            "StringBuffer",
            "StringBuilder",
            "StringIndexOutOfBoundsException",
            "StringTemplate",
            "SuppressWarnings",
            "System",
            "Thread",
            "ThreadDeath",
            "ThreadGroup",
            "ThreadLocal",
            "Throwable",
            "TypeNotPresentException",
            "UnknownError",
            "UnsatisfiedLinkError",
            "UnsupportedClassVersionError",
            "UnsupportedOperationException",
            "VerifyError",
            "VirtualMachineError",
            "Void",
            "WrongThreadException");

    /** The longest name handed out, in UTF-16 units. */
    static final int MAX_LENGTH = 64;

    private JavaNames() {}

    /** UpperCamelCase, e.g. for classes. */
    public static String typeName(String raw) {
        StringBuilder out = new StringBuilder();
        for (String word : words(raw)) {
            out.append(capitalize(word));
        }
        return finish(out.toString(), "Type");
    }

    /**
     * The name of a class of a package users import: {@code typeName(raw)}, prefixed with {@code prefix}
     * when it is the name of a {@code java.lang} type it would hide.
     *
     * <pre>
     *   importableTypeName("error", "Kalo") = "KaloError"    importableTypeName("task", "Kalo") = "Task"
     * </pre>
     */
    public static String importableTypeName(String raw, String prefix) {
        String name = typeName(raw);
        return JAVA_LANG_TYPES.contains(name) ? bounded(prefix + name) : name;
    }

    /** Whether {@code name} is the simple name of a public {@code java.lang} type. */
    public static boolean isJavaLangType(String name) {
        return JAVA_LANG_TYPES.contains(name);
    }

    /** lowerCamelCase, e.g. for fields, methods and parameters. */
    public static String memberName(String raw) {
        List<String> words = words(raw);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            out.append(i == 0 ? decapitalize(w) : capitalize(w));
        }
        return finish(out.toString(), "value");
    }

    /** UPPER_SNAKE_CASE, e.g. for enum constants. */
    public static String constantName(String raw) {
        List<String> words = words(raw);
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(w.toUpperCase(Locale.ROOT));
        }
        return finish(out.toString(), "EMPTY");
    }

    /** Whether {@code name} is one simple Java identifier that is not a keyword or literal. */
    public static boolean isIdentifier(String name) {
        return name != null
                && !name.isEmpty()
                && !KEYWORDS.contains(name)
                && Character.isJavaIdentifierStart(name.codePointAt(0))
                && name.codePoints().allMatch(Character::isJavaIdentifierPart)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }

    /** Whether {@code name} is a valid Java package name of dot-separated identifiers. */
    public static boolean isPackageName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty()
                    || KEYWORDS.contains(part)
                    || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)
                    || part.contains("$")) {
                return false;
            }
        }
        return true;
    }

    private static String finish(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        name = bounded(name);
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "_" + name;
        }
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    /**
     * {@code name} cut to {@value #MAX_LENGTH} characters, ending in a hash of the whole name so that
     * two long names that share a beginning stay apart. Class files and file systems limit names to
     * 255 bytes, and a nested class's file name holds its owners' names too.
     */
    static String bounded(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String hash = String.format("%08x", name.hashCode());
        int cut = MAX_LENGTH - hash.length() - 1;
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        return name.substring(0, cut) + "_" + hash;
    }

    /** Splits on anything that is not a letter or digit, and between a lower-case letter and an upper-case one. */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        if (raw == null) {
            return words;
        }
        StringBuilder current = new StringBuilder();
        int[] cps = raw.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean part = Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c) && c != '$';
            if (!part) {
                flush(words, current);
                continue;
            }
            if (current.length() > 0 && Character.isUpperCase(c)) {
                int prev = current.codePointBefore(current.length());
                boolean nextLower = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (Character.isLowerCase(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    flush(words, current);
                }
            }
            current.appendCodePoint(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static String capitalize(String w) {
        if (w.isEmpty()) {
            return w;
        }
        boolean allUpper = w.codePoints().noneMatch(Character::isLowerCase);
        String rest = allUpper && w.length() > 1 ? w.substring(1).toLowerCase(Locale.ROOT) : w.substring(1);
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + rest;
    }

    private static String decapitalize(String w) {
        boolean allUpper = w.codePoints().noneMatch(Character::isLowerCase);
        return allUpper ? w.toLowerCase(Locale.ROOT) : w.substring(0, 1).toLowerCase(Locale.ROOT) + w.substring(1);
    }
}
