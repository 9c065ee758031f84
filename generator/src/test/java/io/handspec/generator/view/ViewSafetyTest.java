package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Spec text reaches a template only through the escaping types: no view record has a {@code String}
 * (or any other raw) component, and every format that builds code or Javadoc is a literal of the
 * generator's own source, never text computed from a spec.
 */
class ViewSafetyTest {
    private static final String PAYLOAD = "5XX */ static { INJECTED(); } /* \"; INJECTED(); \\u000a INJECTED(); \u2028";

    @Test
    void everyViewComponentIsCodeDocOrAnotherView() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> c : Views.class.getDeclaredClasses()) {
            if (!c.isRecord()) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!safe(rc.getGenericType())) {
                    offenders.add(c.getSimpleName() + "." + rc.getName() + ": "
                            + rc.getGenericType().getTypeName());
                }
            }
        }
        assertEquals(List.of(), offenders, "view components that could carry raw spec text into a template");
    }

    private static boolean safe(Type t) {
        // TypeNames: the framework-type table, a Map<String, Code> that spells (and imports) a type when a template
        // reads it
        if (t == Code.class || t == Doc.class || t == boolean.class || t == TypeNames.class) {
            return true;
        }
        if (t instanceof Class<?> c) {
            return c.getEnclosingClass() == Views.class && (c.isRecord() || c.isInterface());
        }
        if (t instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return safe(args[0]);
            }
            // the framework-type table: keys are fixed simple names chosen by the generator, values checked spellings
            return raw == Map.class && args[0] == String.class && args[1] == Code.class;
        }
        return false;
    }

    @Test
    void formatsAreLiteralsOfTheGeneratorsOwnSource() throws IOException {
        Pattern call = Pattern.compile("\\b(Code|Doc)\\.(of|join)\\(\\s*([^\\s])");
        List<String> offenders = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java/io/handspec/generator"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(p);
                Matcher m = call.matcher(source);
                while (m.find()) {
                    calls++;
                    boolean literal = m.group(3).equals("\"");
                    // Code.join's first argument is its separator, also a literal; Doc.join takes a list of Docs
                    boolean docJoin = m.group(1).equals("Doc") && m.group(2).equals("join");
                    boolean codeJoinVariable = m.group(1).equals("Code")
                            && m.group(2).equals("join")
                            && source.startsWith("indent", m.start(3));
                    if (!literal
                            && !docJoin
                            && !codeJoinVariable
                            && !p.endsWith("Code.java")
                            && !p.endsWith("Doc.java")) {
                        offenders.add(p.getFileName() + ": "
                                + source.substring(m.start(), Math.min(source.length(), m.end() + 40)));
                    }
                }
            }
        }
        assertTrue(calls > 50, "the scan found the builders' calls");
        assertEquals(List.of(), offenders);
    }

    @Test
    void specTextCannotCloseAJavadocComment() {
        Doc doc = Doc.of("@throws %s on %s", "ApiException", PAYLOAD);
        assertFalse(doc.toString().contains("*/"), doc.toString());
        assertFalse(doc.toString().contains("\\u"), doc.toString());
        assertFalse(doc.toString().contains("\u2028"), doc.toString());
        for (Doc line : Doc.lines(PAYLOAD + "\n\n" + PAYLOAD)) {
            assertFalse(line.toString().contains("*/"), line.toString());
            assertFalse(line.toString().contains("\\"), line.toString());
        }
    }

    @Test
    void specTextBecomesCodeOnlyAsALiteral() {
        Code literal = Code.literal(PAYLOAD);
        String text = literal.toString();
        assertTrue(text.startsWith("\"") && text.endsWith("\""));
        // inside the literal, every quote and backslash is escaped, and nothing javac reads as a unicode escape remains
        String inner = text.substring(1, text.length() - 1);
        assertFalse(inner.replace("\\\\", "").replace("\\\"", "").contains("\""), text);
        assertFalse(inner.replace("\\\\", "").contains("\\u000a"), text);
        assertFalse(text.contains("\u2028"), text);
    }

    @Test
    void identifiersAndTypesRefuseAnythingElse() {
        for (String bad : List.of("a b", "class", "x;INJECTED()", "", "a/*", "1a", "a\"")) {
            assertThrows(IllegalArgumentException.class, () -> Code.name(bad), bad);
        }
        for (String bad :
                List.of("List<String>; INJECTED()", "a..b", "Map<String, \"x\">", "x /* y */", "new Object()")) {
            assertThrows(IllegalArgumentException.class, () -> Code.type(bad), bad);
        }
        assertEquals(
                "java.util.Map<java.lang.String, Outer.Inner[]>",
                Code.type("java.util.Map<java.lang.String, Outer.Inner[]>").toString());
        assertEquals("byte[]", Code.type("byte[]").toString());
    }

    @Test
    void formatsRefuseQuotesAndComments() {
        for (String bad : Set.of("x(\"$L\")", "x /* $L */", "x // $L", "'c'", "a\\u0022")) {
            assertThrows(IllegalArgumentException.class, () -> Code.of(bad, Code.EMPTY), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Doc.of("*/ %s", "x"));
        assertEquals(
                "f(\"a\\\"b\", x, y)",
                Code.of("f($S, $N, $L)", "a\"b", "x", Code.name("y")).toString());
    }
}
