package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handspec.runtime.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of property survives both round trips: JSON read into a model and written again is the
 * same JSON, and a model written to JSON and read again equals the model.
 */
class RoundTripTest {
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Trip, version: "1"}
            paths:
              /items:
                get:
                  operationId: getItem
                  tags: [items]
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
            components:
              schemas:
                Circle:
                  type: object
                  required: [kind]
                  properties: {kind: {type: string}, radius: {type: number}}
                Square:
                  type: object
                  required: [kind]
                  properties: {kind: {type: string}, side: {type: integer}}
                Shape:
                  oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
                  discriminator: {propertyName: kind, mapping: {circle: '#/components/schemas/Circle', square: '#/components/schemas/Square'}}
                Status: {type: string, enum: [active, "on hold"]}
                Level: {type: integer, enum: [1, 2, 3]}
                Tags: {type: object, additionalProperties: {type: string}}
                Bag: {type: object, properties: {name: {type: string}}, additionalProperties: true}
                Item:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    note: {type: string, nullable: true}
                    at: {type: string, format: date-time}
                    day: {type: string, format: date}
                    blob: {type: string, format: byte}
                    blobs: {type: array, items: {type: string, format: byte}}
                    counts: {type: object, additionalProperties: {type: integer, format: int64}}
                    grid: {type: array, items: {type: object, additionalProperties: {type: array, items: {type: object, additionalProperties: {type: number}}}}}
                    tags: {$ref: '#/components/schemas/Tags'}
                    bag: {$ref: '#/components/schemas/Bag'}
                    any: {}
                    shape: {$ref: '#/components/schemas/Shape'}
                    shapes: {type: array, items: {$ref: '#/components/schemas/Shape'}}
                    value: {anyOf: [{type: string}, {type: integer}, {type: array, items: {type: boolean}}]}
                    raw: {oneOf: [{type: string, format: byte}, {type: integer}]}
                    status: {$ref: '#/components/schemas/Status'}
                    level: {$ref: '#/components/schemas/Level'}
                    levels: {type: array, items: {$ref: '#/components/schemas/Level'}}
                    created: {type: string, format: date-time, readOnly: true}
                    password: {type: string, writeOnly: true}
                    nested: {type: object, properties: {inner: {type: object, nullable: true, properties: {deep: {type: string}}}}}
            """;

    /** A model of 130 properties, {@code p0} to {@code p129}: more than one machine word of presence. */
    private static final String WIDE = "    Wide:\n      type: object\n      properties:\n"
            + java.util.stream.IntStream.range(0, 130)
                    .mapToObj(i -> "        p" + i + ": {type: string, nullable: true}\n")
                    .collect(java.util.stream.Collectors.joining());

    private static ClassLoader loader;

    @BeforeAll
    static void compile(@TempDir Path tmp) throws Exception {
        TestCompiler.Result result = NameClashTest.generateAndCompile(SPEC + WIDE, tmp);
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
        loader = result.loader();
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName("com.example.clash.model." + simpleName, true, loader);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\":\"a\"}",
                "{\"id\":\"a\",\"note\":null,\"at\":\"2024-02-29T23:59:59.123456789+05:30\",\"day\":\"2024-02-29\"}",
                "{\"id\":\"a\",\"at\":\"2024-01-01T00:00:00Z\",\"blob\":\"AAEC/w==\",\"blobs\":[\"AQ==\",\"\"]}",
                "{\"id\":\"a\",\"counts\":{\"x\":9007199254740993,\"y\":-1},\"grid\":[{\"r\":[{\"c\":1.5},{}]},{}]}",
                "{\"id\":\"a\",\"tags\":{\"k\":\"v\",\"e\":\"\"},\"bag\":{\"name\":\"n\",\"free\":[1,{\"x\":null}],\"s\":\"t\"}}",
                "{\"id\":\"a\",\"any\":{\"deep\":[1,\"two\",null,{\"x\":true}]}}",
                "{\"id\":\"a\",\"any\":null}",
                "{\"id\":\"a\",\"shape\":{\"kind\":\"circle\",\"radius\":1.5},\"shapes\":[{\"kind\":\"square\",\"side\":2},"
                        + "{\"kind\":\"hexagon\",\"n\":6}]}",
                "{\"id\":\"a\",\"value\":\"s\"}",
                "{\"id\":\"a\",\"value\":7}",
                "{\"id\":\"a\",\"value\":[true,false]}",
                "{\"id\":\"a\",\"value\":{\"neither\":1}}",
                "{\"id\":\"a\",\"status\":\"on hold\",\"level\":2,\"levels\":[1,7]}",
                "{\"id\":\"a\",\"status\":\"closed\",\"level\":9}",
                "{\"id\":\"a\",\"created\":\"2024-01-01T00:00:00Z\",\"password\":\"pw\"}",
                "{\"id\":\"a\",\"nested\":{\"inner\":null}}",
                "{\"id\":\"a\",\"nested\":{\"inner\":{\"deep\":\"d\",\"more\":1},\"other\":[]}}",
                "{\"id\":\"a\",\"unknown\":{\"x\":[1,2]},\"also\":null}"
            })
    void jsonReadAndWrittenAgainIsTheSameJson(String json) throws Exception {
        Object item = MAPPER.readValue(json, type("Item"));
        String written = MAPPER.writeValueAsString(item);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(written), written);
        Object again = MAPPER.readValue(written, type("Item"));
        assertEquals(item, again, written);
        assertEquals(item.hashCode(), again.hashCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"p0\":null}",
                "{\"p63\":null,\"p64\":null}",
                "{\"p0\":\"a\",\"p63\":null,\"p64\":\"b\",\"p65\":null,\"p127\":\"c\",\"p128\":null,\"p129\":\"d\"}",
                "{\"p129\":null,\"unknown\":1}"
            })
    void aModelOfMoreThanSixtyFourPropertiesKeepsWhichArePresent(String json) throws Exception {
        Object wide = MAPPER.readValue(json, type("Wide"));
        // written in declaration order, explicit nulls included, nothing absent added
        assertEquals(json, MAPPER.writeValueAsString(wide));
        Object again = MAPPER.readValue(MAPPER.writeValueAsString(wide), type("Wide"));
        assertEquals(wide, again);
        assertEquals(wide.hashCode(), again.hashCode());
        for (int i = 0; i < 130; i++) {
            String name = "p" + i;
            assertEquals(
                    json.contains("\"" + name + "\":"),
                    ((io.handspec.runtime.Model<?, ?>) wide).isSet(name),
                    name + " in " + json);
        }
    }

    @Test
    void aBuiltModelWrittenAndReadAgainIsEqual() throws Exception {
        String json =
                "{\"id\":\"a\",\"note\":null,\"at\":\"2024-02-29T23:59:59.5+05:30\",\"day\":\"2024-02-29\",\"blob\":\"AAEC\","
                        + "\"blobs\":[\"AQ==\"],\"counts\":{\"x\":1},\"grid\":[{\"r\":[{\"c\":1.5}]}],\"tags\":{\"k\":\"v\"},"
                        + "\"bag\":{\"name\":\"n\",\"free\":[1]},\"any\":[1],\"shape\":{\"kind\":\"square\",\"side\":2},"
                        + "\"value\":7,\"status\":\"active\",\"level\":3,\"levels\":[2],\"password\":\"pw\","
                        + "\"nested\":{\"inner\":{\"deep\":\"d\"}},\"extra\":\"x\"}";
        Object read = MAPPER.readValue(json, type("Item"));
        // rebuild it through the builder, property by property, from the values read
        Object builder = type("Item").getMethod("builder").invoke(null);
        for (java.lang.reflect.Method m : type("Item").getDeclaredMethods()) {
            if (m.getParameterCount() == 0
                    && java.lang.reflect.Modifier.isPublic(m.getModifiers())
                    && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
                    // every property here has its JSON name as its accessor's name
                    && (Boolean) GeneratedCodeBehaviourTest.call(read, "isSet", m.getName())) {
                Object value = m.invoke(read);
                builder.getClass().getMethod(m.getName(), m.getReturnType()).invoke(builder, value);
            }
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> extra = (java.util.Map<String, Object>)
                type("Item").getMethod("additionalProperties").invoke(read);
        for (var e : extra.entrySet()) {
            GeneratedCodeBehaviourTest.call(builder, "additionalProperty", e.getKey(), e.getValue());
        }
        Object built = GeneratedCodeBehaviourTest.call(builder, "build");
        assertEquals(read, built);
        String written = MAPPER.writeValueAsString(built);
        JsonNode expected = MAPPER.readTree(json);
        assertEquals(expected, MAPPER.readTree(written));
        assertEquals(built, MAPPER.readValue(written, type("Item")));
    }

    @Test
    void aUnionVariantCannotBeChangedThroughWhatItHolds() throws Exception {
        String json = "{\"id\":\"a\",\"value\":[true],\"shape\":{\"kind\":\"hexagon\",\"n\":[6]}}";
        Object item = MAPPER.readValue(json, type("Item"));
        Object value = GeneratedCodeBehaviourTest.call(item, "value");
        java.util.List<?> read = (java.util.List<?>) GeneratedCodeBehaviourTest.call(value, "value");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, read::clear);
        JsonNode unknown =
                (JsonNode) GeneratedCodeBehaviourTest.call(GeneratedCodeBehaviourTest.call(item, "shape"), "json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknown).removeAll();
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(item)));
        java.util.List<Boolean> mine = new java.util.ArrayList<>(java.util.List.of(true));
        Object wrapped = value.getClass().getConstructor(java.util.List.class).newInstance(mine);
        mine.add(false);
        assertEquals(java.util.List.of(true), GeneratedCodeBehaviourTest.call(wrapped, "value"));
        assertEquals(value, wrapped);
    }

    @Test
    void aBytesVariantHandsOutACopyOfItsArray() throws Exception {
        Object item = MAPPER.readValue("{\"id\":\"a\",\"raw\":\"AQI=\"}", type("Item"));
        Object raw = GeneratedCodeBehaviourTest.call(item, "raw");
        byte[] read = (byte[]) GeneratedCodeBehaviourTest.call(raw, "value");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {1, 2}, read);
        read[0] = 9;
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new byte[] {1, 2}, (byte[]) GeneratedCodeBehaviourTest.call(raw, "value"));
        byte[] mine = {3, 4};
        Object wrapped = raw.getClass().getConstructor(byte[].class).newInstance((Object) mine);
        mine[0] = 9;
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new byte[] {3, 4}, (byte[]) GeneratedCodeBehaviourTest.call(wrapped, "value"));
        assertEquals("{\"id\":\"a\",\"raw\":\"AQI=\"}", MAPPER.writeValueAsString(item));
    }
}
