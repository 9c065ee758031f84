package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Form bodies: each property in its encoding's style, by default {@code form} with explode. */
class FormBodyTest {
    private static final ObjectMapper MAPPER = Json.newMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "FORM_EXPLODED   ; false ; name=Caryn+Pryor&ids=1&ids=2&ids=3&R=100&G=200&empty=",
                "FORM            ; false ; name=Caryn+Pryor&ids=1,2,3&rgb=R,100,G,200&empty=",
                "SPACE_DELIMITED ; false ; name=Caryn+Pryor&ids=1%202%203&rgb=R%20100%20G%20200&empty=",
                "PIPE_DELIMITED  ; false ; name=Caryn+Pryor&ids=1|2|3&rgb=R|100|G|200&empty=",
                "DEEP_OBJECT     ; false ; name=Caryn+Pryor&ids=1&ids=2&ids=3&rgb%5BR%5D=100&rgb%5BG%5D=200&empty=",
            })
    void everyPropertyInTheStyleItsEncodingGives(ParamStyle style, boolean reserved, String expected) throws Exception {
        ObjectNode fields = (ObjectNode) MAPPER.readTree(
                "{\"name\":\"Caryn Pryor\",\"ids\":[1,2,3],\"rgb\":{\"R\":100,\"G\":200},\"empty\":null}");
        FormEncoder.Rule rule = new FormEncoder.Rule(style, reserved);
        assertEquals(
                expected,
                new String(
                        FormEncoder.encode(fields, Map.of("name", rule, "ids", rule, "rgb", rule, "empty", rule)),
                        StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void withoutAnEncodingArraysAreExplodedAndKayakosExplodeFalseGivesCommas() throws Exception {
        ObjectNode fields = (ObjectNode) MAPPER.readTree(
                "{\"name\":\"Caryn Pryor\",\"array_items\":[1,2,3],\"tags\":[\"a,b\",\"c\"],\"is_boolean\":true}");
        assertEquals(
                "name=Caryn+Pryor&array_items=1,2,3&tags=a%2Cb&tags=c&is_boolean=true",
                new String(
                        FormEncoder.encode(fields, Map.of("array_items", new FormEncoder.Rule(ParamStyle.FORM, false))),
                        StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.api.Test
    void allowReservedKeepsReservedCharactersButThePairDelimiters() throws Exception {
        ObjectNode fields = (ObjectNode) MAPPER.readTree("{\"next\":\"/a/b?c=d&e+f:g@h\"}");
        assertEquals(
                "next=/a/b?c%3Dd%26e%2Bf:g@h",
                new String(
                        FormEncoder.encode(
                                fields, Map.of("next", new FormEncoder.Rule(ParamStyle.FORM_EXPLODED, true))),
                        StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"FORM_EXPLODED", "FORM", "SPACE_DELIMITED", "PIPE_DELIMITED", "DEEP_OBJECT"})
    void anEmptyArrayIsLeftOutNotSentAsOneEmptyItem(ParamStyle style) throws Exception {
        // RFC 6570 section 2.3: a list with no members is undefined; "ids=" would read as [""]
        ObjectNode fields = (ObjectNode) MAPPER.readTree("{\"a\":\"x\",\"ids\":[],\"rgb\":{}}");
        FormEncoder.Rule rule = new FormEncoder.Rule(style, false);
        assertEquals(
                "a=x",
                new String(FormEncoder.encode(fields, Map.of("ids", rule, "rgb", rule)), StandardCharsets.UTF_8));
    }
}
