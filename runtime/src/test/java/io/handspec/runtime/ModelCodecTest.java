package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelCodec} against what Jackson makes of the same models without it (their builders'
 * setters and {@code @JsonValue}): the same values, presence, unknown properties and errors, over a
 * model with every kind of property a generated one has.
 */
class ModelCodecTest {
    private static final ObjectMapper CODEC = Json.newMapper();
    /** The mapper of {@link Json#newMapper()} without the codec: the behaviour to keep. */
    private static final JsonMapper REFERENCE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Every kind of property, shaped as {@code model.mustache} writes a model. */
    @JsonDeserialize(builder = Everything.Builder.class)
    public static final class Everything extends Model<Everything.Builder, JsonNode> {
        private static final ModelType<Everything, Builder> TYPE = ModelType.<Everything, Builder>of(
                        MethodHandles.lookup(),
                        "kind",
                        "text",
                        "count",
                        "big",
                        "ratio",
                        "amount",
                        "flag",
                        "id",
                        "day",
                        "at",
                        "stamp",
                        "bytes",
                        "colour",
                        "tags",
                        "grid",
                        "scores",
                        "groups",
                        "child",
                        "children",
                        "any",
                        "shape",
                        "rate_type",
                        "secret",
                        "level",
                        "huge")
                .required("text")
                .discriminator("kind", "everything")
                .secret("secret");

        private Everything(Builder b) {
            super(b);
        }

        public static Builder builder() {
            return new Builder();
        }

        public String kind() {
            return get(0);
        }

        public String text() {
            return get(1);
        }

        public Integer count() {
            return get(2);
        }

        public Long big() {
            return get(3);
        }

        public Double ratio() {
            return get(4);
        }

        public BigDecimal amount() {
            return get(5);
        }

        public Boolean flag() {
            return get(6);
        }

        public UUID id() {
            return get(7);
        }

        public LocalDate day() {
            return get(8);
        }

        public OffsetDateTime at() {
            return get(9);
        }

        public Timestamp stamp() {
            return get(10);
        }

        public byte[] bytes() {
            return get(11);
        }

        public ModelTest.Kind colour() {
            return get(12);
        }

        public List<String> tags() {
            return get(13);
        }

        public List<List<Integer>> grid() {
            return get(14);
        }

        public Map<String, Integer> scores() {
            return get(15);
        }

        public Map<String, List<Child>> groups() {
            return get(16);
        }

        public Child child() {
            return get(17);
        }

        public List<Child> children() {
            return get(18);
        }

        public JsonNode any() {
            return get(19);
        }

        public Shape shape() {
            return get(20);
        }

        public String rateType() {
            return get(21);
        }

        public String secret() {
            return get(22);
        }

        public Level level() {
            return get(23);
        }

        public Huge huge() {
            return get(24);
        }

        @JsonPOJOBuilder(withPrefix = "")
        public static final class Builder extends ModelBuilder<Everything, Builder, JsonNode> {
            Builder() {
                super(TYPE);
            }

            public Builder kind(String kind) {
                return set(0, kind);
            }

            public Builder text(String text) {
                return set(1, text);
            }

            public Builder count(Integer count) {
                return set(2, count);
            }

            public Builder big(Long big) {
                return set(3, big);
            }

            public Builder ratio(Double ratio) {
                return set(4, ratio);
            }

            public Builder amount(BigDecimal amount) {
                return set(5, amount);
            }

            public Builder flag(Boolean flag) {
                return set(6, flag);
            }

            public Builder id(UUID id) {
                return set(7, id);
            }

            public Builder day(LocalDate day) {
                return set(8, day);
            }

            public Builder at(OffsetDateTime at) {
                return set(9, at);
            }

            public Builder stamp(Timestamp stamp) {
                return set(10, stamp);
            }

            public Builder bytes(byte[] bytes) {
                return set(11, bytes);
            }

            public Builder colour(ModelTest.Kind colour) {
                return set(12, colour);
            }

            public Builder tags(List<String> tags) {
                return set(13, tags);
            }

            public Builder grid(List<List<Integer>> grid) {
                return set(14, grid);
            }

            public Builder scores(Map<String, Integer> scores) {
                return set(15, scores);
            }

            public Builder groups(Map<String, List<Child>> groups) {
                return set(16, groups);
            }

            public Builder child(Child child) {
                return set(17, child);
            }

            public Builder children(List<Child> children) {
                return set(18, children);
            }

            public Builder any(JsonNode any) {
                return set(19, any);
            }

            public Builder shape(Shape shape) {
                return set(20, shape);
            }

            @JsonProperty("rate_type")
            public Builder rateType(String rateType) {
                return set(21, rateType);
            }

            public Builder secret(String secret) {
                return set(22, secret);
            }

            public Builder level(Level level) {
                return set(23, level);
            }

