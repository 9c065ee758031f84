package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenAPI's style table (3.0.3 section 4.7.12.4, label as RFC 6570 and the corrected table of 3.0.4
 * write it) for {@code color}: {@code ""}, {@code "blue"}, {@code [blue, black, brown]} and
 * {@code {R: 100, G: 200, B: 150}}.
 */
class ParamStylesTest {
    private static final List<String> ARRAY = List.of("blue", "black", "brown");
    private static final Map<String, Object> OBJECT = object();

    private static Map<String, Object> object() {
        Map<String, Object> rgb = new LinkedHashMap<>();
        rgb.put("R", 100);
        rgb.put("G", 200);
        rgb.put("B", 150);
        return rgb;
    }

    @ParameterizedTest(name = "path {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "MATRIX          | ;color | ;color=blue | ;color=blue,black,brown             | ;color=R,100,G,200,B,150",
                "MATRIX_EXPLODED | ;color | ;color=blue | ;color=blue;color=black;color=brown | ;R=100;G=200;B=150",
                "LABEL           | .      | .blue       | .blue,black,brown                   | .R,100,G,200,B,150",
                "LABEL_EXPLODED  | .      | .blue       | .blue.black.brown                   | .R=100.G=200.B=150",
                "SIMPLE          | ''     | blue        | blue,black,brown                    | R,100,G,200,B,150",
                "SIMPLE_EXPLODED | ''     | blue        | blue,black,brown                    | R=100,G=200,B=150",
            })
    void pathStyles(ParamStyle style, String empty, String string, String array, String object) {
        assertEquals(empty.equals("''") ? "" : empty, ParamEncoder.path("color", style, ""));
        assertEquals(string, ParamEncoder.path("color", style, "blue"));
        assertEquals(array, ParamEncoder.path("color", style, ARRAY));
        assertEquals(object, ParamEncoder.path("color", style, OBJECT));
    }

    @ParameterizedTest(name = "query {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FORM            | color= | color=blue | color=blue,black,brown             | color=R,100,G,200,B,150",
                "FORM_EXPLODED   | color= | color=blue | color=blue&color=black&color=brown | R=100&G=200&B=150",
                "SPACE_DELIMITED | color= | color=blue | color=blue%20black%20brown         | color=R%20100%20G%20200%20B%20150",
                "PIPE_DELIMITED  | color= | color=blue | color=blue%7Cblack%7Cbrown         | color=R%7C100%7CG%7C200%7CB%7C150",
                "DEEP_OBJECT     | color= | color=blue | color=blue&color=black&color=brown | color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150",
            })
    void queryStyles(ParamStyle style, String empty, String string, String array, String object) {
        assertEquals(empty, query(style, ""));
        assertEquals(string, query(style, "blue"));
        assertEquals(array, query(style, ARRAY));
        assertEquals(object, query(style, OBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MATRIX          | a,b;c=d    | ;color=a%2Cb%3Bc%3Dd",
                "MATRIX_EXPLODED | a,b;c=d    | ;color=a%2Cb%3Bc%3Dd",
                "LABEL           | 1.5        | .1%2E5",
                "SIMPLE          | a/b?c#d%e  | a%2Fb%3Fc%23d%25e",
            })
    void aDelimiterInsideAPathValueIsEscaped(ParamStyle style, String value, String expected) {
        assertEquals(expected, ParamEncoder.path("color", style, value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FORM          | a,b&c=d+e#f | color=a%2Cb%26c%3Dd%2Be%23f",
                "FORM_EXPLODED | a,b&c=d+e#f | color=a,b%26c%3Dd%2Be%23f",
            })
    void aDelimiterInsideAQueryValueIsEscaped(ParamStyle style, String value, String expected) {
        assertEquals(expected, query(style, value));
    }

    @org.junit.jupiter.api.Test
    void kiliarosMatrixParameterKeepsItsAt() {
        ApiRequest r = ApiRequest.builder("GET", "/users{email}")
                .pathParam("email", ParamStyle.MATRIX, "andreas@kiliaro.com")
                .build();
        assertEquals("/users;email=andreas@kiliaro.com", r.path());
    }

    @org.junit.jupiter.api.Test
    void aModelObjectIsWrittenWithItsJsonPropertyNames() {
        record Point(int x, int y) {}
        assertEquals("color%5Bx%5D=1&color%5By%5D=2", query(ParamStyle.DEEP_OBJECT, new Point(1, 2)));
        assertEquals("x=1,y=2", ParamEncoder.path("color", ParamStyle.SIMPLE_EXPLODED, new Point(1, 2)));
    }

    private static String query(ParamStyle style, Object value) {
        StringJoiner out = new StringJoiner("&");
        ParamEncoder.query("color", style, false, value).forEach(p -> out.add(p.name() + "=" + p.value()));
        return out.toString();
    }
}
