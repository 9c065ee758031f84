package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavaNamesTest {

    @ParameterizedTest(name = "typeName({0}) = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "task status|TaskStatus",
                "task_status|TaskStatus",
                "taskStatus|TaskStatus",
                "TASK_STATUS|TaskStatus",
                "2fa-config|_2faConfig",
                "../../x|X",
                "class|Class",
                "HTTPResponse|HttpResponse",
                "getHTTPResponse|GetHttpResponse",
                "$ref|Ref",
                "a$b|AB",
                "ünïcödé|Ünïcödé",
                "page[offset]|PageOffset",
                "!!!|Type",
                "x-kalo-api-key|XKaloApiKey",
                "user_v2|UserV2",
                "/users;email={email}|UsersEmailEmail"
            })
    void typeNames(String raw, String expected) {
        assertEquals(expected, JavaNames.typeName(raw));
        assertTrue(SourceVersion.isName(expected));
    }

    @ParameterizedTest(name = "memberName({0}) = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "class|class_",
                "Class|class_",
                "default|default_",
                "page[offset]|pageOffset",
                "1st|_1st",
                "_class|class_",
                "record|record_",
                "var|var_",
                "X-Kalo-Api-Key|xKaloApiKey",
                "If-None-Match|ifNoneMatch",
                "ids|ids",
                "first_row_number|firstRowNumber",
                "ID|id",
                "userID|userId",
                "null|null_",
                "true|true_",
                "_|value",
                "--|value",
                "a b c|aBC",
                "$|value"
            })
    void memberNames(String raw, String expected) {
        assertEquals(expected, JavaNames.memberName(raw));
        assertTrue(SourceVersion.isName(expected));
    }

    @ParameterizedTest(name = "constantName({0}) = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "in progress|IN_PROGRESS",
                "ongoing|ONGOING",
                "inProgress|IN_PROGRESS",
                "5XX|_5XX",
                "*/|EMPTY",
                "a\"b|A_B",
                "FOO|FOO",
                "vnd.kickfolio.v1|VND_KICKFOLIO_V1",
                "INHERIT-FROM-ROLE|INHERIT_FROM_ROLE"
            })
    void constantNames(String raw, String expected) {
        assertEquals(expected, JavaNames.constantName(raw));
        assertTrue(SourceVersion.isName(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"abstract", "goto", "const", "enum", "assert", "strictfp", "_", "yield", "sealed", "permits"})
    void everyKeywordBecomesAValidName(String keyword) {
        assertTrue(SourceVersion.isName(JavaNames.memberName(keyword)), keyword);
        assertTrue(SourceVersion.isName(JavaNames.typeName(keyword)), keyword);
        assertTrue(SourceVersion.isName(JavaNames.constantName(keyword)), keyword);
    }

    @Test
    void packageNamesAreChecked() {
        assertTrue(JavaNames.isPackageName("com.example.kalo"));
        assertFalse(JavaNames.isPackageName("com.example.class"));
        assertFalse(JavaNames.isPackageName("com..example"));
        assertFalse(JavaNames.isPackageName("com.1example"));
        assertFalse(JavaNames.isPackageName("com.ex-ample"));
        assertFalse(JavaNames.isPackageName(""));
    }

    @Test
    void allocatorKeepsNamesUniqueIgnoringCase() {
        NameAllocator names = new NameAllocator(java.util.Set.of("build"));
        assertEquals("Pet", names.allocate("Pet"));
        assertEquals("pet2", names.allocate("pet"));
        assertEquals("PET3", names.allocate("PET"));
        assertEquals("build2", names.allocate("build"));
        assertEquals("Build3", names.allocate("Build"));
        assertTrue(names.isTaken("BUILD2"));
    }

    @Test
    void javaLiteralsEscapeEverythingThatCouldBreakOut() {
        assertEquals("\"a\\\"b\"", JavaText.literal("a\"b"));
        assertEquals("\"back\\\\slash\"", JavaText.literal("back\\slash"));
        assertEquals("\"\\\\u000a\"", JavaText.literal("\\u000a"));
        assertEquals("\"line\\nbreak\"", JavaText.literal("line\nbreak"));
        assertEquals("\"\\u00fc\"", JavaText.literal("ü"));
    }

    @Test
    void javadocCannotEndTheCommentOrSmuggleEscapes() {
        String line = JavaText.escapeDoc("ends */ here \\u000a and <b>&</b> @param");
        assertFalse(line.contains("*/"));
        assertFalse(line.contains("\\u"));
        assertFalse(line.contains("<b>"));
        assertFalse(line.contains("@param"));
        assertEquals("a &lt;code&gt; &amp; b", JavaText.escapeDoc("a <code> & b"));
        assertEquals(java.util.List.of("first", "<p>", "second"), JavaText.javadoc("first\n\nsecond\n"));
    }

    @Test
    void everyPublicJavaLangTypeOfTheRunningJdkIsKnownAsOne() throws Exception {
        Set<String> missing = new java.util.TreeSet<>(io.handspec.generator.JavaLangNamesTest.publicJavaLangTypes());
        missing.removeAll(JavaNames.JAVA_LANG_TYPES);
        assertEquals(Set.of(), missing, "add them to JavaNames.JAVA_LANG_TYPES");
    }

    @Test
    void importableTypeNamesNeverHideJavaLang() {
        assertEquals("KaloError", JavaNames.importableTypeName("error", "Kalo"));
        assertEquals("KaloRecord", JavaNames.importableTypeName("Record", "Kalo"));
        assertEquals("Task", JavaNames.importableTypeName("task", "Kalo"));
        assertEquals("ErrorBody", JavaNames.importableTypeName("error body", "Kalo"));
    }
}
