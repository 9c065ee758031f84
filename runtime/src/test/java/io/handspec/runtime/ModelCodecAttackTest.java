package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.handspec.runtime.ModelCodecTest.Child;
import io.handspec.runtime.ModelCodecTest.Everything;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelCodec} under hostile input and unusual use: whatever reaches a model must not be
 * changeable from outside it, a mapper configured differently must read and write as it did without
 * the codec, and the lazily made tables must hold when many threads use them first at once.
 */
class ModelCodecAttackTest {
    private static final ObjectMapper CODEC = Json.newMapper();

    /** The settings of {@link Json#newMapper()} without the codec. */
    static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** {@link Json#newMapper()} without the codec, changed by {@code change}. */
    private static ObjectMapper reference(UnaryOperator<JsonMapper.Builder> change) {
        return change.apply(base()).build();
    }

    /** {@link Json#newMapper()}, with the codec, changed by {@code change}. */
    private static ObjectMapper codec(UnaryOperator<JsonMapper.Builder> change) {
        return change.apply(base().addModule(new ModelCodec())).build();
    }

    @Test
    void aByteArrayReadFromATreeIsNotTheTreesArray() throws Exception {
        byte[] raw = {1, 2, 3};
        ObjectNode tree = CODEC.createObjectNode().put("text", "t").put("bytes", raw);
        Everything read = CODEC.treeToValue(tree, Everything.class);
        Everything again = CODEC.treeToValue(tree, Everything.class);
        raw[0] = 9;
        assertEquals(1, read.bytes()[0], "the caller's array changed the model");
        tree.get("bytes").binaryValue()[1] = 9;
        assertEquals(2, again.bytes()[1], "the tree's array changed the model");
    }

    @Test
    void aJsonTreeHeldInAPojoNodeIsNotSharedWithTheModel() throws Exception {
        // the reader is handed the node itself
        ObjectNode inner = CODEC.createObjectNode().put("a", 1);
        ObjectNode holding = CODEC.createObjectNode().put("text", "t");
        holding.putPOJO("any", inner);
        holding.putPOJO("extra", inner);
        Everything withTree = CODEC.treeToValue(holding, Everything.class);
        inner.put("b", 2);
        assertFalse(withTree.any().has("b"), "the caller's tree changed the model");
        assertFalse(withTree.additionalProperties().get("extra").has("b"));
        assertFalse(withTree.toString().contains("\"b\""));
    }

    @Test
    void aByteArrayConvertedFromAMapIsNotTheMapsArray() throws Exception {
        byte[] raw = {1, 2, 3};
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "t");
        map.put("bytes", raw);
        Everything read = CODEC.convertValue(map, Everything.class);
        raw[0] = 9;
        assertEquals(1, read.bytes()[0]);
        // and a model converted into another one of its class shares nothing with it
        Everything copy = CODEC.convertValue(read, Everything.class);
        assertEquals(read, copy);
    }

    @Test
    void nestedContainersOfAReadModelCannotBeChanged() throws Exception {
        Everything read = CODEC.readValue(
                "{\"text\":\"t\",\"grid\":[[1],[2,3]],\"groups\":{\"g\":[{\"name\":\"n\",\"x\":5}]},"
                        + "\"extra\":[[1]]}",
                Everything.class);
        assertThrows(
                UnsupportedOperationException.class, () -> read.grid().get(1).set(0, 5));
        assertThrows(UnsupportedOperationException.class, () -> read.grid().remove(0));
        assertThrows(
                UnsupportedOperationException.class,
                () -> read.groups().get("g").set(0, null));
        assertThrows(UnsupportedOperationException.class, () -> read.groups().remove("g"));
        assertThrows(
                UnsupportedOperationException.class,
                () -> read.groups().entrySet().iterator().next().setValue(List.of()));
        ((com.fasterxml.jackson.databind.node.ArrayNode)
                        read.additionalProperties().get("extra"))
                .add(2);
        assertEquals("[[1]]", read.additionalProperties().get("extra").toString());
    }

    @Test
    void readAndBuiltModelsAgreeOnEqualsHashCodeAndText() throws Exception {
        Everything read = CODEC.readValue(
                "{\"text\":\"t\",\"tags\":[\"a\"],\"grid\":[[1]],\"bytes\":\"AQI=\",\"scores\":{\"a\":1},"
                        + "\"more\":{\"k\":[1]}}",
                Everything.class);
        Everything built = Everything.builder()
                .text("t")
                .tags(new ArrayList<>(List.of("a")))
                .grid(List.of(List.of(1)))
                .bytes(new byte[] {1, 2})
                .scores(Map.of("a", 1))
                .additionalProperty("more", CODEC.readTree("{\"k\":[1]}"))
                .build();
        assertEquals(built, read);
        assertEquals(read, built);
        assertEquals(built.hashCode(), read.hashCode());
        assertEquals(built.toString(), read.toString());
        assertEquals(CODEC.writeValueAsString(built), CODEC.writeValueAsString(read));
    }

