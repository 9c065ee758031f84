package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Code#type} accepts exactly the spellings its definition by regular expressions accepts. */
class CodeTypeTest {
    private static final Pattern TYPE =
            Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.<>, \\[\\]?&]*");
    private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^\\p{javaJavaIdentifierPart}]+");
    private static final List<String> ALLOWED_KEYWORDS =
            List.of("byte", "short", "int", "long", "char", "float", "double", "boolean", "void", "extends", "super");

    /** The definition: a type spelling by pattern, then no keyword but primitives, extends and super among its words. */
    private static boolean byDefinition(String spelled) {
        if (!TYPE.matcher(spelled).matches() || spelled.contains("..")) {
            return false;
        }
        for (String part : NOT_IDENTIFIER.split(spelled)) {
            if (JavaNames.KEYWORDS.contains(part) && !ALLOWED_KEYWORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void acceptsWhatTheDefinitionAccepts() {
        List<String> samples = new ArrayList<>(List.of(
                "java.util.Map<java.lang.String, Outer.Inner[]>",
                "byte[]",
                "List<? extends Number>",
                "List<? super T>",
                "A & B",
                "int",
                "class",
                "a.class",
                "List<String>; INJECTED()",
                "a..b",
                "a.",
                ".a",
                "Map<String, \"x\">",
                "x /* y */",
                "new Object()",
                "日本.Ü_1$",
                "\uD83D\uDE00",
                "a\uD800",
                "a\u0000b",
                "a\u200Bb",
                "",
                " a",
                "a ",
                "a<>",
                "goto",
                "var",
                "Outer.goto",
                "true",
                "null",
                "x, int, void"));
        String alphabet = "aZ_$1.<>, []?&;()\"/*-日\uD83D\uDE00\u0000\u200Bintclassvoidsuper";
        Random random = new Random(18);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(10);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (String words : List.of("int", "class", "void", "super", "extends", "goto", "List", "a")) {
            samples.add(words + "<" + words + ">");
            samples.add("x." + words + "[]");
        }
        for (String s : samples) {
            assertEquals(byDefinition(s), Code.isTypeSpelling(s), () -> "'" + s + "'");
        }
    }
}
