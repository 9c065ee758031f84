package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every printable ASCII character (0x20-0x7E) and some non-ASCII text, written in each place and
 * style: the expected output is spelled out, character by character, from RFC 3986's sets.
 */
class ReservedSetsTest {
    static final String DIGITS = "0123456789";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    /** 0x20 to 0x7E in order. */
    static final String ASCII = " !\"#$%&'()*+,-./" + DIGITS + ":;<=>?@" + UPPER + "[\\]^_`" + LOWER + "{|}~";

    static final String NON_ASCII = "é€😀";
    static final String NON_ASCII_ENCODED = "%C3%A9%E2%82%AC%F0%9F%98%80";

    /** pchar but ';', '=' and ',' (segment parameters and lists). */
    static final String PATH = "%20!%22%23$%25&'()*+%2C-.%2F" + DIGITS + ":%3B%3C%3D%3E%3F@" + UPPER
            + "%5B%5C%5D%5E_%60" + LOWER + "%7B%7C%7D~";
    /** As {@link #PATH}, and '.' (the label delimiter). */
    static final String LABEL = "%20!%22%23$%25&'()*+%2C-%2E%2F" + DIGITS + ":%3B%3C%3D%3E%3F@" + UPPER
            + "%5B%5C%5D%5E_%60" + LOWER + "%7B%7C%7D~";
    /** RFC 3986 query but '&', '=', '+'. */
    static final String QUERY = "%20!%22%23$%25%26'()*%2B,-./" + DIGITS + ":;%3C%3D%3E?@" + UPPER + "%5B%5C%5D%5E_%60"
            + LOWER + "%7B%7C%7D~";
    /** As {@link #QUERY}, and ',' (the delimiter of form without explode). */
    static final String QUERY_NO_COMMA = QUERY.replace(",", "%2C");
    /** allowReserved: all reserved characters but '#' stay. */
    static final String RESERVED =
            "%20!%22%23$%25&'()*+,-./" + DIGITS + ":;%3C=%3E?@" + UPPER + "[%5C]%5E_%60" + LOWER + "%7B%7C%7D~";
    /** application/x-www-form-urlencoded: unreserved only, space as '+'. */
    static final String FORM = "+%21%22%23%24%25%26%27%28%29%2A%2B%2C-.%2F" + DIGITS + "%3A%3B%3C%3D%3E%3F%40" + UPPER
            + "%5B%5C%5D%5E_%60" + LOWER + "%7B%7C%7D~";

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("path simple", path(ParamStyle.SIMPLE), "", PATH),
                Arguments.of("path simple exploded", path(ParamStyle.SIMPLE_EXPLODED), "", PATH),
                Arguments.of("path label", path(ParamStyle.LABEL), ".", LABEL),
                Arguments.of("path label exploded", path(ParamStyle.LABEL_EXPLODED), ".", LABEL),
                Arguments.of("path matrix", path(ParamStyle.MATRIX), ";v=", PATH),
                Arguments.of("path matrix exploded", path(ParamStyle.MATRIX_EXPLODED), ";v=", PATH),
                Arguments.of("query form exploded", query(ParamStyle.FORM_EXPLODED, false), "v=", QUERY),
                Arguments.of("query form", query(ParamStyle.FORM, false), "v=", QUERY_NO_COMMA),
                Arguments.of("query spaceDelimited", query(ParamStyle.SPACE_DELIMITED, false), "v=", QUERY),
                Arguments.of("query pipeDelimited", query(ParamStyle.PIPE_DELIMITED, false), "v=", QUERY),
                Arguments.of("query deepObject", query(ParamStyle.DEEP_OBJECT, false), "v=", QUERY),
                Arguments.of("query allowReserved", query(ParamStyle.FORM_EXPLODED, true), "v=", RESERVED),
                Arguments.of("form body", form(ParamStyle.FORM_EXPLODED), "v=", FORM),
                Arguments.of("form body explode false", form(ParamStyle.FORM), "v=", FORM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void everyPrintableAsciiCharacterIsKeptOrEscapedAsItsPlaceRequires(
            String place, Function<String, String> write, String prefix, String expected) {
        assertEquals(prefix + expected, write.apply(ASCII));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void nonAsciiTextIsEscapedAsUtf8(String place, Function<String, String> write, String prefix, String expected) {
        assertEquals(prefix + NON_ASCII_ENCODED, write.apply(NON_ASCII));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void eachCharacterAloneIsWrittenAsInTheFullTable(
            String place, Function<String, String> write, String prefix, String expected) {
        // the table above, cut into its 95 pieces: one character never depends on its neighbours
        int at = 0;
        for (char c : ASCII.toCharArray()) {
            String one = expected.startsWith("%", at) ? expected.substring(at, at + 3) : expected.substring(at, at + 1);
            assertEquals(prefix + one, write.apply(String.valueOf(c)), () -> place + ": '" + c + "'");
            at += one.length();
        }
    }

    private static Function<String, String> path(ParamStyle style) {
        return value -> ParamEncoder.path("v", style, value);
    }

    private static Function<String, String> query(ParamStyle style, boolean allowReserved) {
        return value -> {
            ApiRequest.QueryPair pair =
                    ParamEncoder.query("v", style, allowReserved, value).get(0);
            return pair.name() + "=" + pair.value();
        };
    }

    private static Function<String, String> form(ParamStyle style) {
        return value -> {
            ObjectNode fields = JsonNodeFactory.instance.objectNode().put("v", value);
            return new String(
                    FormEncoder.encode(fields, Map.of("v", new FormEncoder.Rule(style, false))),
                    StandardCharsets.UTF_8);
        };
    }
}