    @Test
    void aMapperThatLeavesOutNullsLeavesThemOutAsWithoutTheCodec() throws Exception {
        UnaryOperator<JsonMapper.Builder> nonNull = b -> b.defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        Everything model = Everything.builder().text("t").count(null).tags(null).build();
        assertEquals(
                reference(nonNull).writeValueAsString(model), codec(nonNull).writeValueAsString(model));
    }

    @Test
    void aMapperThatSortsMapEntriesWritesAsWithoutTheCodec() throws Exception {
        UnaryOperator<JsonMapper.Builder> sorted = b -> b.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Everything model = Everything.builder()
                .text("t")
                .count(1)
                .additionalProperty("b", CODEC.readTree("1"))
                .additionalProperty("a", CODEC.readTree("2"))
                .build();
        assertEquals(reference(sorted).writeValueAsString(model), codec(sorted).writeValueAsString(model));
        // and a writer of the runtime's mapper that sorts them, then one that does not
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    reference(b -> b)
                            .writer()
                            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                            .writeValueAsString(model),
                    CODEC.writer()
                            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                            .writeValueAsString(model));
            assertEquals(reference(b -> b).writeValueAsString(model), CODEC.writeValueAsString(model));
        }
    }

    @Test
    void otherMapperSettingsReadAsWithoutTheCodec() throws Exception {
        List<UnaryOperator<JsonMapper.Builder>> settings = List.of(
                b -> b.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY),
                b -> b.enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS),
                b -> b.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                b -> b.enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES),
                b -> b.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES),
                b -> b.defaultSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                        com.fasterxml.jackson.annotation.Nulls.SKIP)),
                b -> b.defaultSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                        com.fasterxml.jackson.annotation.Nulls.AS_EMPTY)));
        List<String> inputs = List.of(
                "{\"text\":\"t\",\"tags\":\"a\",\"count\":null,\"children\":{\"name\":\"c\"}}",
                "[{\"text\":\"t\",\"grid\":[[1]],\"count\":[2]}]",
                "{\"TEXT\":\"t\",\"Count\":3,\"zz\":1}",
                "{\"text\":\"t\",\"tags\":null,\"scores\":null,\"bytes\":null,\"any\":null,\"child\":null}",
                "{\"text\":\"t\",\"count\":\"12\",\"ratio\":\"1e3\",\"flag\":\"true\",\"big\":1.0}",
                "{\"text\":\"t\",\"count\":1.5}",
                "{\"text\":\"t\",\"count\":99999999999}",
                "{\"text\":\"t\",\"colour\":5,\"tags\":[1,true,null]}",
                "{\"text\":\"t\",\"colour\":{},\"child\":[]}",
                "{\"text\":\"t\",\"text\":null}",
                "{\"text\":\"t\",\"tags\":[\"a\"],\"tags\":[\"b\"],\"u\":1,\"u\":2,\"v\":3}");
        for (int s = 0; s < settings.size(); s++) {
            ObjectMapper reference = reference(settings.get(s));
            ObjectMapper codec = codec(settings.get(s));
            for (String json : inputs) {
                String expected = outcome(reference, json);
                assertEquals(expected, outcome(codec, json), "setting " + s + ", " + json);
            }
        }
    }

    /** What a mapper makes of {@code json}: the model as JSON and text, or the error. */
    private static String outcome(ObjectMapper mapper, String json) {
        try {
            Everything read = mapper.readValue(json, Everything.class);
            return mapper.writeValueAsString(read) + " " + read;
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** A deserializer of a module that does not say what it reads, as {@link JsonDeserializer} allows. */
    static final class Point {
        final int x;

        Point(int x) {
            this.x = x;
        }
    }

    @Test
    void aModulesDeserializerThatNamesNoTypeStillWorks() throws Exception {
        SimpleModule module = new SimpleModule();
        module.addDeserializer(Point.class, new JsonDeserializer<Point>() {
            @Override
            public Point deserialize(JsonParser p, DeserializationContext context) throws java.io.IOException {
                return new Point(p.getIntValue());
            }
        });
        ObjectMapper mapper = Json.newMapper().registerModule(module);
        assertEquals(3, mapper.readValue("3", Point.class).x);
    }

    @Test
    void manyThreadsReadingAndWritingModelsForTheFirstTimeAgree() throws Exception {
        String json = "{\"kind\":\"everything\",\"text\":\"hello\",\"count\":7,\"bytes\":\"AQID\",\"colour\":\"mauve\","
                + "\"tags\":[\"a\",null],\"grid\":[[1,2]],\"scores\":{\"x\":1},\"groups\":{\"g\":[{\"name\":\"n\"}]},"
                + "\"child\":{\"name\":\"c\",\"size\":2,\"more\":3},\"any\":{\"a\":[1]},\"shape\":\"round\",\"u\":[true]}";
        Everything expected = reference(b -> b).readValue(json, Everything.class);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                ObjectMapper mapper = Json.newMapper();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    boolean writeFirst = t % 2 == 0;
                    results.add(pool.submit(() -> {
                        start.await();
                        if (writeFirst) {
                            String written = mapper.writeValueAsString(expected);
                            mapper.readValue(written, Everything.class);
                            return written;
                        }
                        Everything read = mapper.readValue(json, Everything.class);
                        assertEquals(expected, read);
                        return mapper.writeValueAsString(read);
                    }));
                }
                start.countDown();
                for (Future<String> result : results) {
                    assertEquals(json, result.get(30, TimeUnit.SECONDS));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlotWhoseValuesChangeClassIsWrittenWithEachValuesOwnSerializer() throws Exception {
        ObjectMapper mapper = Json.newMapper();
        List<Object> values = List.of(
                CODEC.readTree("1"), CODEC.readTree("\"x\""), CODEC.readTree("{\"a\":[1]}"), CODEC.readTree("null"));
        for (int i = 0; i < 3 * values.size(); i++) {
            JsonNode value = (JsonNode) values.get(i % values.size());
            Everything model = Everything.builder()
                    .text("t")
                    .shape(
                            i % 2 == 0
                                    ? new ModelCodecTest.Shape.OfString("s")
                                    : new Child.Builder().name("c").build())
                    .additionalProperty("v", value)
                    .build();
            assertEquals(reference(b -> b).writeValueAsString(model), mapper.writeValueAsString(model));
        }
    }

    /** An open enum of integers, as a generated one. */
    static final class Level extends OpenEnum<Integer, Level.Known> {
        private static final EnumIndex<Integer, Level> KNOWN = new EnumIndex<>();
        static final Level ONE = KNOWN.add(new Level(1, Known.ONE));

        private Level(Integer value, Known known) {
            super(value, known);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Level of(Integer value) {
            Level known = KNOWN.get(value);
            return known != null ? known : new Level(value, Known.UNKNOWN);
        }

        enum Known {
            ONE,
            UNKNOWN
        }
    }

    /** An open enum of longs, as a generated one. */
    static final class Big extends OpenEnum<Long, Big.Known> {
        private static final EnumIndex<Long, Big> KNOWN = new EnumIndex<>();
        static final Big HUGE = KNOWN.add(new Big(9007199254740993L, Known.HUGE));

        private Big(Long value, Known known) {
            super(value, known);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Big of(Long value) {
            Big known = KNOWN.get(value);
            return known != null ? known : new Big(value, Known.UNKNOWN);
        }

        enum Known {
            HUGE,
            UNKNOWN
        }
    }

    /** A string open enum whose listed values share a hash code with values it does not list. */
    public static final class Pair extends OpenEnum<String, Pair.Known> {
        private static final EnumIndex<String, Pair> KNOWN = new EnumIndex<>();
        public static final Pair AA = KNOWN.add(new Pair("Aa", Known.AA));
        public static final Pair LONG = KNOWN.add(new Pair("a long listed value, ü", Known.LONG));
        /** A constant the factory does not return: a value read is never this one. */
        public static final Pair STRAY = new Pair("stray", Known.UNKNOWN);

        private Pair(String value, Known known) {
            super(value, known);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Pair of(String value) {
            Pair known = KNOWN.get(value);
            return known != null ? known : new Pair(value, Known.UNKNOWN);
        }

        public enum Known {
            AA,
            LONG,
            UNKNOWN
        }
    }

    @Test
    void aListedStringValueIsTheFactorysConstantAndAnyOtherANewValue() throws Exception {
        assertEquals("BB".hashCode(), "Aa".hashCode());
        for (ObjectMapper mapper : List.of(CODEC, reference(b -> b))) {
            String mapperName = mapper == CODEC ? "codec" : "reference";
            // from bytes, from text and from a tree: the same constant
            assertSame(Pair.AA, mapper.readValue("\"Aa\"".getBytes(StandardCharsets.UTF_8), Pair.class), mapperName);
            assertSame(Pair.AA, mapper.readValue("\"A\\u0061\"", Pair.class), mapperName);
            assertSame(Pair.AA, mapper.treeToValue(mapper.readTree("\"Aa\""), Pair.class), mapperName);
            assertSame(
                    Pair.LONG,
                    mapper.readValue("\"a long listed value, ü\"".getBytes(StandardCharsets.UTF_8), Pair.class),
                    mapperName);
            List<Pair> list = mapper.readValue(
                    "[\"Aa\",\"BB\",\"stray\",\"a long listed value, \",\"a long listed value, ü\"]",
                    mapper.getTypeFactory().constructCollectionType(List.class, Pair.class));
            assertSame(Pair.AA, list.get(0), mapperName);
            for (int i : new int[] {1, 2, 3}) {
                assertEquals(Pair.Known.UNKNOWN, list.get(i).known(), mapperName + " " + list.get(i));
                assertNotSame(Pair.STRAY, list.get(i), mapperName);
            }
            assertEquals(
                    List.of("BB", "stray", "a long listed value, "),
                    list.subList(1, 4).stream().map(Pair::value).toList());
            assertSame(Pair.LONG, list.get(4), mapperName);
        }
    }

    @Test
    void openEnumsReadEveryKindOfJsonValueAsWithoutTheCodec() {
        List<String> values = List.of(
                "1",
                "-1",
                "0",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9007199254740993",
                "9223372036854775807",
                "9223372036854775808",
                "1.0",
                "1.5",
                "-0.0",
                "1e2",
                "1E400",
                "\"1\"",
                "\"x\"",
                "\"\"",
                "\"cat\"",
                "\"c\\u0061t\"",
                "\"ca\"",
                "\"cats\"",
                "\"Cat\"",
                "true",
                "null",
                "[1]",
                "[]",
                "{}",
                "{\"a\":1}");
        List<Class<?>> types = List.of(Level.class, Big.class, ModelTest.Kind.class, Pair.class);
        ObjectMapper reference = reference(b -> b);
        for (UnaryOperator<JsonMapper.Builder> setting : List.<UnaryOperator<JsonMapper.Builder>>of(
                b -> b,
                b -> b.enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT),
                b -> b.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                        .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS))) {
            ObjectMapper codec = codec(setting);
            ObjectMapper plain = reference(setting);
            for (Class<?> type : types) {
                for (String value : values) {
                    for (String json : List.of(value, "[" + value + "]")) {
                        com.fasterxml.jackson.databind.JavaType target = json.startsWith("[")
                                ? reference.getTypeFactory().constructCollectionType(List.class, type)
                                : reference.constructType(type);
                        assertEquals(
                                read(plain, json, target),
                                read(codec, json, target),
                                type.getSimpleName() + " from " + json);
                    }
                }
            }
        }
    }

    private static String read(ObjectMapper mapper, String json, com.fasterxml.jackson.databind.JavaType type) {
        try {
            Object value = mapper.readValue(json, type);
            if (value instanceof List<?> list) {
                return list.stream()
                        .map(v -> v == null
                                ? "null"
                                : v.getClass().getSimpleName() + ":" + v + ":"
                                        + ((OpenEnum<?, ?>) v)
                                                .value()
                                                .getClass()
                                                .getSimpleName() + ":"
                                        + ((OpenEnum<?, ?>) v).known())
                        .toList()
                        .toString();
            }
            return value == null
                    ? "null"
                    : value + ":" + ((OpenEnum<?, ?>) value).value().getClass().getSimpleName() + ":"
                            + ((OpenEnum<?, ?>) value).known();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** A caller's class holding models, with the annotations Jackson applies to a map it writes. */
    public static final class Holder {
        @JsonInclude(content = JsonInclude.Include.NON_NULL)
        public Everything withoutNulls;

        @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"secret", "z"})
        public Everything withoutSecret;

        @com.fasterxml.jackson.annotation.JsonFormat(
                with = com.fasterxml.jackson.annotation.JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES)
        public Everything sorted;

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public Everything empty;

        public Everything plain;

        @JsonInclude(content = JsonInclude.Include.NON_NULL)
        @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME)
        public Everything typed;
    }

    @Test
    void annotationsOnACallersPropertyApplyAsWithoutTheCodec() throws Exception {
        Everything model = Everything.builder()
                .text("t")
                .count(null)
                .secret("s")
                .additionalProperty("z", CODEC.readTree("1"))
                .build();
        Holder holder = new Holder();
        holder.withoutNulls = model;
        holder.withoutSecret = model;
        holder.sorted = model;
        holder.plain = model;
        assertEquals(reference(b -> b).writeValueAsString(holder), CODEC.writeValueAsString(holder));
        // with a type id as well
        holder.typed = model;
        assertEquals(
                "{\"@type\":\"ModelCodecTest$Everything\",\"kind\":\"everything\",\"text\":\"t\",\"count\":null,"
                        + "\"secret\":\"s\",\"z\":1}",
                CODEC.readTree(CODEC.writeValueAsString(holder)).get("typed").toString());
    }
}
