package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.handspec.runtime.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated models read and written by the runtime's mapper as by Jackson without its model codec:
 * hostile property names, unions holding models, open enums, nested containers, and JSON a hostile
 * server sends (wrong kinds, duplicates, nulls, unknown properties).
 */
@SuppressWarnings("unchecked")
class CodecAgainstReferenceTest {
    private static final ObjectMapper CODEC = Json.newMapper();
    private static final ObjectMapper REFERENCE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Codec, version: "1"}
            paths:
              /items:
                get:
                  operationId: getItem
                  tags: [items]
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
            components:
              schemas:
                Cat:
                  type: object
                  required: [type, name]
                  properties: {type: {type: string}, name: {type: string}, lives: {type: integer}}
                Dog:
                  type: object
                  required: [type]
                  properties: {type: {type: string}, good: {type: boolean}, tags: {type: array, items: {type: string}}}
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                  discriminator: {propertyName: type, mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}
                Loose:
                  anyOf: [{$ref: '#/components/schemas/Cat'}, {type: string}, {type: array, items: {$ref: '#/components/schemas/Dog'}}]
                Level: {type: integer, enum: [1, 2]}
                Big: {type: integer, format: int64, enum: [9007199254740993]}
                Status: {type: string, enum: [on, "off"]}
                Item:
                  type: object
                  required: [class]
                  properties:
                    class: {type: string}
                    build: {type: integer}
                    toBuilder: {type: string}
                    hashCode: {type: boolean}
                    a-b: {type: string}
                    a_b: {type: string}
                    1st: {type: number}
                    $ref: {type: string}
                    ünïcödé: {type: string}
                    pet: {$ref: '#/components/schemas/Pet'}
                    pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                    loose: {$ref: '#/components/schemas/Loose'}
                    byName: {type: object, additionalProperties: {$ref: '#/components/schemas/Cat'}}
                    lists: {type: object, additionalProperties: {type: array, items: {type: array, items: {type: integer}}}}
                    level: {$ref: '#/components/schemas/Level'}
                    big: {$ref: '#/components/schemas/Big'}
                    status: {$ref: '#/components/schemas/Status'}
                    statuses: {type: array, items: {$ref: '#/components/schemas/Status'}}
                    blob: {type: string, format: byte}
                    when: {type: string, format: date-time}
                    any: {}
                    secret: {type: string, format: password}
                  additionalProperties: {type: array, items: {type: string}}
            """;

    private static Class<?> item;

    @BeforeAll
    static void compile(@TempDir Path tmp) throws Exception {
        TestCompiler.Result result = NameClashTest.generateAndCompile(SPEC, tmp);
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
        item = Class.forName("com.example.clash.model.Item", true, result.loader());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"class\":\"c\",\"build\":1,\"toBuilder\":\"t\",\"hashCode\":true,\"a-b\":\"x\",\"a_b\":\"y\",\"1st\":1.5,"
                        + "\"$ref\":\"r\",\"ünïcödé\":\"u\",\"secret\":\"pw\",\"more\":[\"m\"]}",
                "{\"class\":\"c\",\"pet\":{\"type\":\"cat\",\"name\":\"n\",\"x\":1},\"pets\":[{\"type\":\"dog\",\"tags\":[\"a\"]},"
                        + "{\"type\":\"cow\"},{\"type\":\"cat\"},null]}",
                "{\"class\":\"c\",\"pet\":{\"type\":\"cat\"}}",
                "{\"class\":\"c\",\"pet\":{\"type\":\"dog\",\"good\":\"maybe\"}}",
                "{\"class\":\"c\",\"loose\":{\"type\":\"cat\",\"name\":\"n\"}}",
                "{\"class\":\"c\",\"loose\":[{\"type\":\"dog\"},{\"type\":\"dog\",\"good\":true}]}",
                "{\"class\":\"c\",\"loose\":7}",
                "{\"class\":\"c\",\"byName\":{\"a\":{\"type\":\"cat\",\"name\":\"a\"},\"b\":null}}",
                "{\"class\":\"c\",\"byName\":{\"a\":{\"type\":\"dog\",\"name\":\"a\"}}}",
                "{\"class\":\"c\",\"byName\":{\"a\":{\"name\":\"a\"}}}",
                "{\"class\":\"c\",\"lists\":{\"a\":[[1,2],[],null],\"b\":null}}",
                "{\"class\":\"c\",\"lists\":{\"a\":[[1,\"x\"]]}}",
                "{\"class\":\"c\",\"level\":2,\"big\":9007199254740993,\"status\":\"off\",\"statuses\":[\"on\",\"dim\",null]}",
                "{\"class\":\"c\",\"level\":3,\"big\":-1,\"status\":\"\"}",
                "{\"class\":\"c\",\"level\":2147483648}",
                "{\"class\":\"c\",\"level\":1.5}",
                "{\"class\":\"c\",\"level\":\"1\",\"big\":\"2\"}",
                "{\"class\":\"c\",\"big\":9223372036854775808}",
                "{\"class\":\"c\",\"status\":5}",
                "{\"class\":\"c\",\"status\":{}}",
                "{\"class\":\"c\",\"blob\":\"not base64!\"}",
                "{\"class\":\"c\",\"blob\":\"AQI=\",\"when\":\"2024-02-29T10:15:30+02:00\",\"any\":[{\"a\":null}]}",
                "{\"class\":\"c\",\"when\":\"yesterday\"}",
                "{\"class\":null}",
                "{\"build\":1}",
                "{\"class\":\"c\",\"class\":null}",
                "{\"class\":\"c\",\"more\":\"single\"}",
                "{\"class\":\"c\",\"more\":[1,true,null]}",
                "{\"class\":\"c\",\"more\":{\"x\":1}}",
                "{\"class\":\"c\",\"more\":[\"a\"],\"more\":[\"b\"],\"other\":null}",
                "{\"class\":[\"c\"]}",
                "{\"class\":{\"c\":1}}",
                "{\"class\":\"c\",\"build\":\"1\"}",
                "{\"class\":\"c\",\"build\":1e400}",
                "[{\"class\":\"c\"}]",
                "\"c\"",
                "null",
                "{\"class\":\"c\",\"pets\":{\"type\":\"dog\"}}"
            })
    void aHostileServersJsonIsReadAndWrittenAsWithoutTheCodec(String json) {
        assertEquals(outcome(REFERENCE, json), outcome(CODEC, json), json);
    }

    /** The model as written and printed, or the error. */
    private static String outcome(ObjectMapper mapper, String json) {
        try {
            Object read = mapper.readValue(json, item);
            return mapper.writeValueAsString(read) + " " + read + " " + (read == null ? 0 : read.hashCode());
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @org.junit.jupiter.api.Test
    void nothingAReadModelHandsOutCanBeChanged() throws Exception {
        String json = "{\"class\":\"c\",\"pets\":[{\"type\":\"dog\",\"tags\":[\"a\"]}],"
                + "\"byName\":{\"a\":{\"type\":\"cat\",\"name\":\"a\"}},\"lists\":{\"a\":[[1]]},"
                + "\"statuses\":[\"on\"],\"blob\":\"AQI=\",\"any\":{\"k\":[1]},\"more\":[\"m\"]}";
        Object read = CODEC.readValue(json, item);
        Object dog = ((java.util.List<?>) call(read, "pets")).get(0);
        java.util.List<Runnable> changes = java.util.List.of(
                () -> ((java.util.List<Object>) call(read, "pets")).clear(),
                () -> ((java.util.List<Object>) call(dog, "tags")).add("b"),
                () -> ((java.util.Map<String, Object>) call(read, "byName")).clear(),
                () -> ((java.util.List<Object>) ((java.util.Map<String, java.util.List<?>>) call(read, "lists"))
                                .get("a")
                                .get(0))
                        .add(2),
                () -> ((java.util.Map<String, Object>) call(read, "lists")).put("b", null),
                () -> ((java.util.List<Object>) call(read, "statuses")).add(null),
                () -> ((java.util.List<Object>)
                                ((java.util.Map<String, ?>) call(read, "additionalProperties")).get("more"))
                        .add("n"),
                () -> ((java.util.Map<String, Object>) call(read, "additionalProperties")).remove("more"));
        for (Runnable change : changes) {
            try {
                change.run();
            } catch (UnsupportedOperationException expected) {
                // refused, as it must be
            }
        }
        ((byte[]) call(read, "blob"))[0] = 9;
        ((com.fasterxml.jackson.databind.node.ObjectNode) call(read, "any")).removeAll();
        assertEquals(CODEC.readTree(json), CODEC.readTree(CODEC.writeValueAsString(read)));
        assertEquals(REFERENCE.readValue(json, item), read);
    }

    @SuppressWarnings("unchecked")
    private static <T> T call(Object target, String method) {
        try {
            return (T) GeneratedCodeBehaviourTest.call(target, method);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