            public Builder huge(Huge huge) {
                return set(24, huge);
            }
        }
    }

    /** An open enum of integers, as {@code enum.mustache} writes one. */
    public static final class Level extends OpenEnum<Integer, Level.Known> {
        private static final EnumIndex<Integer, Level> KNOWN = new EnumIndex<>();
        public static final Level LOW = KNOWN.add(new Level(1, Known.LOW));

        private Level(Integer value, Known known) {
            super(value, known);
        }

        @JsonCreator
        public static Level of(Integer value) {
            Level known = KNOWN.get(value);
            return known != null ? known : new Level(value, Known.UNKNOWN);
        }

        public enum Known {
            LOW,
            UNKNOWN
        }
    }

    /** An open enum of longs. */
    public static final class Huge extends OpenEnum<Long, Huge.Known> {
        private static final EnumIndex<Long, Huge> KNOWN = new EnumIndex<>();
        public static final Huge MAX = KNOWN.add(new Huge(Long.MAX_VALUE, Known.MAX));

        private Huge(Long value, Known known) {
            super(value, known);
        }

        @JsonCreator
        public static Huge of(Long value) {
            Huge known = KNOWN.get(value);
            return known != null ? known : new Huge(value, Known.UNKNOWN);
        }

        public enum Known {
            MAX,
            UNKNOWN
        }
    }

    /** A nested model with a required property and typed additional properties. */
    @JsonDeserialize(builder = Child.Builder.class)
    public static final class Child extends Model<Child.Builder, Integer> implements Shape {
        private static final ModelType<Child, Builder> TYPE = ModelType.<Child, Builder>of(
                        MethodHandles.lookup(), "name", "size")
                .required("name");

        private Child(Builder b) {
            super(b);
        }

        public String name() {
            return get(0);
        }

        public Integer size() {
            return get(1);
        }

        @JsonPOJOBuilder(withPrefix = "")
        public static final class Builder extends ModelBuilder<Child, Builder, Integer> {
            Builder() {
                super(TYPE);
            }

            public Builder name(String name) {
                return set(0, name);
            }

            public Builder size(Integer size) {
                return set(1, size);
            }
        }
    }

    /** A union as {@code union.mustache} writes one: a model variant, a string variant, and the unknown. */
    @JsonDeserialize(using = Shape.Json.class)
    public sealed interface Shape permits Child, Shape.OfString, Shape.Unknown {
        @JsonDeserialize(using = JsonDeserializer.None.class)
        record OfString(String value) implements Shape {
            @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
            public OfString {}

            @JsonValue
            @Override
            public String value() {
                return value;
            }
        }

        record Unknown(JsonNode json) implements Shape {
            @JsonValue
            @Override
            public JsonNode json() {
                return json;
            }
        }

        final class Json extends UnionDeserializer<Shape> {
            private static final long serialVersionUID = 1L;

            Json() {
                super(
                        Shape.class,
                        null,
                        new Object[0],
                        new Variant[] {
                            variant(Child.class, "OBJECT", new String[] {"name", "size"}, new String[] {"name"}),
                            variant(OfString.class, "STRING")
                        },
                        Unknown::new);
            }
        }
    }

    /**
     * Every property set, in declaration order, then unknown ones: written back as it was read.
     * Nulls inside lists and maps, an open enum value the spec does not list, an offset kept as sent.
     */
    private static final String FULL =
            """
            {"kind":"everything","text":"hello","count":7,"big":12345678901,"ratio":0.5,\
            "amount":1234.50,"flag":false,"id":"5b0bd1ae-9f1e-4a5f-8a40-1f1d4c5b0a01","day":"2024-02-29",\
            "at":"2024-02-29T10:15:30+02:00","stamp":"2024-02-29T10:15:30-00:00","bytes":"AQID",\
            "colour":"mauve","tags":["a",null,"c"],"grid":[[1,2],[],[null]],"scores":{"x":1,"y":null},\
            "groups":{"g":[{"name":"n","size":1,"extra":9}]},"child":{"name":"c"},\
            "children":[{"name":"d","size":null},{"name":"e"}],"any":{"deep":[1,{"x":null}]},\
            "shape":{"name":"s","size":2},"rate_type":"daily","secret":"hunter2","level":1,\
            "huge":9223372036854775807,"unknown":{"kept":[true]},"other":null}""";

    @Test
    void theRuntimesMapperReadsAndWritesModelsThroughTheCodec() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) CODEC.getDeserializationContext())
                .createInstance(CODEC.getDeserializationConfig(), null, null);
        assertInstanceOf(
                ModelCodec.Reader.class, context.findRootValueDeserializer(CODEC.constructType(Everything.class)));
        assertInstanceOf(
                ModelCodec.Writer.class, CODEC.getSerializerProviderInstance().findValueSerializer(Everything.class));
        // and a mapper of one's own with the module
        ObjectMapper own = REFERENCE.rebuild().addModule(Json.modelModule()).build();
        assertInstanceOf(
                ModelCodec.Writer.class, own.getSerializerProviderInstance().findValueSerializer(Everything.class));
        assertEquals(REFERENCE.readValue(FULL, Everything.class), own.readValue(FULL, Everything.class));
    }

    @Test
    void everyKindOfPropertyIsReadAsTheReferenceReadsItAndWrittenBackAsItCame() throws Exception {
        Everything read = CODEC.readValue(FULL, Everything.class);
        Everything reference = REFERENCE.readValue(FULL, Everything.class);
        assertEquals(reference, read);
        assertEquals(reference.toString(), read.toString());
        assertEquals(FULL, CODEC.writeValueAsString(read));
        assertEquals(REFERENCE.writeValueAsString(reference), CODEC.writeValueAsString(read));
        assertEquals(FULL, CODEC.writeValueAsString(reference));

        // typed as declared
        assertEquals(Integer.valueOf(7), read.count());
        assertEquals(Long.valueOf(12345678901L), read.big());
        assertEquals(new BigDecimal("1234.50"), read.amount());
        assertEquals(Boolean.FALSE, read.flag());
        assertEquals(UUID.fromString("5b0bd1ae-9f1e-4a5f-8a40-1f1d4c5b0a01"), read.id());
        assertEquals(LocalDate.of(2024, 2, 29), read.day());
        assertEquals("+02:00", read.at().getOffset().getId());
        assertFalse(read.stamp().offsetKnown());
        assertArrayEquals(new byte[] {1, 2, 3}, read.bytes());
        assertFalse(read.colour().isKnown());
        assertEquals("mauve", read.colour().value());
        assertEquals(java.util.Arrays.asList("a", null, "c"), read.tags());
        assertEquals(List.of(List.of(1, 2), List.of(), java.util.Arrays.asList((Integer) null)), read.grid());
        assertNull(read.scores().get("y"));
        assertTrue(read.scores().containsKey("y"));
        Child grouped = read.groups().get("g").get(0);
        assertEquals("n", grouped.name());
        assertEquals(Map.of("extra", 9), grouped.additionalProperties());
        assertTrue(read.children().get(0).isSet("size"));
        assertFalse(read.children().get(1).isSet("size"));
        assertEquals("s", assertInstanceOf(Child.class, read.shape()).name());
        assertEquals("daily", read.rateType());
        assertEquals(Level.LOW, read.level());
        assertEquals(Huge.MAX, read.huge());
        assertTrue(read.toString().contains("secret=***"));
        assertEquals(
                CODEC.readTree("{\"kept\":[true]}"), read.additionalProperties().get("unknown"));
        assertTrue(read.additionalProperties().containsKey("other"));
    }

    @Test
    void explicitNullsStayPresentAndAbsentPropertiesStayAbsent() throws Exception {
        String json = "{\"kind\":\"everything\",\"text\":\"t\",\"count\":null,\"tags\":null,\"child\":null,"
                + "\"any\":null,\"shape\":\"round\"}";
        Everything read = CODEC.readValue(json, Everything.class);
        assertEquals(REFERENCE.readValue(json, Everything.class), read);
        assertTrue(read.isSet("count"));
        assertTrue(read.isSet("tags"));
        assertTrue(read.isSet("child"));
        assertFalse(read.isSet("big"));
        assertFalse(read.isSet("rate_type"));
        assertNull(read.count());
        assertEquals(new Shape.OfString("round"), read.shape());
        assertEquals(json.replace("\"any\":null", "\"any\":null"), CODEC.writeValueAsString(read));
        // only the preset discriminator: present although not in the JSON
        Everything bare = CODEC.readValue("{\"text\":\"t\"}", Everything.class);
        assertEquals("{\"kind\":\"everything\",\"text\":\"t\"}", CODEC.writeValueAsString(bare));
    }

    @Test
    void whatIsReadCannotBeChangedThroughWhatTheModelHandsOut() throws Exception {
        Everything read = CODEC.readValue(FULL, Everything.class);
        assertThrows(UnsupportedOperationException.class, () -> read.tags().add("d"));
        assertThrows(
                UnsupportedOperationException.class, () -> read.grid().get(0).add(3));
        assertThrows(UnsupportedOperationException.class, () -> read.scores().put("z", 3));
        assertThrows(
                UnsupportedOperationException.class,
                () -> read.groups().get("g").clear());
        assertThrows(UnsupportedOperationException.class, () -> read.additionalProperties()
                .remove("unknown"));
        read.bytes()[0] = 9;
        assertEquals(1, read.bytes()[0]);
        ((com.fasterxml.jackson.databind.node.ObjectNode) read.any()).put("added", 1);
        assertFalse(read.any().has("added"));
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        read.additionalProperties().get("unknown"))
                .put("x", 1);
        assertFalse(read.additionalProperties().get("unknown").has("x"));
        // a builder derived from it does not share its storage
        List<String> tags = new ArrayList<>(List.of("z"));
        Everything changed = read.toBuilder().tags(tags).count(8).build();
        tags.add("y");
        assertEquals(List.of("z"), changed.tags());
        assertEquals(Integer.valueOf(7), read.count());
        assertEquals(java.util.Arrays.asList("a", null, "c"), read.tags());
    }

    @Test
    void errorsAreTheReferencesErrorsWithTheirPaths() {
        for (String json : List.of(
                "{\"text\":\"t\",\"count\":\"many\"}",
                "{\"text\":\"t\",\"children\":[{\"name\":\"a\"},{\"size\":1}]}",
                "{\"text\":\"t\",\"kind\":\"other\"}",
                "{\"count\":1}",
                "{\"text\":\"t\",\"day\":\"yesterday\"}",
                "{\"text\":\"t\",\"groups\":{\"g\":[{\"name\":\"n\",\"size\":[1]}]}}",
                "{\"text\":\"t\",\"unknown\":[1,}",
                "{\"text\":\"t\",\"level\":12345678901}",
                "{\"text\":\"t\",\"level\":1.5}",
                "{\"text\":\"t\",\"level\":[1]}",
                "{\"text\":\"t\",\"huge\":\"x\"}",
                "{\"text\":\"t\",\"huge\":92233720368547758070}",
                "{\"text\":\"t\",\"colour\":{}}")) {
            Exception codec = assertThrows(Exception.class, () -> CODEC.readValue(json, Everything.class), json);
            Exception reference =
                    assertThrows(Exception.class, () -> REFERENCE.readValue(json, Everything.class), json);
            assertEquals(reference.getClass(), codec.getClass(), json);
            assertEquals(reference.getMessage(), codec.getMessage(), json);
        }
    }

    @Test
    void openEnumsOfEveryWireTypeKeepUnknownValuesAndTakeWhatTheReferenceTakes() throws Exception {
        for (String json : List.of(
                "{\"text\":\"t\",\"level\":7,\"huge\":3,\"colour\":\"cat\"}",
                "{\"text\":\"t\",\"level\":\"1\",\"huge\":\"9223372036854775807\",\"colour\":\"\"}",
                "{\"text\":\"t\",\"level\":null,\"huge\":-1,\"colour\":null}")) {
            Everything read = CODEC.readValue(json, Everything.class);
            assertEquals(REFERENCE.readValue(json, Everything.class), read, json);
            assertEquals(REFERENCE.writeValueAsString(read), CODEC.writeValueAsString(read), json);
        }
        Everything unknown = CODEC.readValue("{\"text\":\"t\",\"level\":7,\"huge\":3}", Everything.class);
        assertFalse(unknown.level().isKnown());
        assertEquals(Integer.valueOf(7), unknown.level().value());
        assertEquals(Long.valueOf(3), unknown.huge().value());
        assertEquals(
                Huge.MAX,
                CODEC.readValue("{\"text\":\"t\",\"huge\":9223372036854775807}", Everything.class)
                        .huge());
    }

    @Test
    void aModelBuiltInCodeIsWrittenAsTheReferenceWritesIt() throws Exception {
        Everything built = Everything.builder()
                .text("t")
                .tags(java.util.Arrays.asList("a", null))
                .child(null)
                .shape(new Shape.OfString("x"))
                .bytes(new byte[] {4, 5})
                .colour(ModelTest.Kind.CAT)
                .additionalProperty("z", CODEC.readTree("[1]"))
                .build();
        String written = CODEC.writeValueAsString(built);
        assertEquals(REFERENCE.writeValueAsString(built), written);
        assertEquals(
                "{\"kind\":\"everything\",\"text\":\"t\",\"bytes\":\"BAU=\",\"colour\":\"cat\",\"tags\":[\"a\",null],"
                        + "\"child\":null,\"shape\":\"x\",\"z\":[1]}",
                written);
        assertEquals(built, CODEC.readValue(written, Everything.class));
        // in a list, in a map, under a root name and as a tree, as the reference writes them
        Object nested = Map.of("k", List.of(built));
        assertEquals(REFERENCE.writeValueAsString(nested), CODEC.writeValueAsString(nested));
        assertEquals(
                REFERENCE.writer().withRootName("data").writeValueAsString(built),
                CODEC.writer().withRootName("data").writeValueAsString(built));
        JsonNode tree = CODEC.valueToTree(built);
        assertEquals(REFERENCE.valueToTree(built), tree);
        assertNotNull(CODEC.convertValue(built, Everything.class).text());
    }
}
