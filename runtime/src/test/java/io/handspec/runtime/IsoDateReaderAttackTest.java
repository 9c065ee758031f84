package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Attacks on {@link IsoDateReader}'s claim: with the models' module a mapper reads {@link LocalDate}
 * exactly as the same mapper without it, values and failures (class and message), whatever the
 * configuration, the annotations, the parser or the threads.
 */
class IsoDateReaderAttackTest {
    /** Texts around the shortcut: dates, near-dates, date-times, blanks, numbers, arrays, objects. */
    private static final List<String> INPUTS = List.of(
            "\"2017-01-02\"",
            "\"2016-02-29\"",
            "\"2017-02-29\"",
            "\"0000-01-01\"",
            "\"9999-12-31\"",
            "\"2017-13-01\"",
            "\"2017-00-10\"",
            "\"2017-04-31\"",
            "\" 2017-01-02 \"",
            "\"2017-01-02T10:15:30\"",
            "\"2017-01-02T23:15:30Z\"",
            "\"+2017-01-02\"",
            "\"2017-1-2\"",
            "\"\"",
            "\"   \"",
            "\"2017-01-0\\u0032\"",
            "\"２０１７-01-02\"",
            "\"2017-01-02\\u0000\"",
            "\"JAN-02-2017\"",
            "\"17532\"",
            "17532",
            "-1",
            "1.5",
            "[2017,1,2]",
            "[\"2017-01-02\"]",
            "[\"2017-02-30\"]",
            "[]",
            "[[\"2017-01-02\"]]",
            "{\"value\":\"2017-01-02\"}",
            "{}",
            "null",
            "true");

    /** Jackson's mapper and the same with the models' module, both set up by {@code setup}. */
    private record Pair(ObjectMapper jacksons, ObjectMapper ours) {
        static Pair of(UnaryOperator<JsonMapper.Builder> setup) {
            return new Pair(
                    setup.apply(ModelCodecAttackTest.base()).build(),
                    setup.apply(ModelCodecAttackTest.base())
                            .addModule(Json.modelModule())
                            .build());
        }

        void sameFor(Class<?> type, String... wrappers) {
            for (String wrapper : wrappers.length == 0 ? new String[] {"%s"} : wrappers) {
                for (String input : INPUTS) {
                    String json = String.format(wrapper, input);
                    assertEquals(outcome(jacksons, json, type), outcome(ours, json, type), json);
                }
            }
        }
    }

    static String outcome(ObjectMapper mapper, String json, Class<?> type) {
        try {
            return "value " + mapper.readValue(json, type);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    interface Reading {
        Object read() throws Exception;
    }

    static String outcome(Reading reading) {
        try {
            return "value " + reading.read();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    record Plain(LocalDate date) {}

    record Strict(@JsonFormat(lenient = OptBoolean.FALSE) LocalDate date) {}

    record Lenient(@JsonFormat(lenient = OptBoolean.TRUE) LocalDate date) {}

    record EpochDays(@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) LocalDate date) {}

    record AsString(@JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date) {}

    record Localised(@JsonFormat(locale = "ar-SA", timezone = "Asia/Tokyo") LocalDate date) {}

    record IsoPattern(@JsonFormat(pattern = "yyyy-MM-dd") LocalDate date) {}

    record StrictPattern(@JsonFormat(pattern = "uuuu-MM-dd", lenient = OptBoolean.FALSE) LocalDate date) {}

    record NamedMonth(
            @JsonFormat(
                            pattern = "MMM-dd-yyyy",
                            locale = "en",
                            with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                    LocalDate date) {}

    record Dates(@JsonFormat(pattern = "yyyy-dd-MM") List<LocalDate> dates) {}

    record NullsAsEmpty(@JsonSetter(nulls = Nulls.AS_EMPTY) LocalDate date) {}

    record NullsFail(@JsonSetter(nulls = Nulls.FAIL) LocalDate date) {}

    record NullsSkip(@JsonSetter(nulls = Nulls.SKIP) LocalDate date) {}

    record ByJacksonsClass(@JsonDeserialize(using = LocalDateDeserializer.class) LocalDate date) {}

    static final class Views {
        interface Public {}

        interface Internal {}
    }

    static final class Viewed {
        @JsonView(Views.Internal.class)
        public LocalDate hidden;

        @JsonView(Views.Public.class)
        public LocalDate shown;

        @Override
        public String toString() {
            return hidden + "/" + shown;
        }
    }

    static final class Polymorphic {
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        public Object value;

        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.WRAPPER_OBJECT)
        public LocalDate typed;

        @Override
        public String toString() {
            return value + "/" + typed;
        }
    }

    @Test
    void annotatedRecordComponentsReadAsWithoutTheModule() {
        Pair pair = Pair.of(b -> b);
        for (Class<?> type : List.of(
                Plain.class,
                Strict.class,
                Lenient.class,
                EpochDays.class,
                AsString.class,
                Localised.class,
                IsoPattern.class,
                StrictPattern.class,
                NamedMonth.class,
                NullsAsEmpty.class,
                NullsFail.class,
                NullsSkip.class,
                ByJacksonsClass.class)) {
            pair.sameFor(type, "{\"date\":%s}");
        }
        pair.sameFor(Dates.class, "{\"dates\":[%s]}", "{\"dates\":%s}");
        pair.sameFor(LocalDate.class);
    }

    /** The reader each record's {@code date} property is read with. */
    private static JsonDeserializer<?> readerOf(ObjectMapper mapper, Class<?> type) throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);
        BeanDeserializerBase bean =
                (BeanDeserializerBase) context.findRootValueDeserializer(mapper.constructType(type));
        return bean.findProperty("date").getValueDeserializer();
    }

    @Test
    void theShortcutStaysWithLeniencyAndShapeAndGivesWayToAPattern() throws Exception {
        ObjectMapper ours = Json.newMapper();
        for (Class<?> type : List.of(Plain.class, Strict.class, Lenient.class, EpochDays.class, Localised.class)) {
            assertInstanceOf(IsoDateReader.class, readerOf(ours, type), type.getName());
        }
        for (Class<?> type : List.of(IsoPattern.class, StrictPattern.class, NamedMonth.class)) {
            assertEquals(LocalDateDeserializer.class, readerOf(ours, type).getClass(), type.getName());
        }
        ObjectMapper lenient = Json.newMapper().setDefaultLeniency(false);
        assertInstanceOf(IsoDateReader.class, readerOf(lenient, Plain.class));
    }

    /** A format on the date type itself, by a mix-in. */
    @JsonFormat(pattern = "yyyy-dd-MM")
    abstract static class DayFirstMixIn {}

    @Test
    void featuresCoercionsLeniencyAndOverridesReadAsWithoutTheModule() {
        List<UnaryOperator<JsonMapper.Builder>> setups = List.of(
                b -> b.enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS),
                b -> b.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY),
                b -> b.enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT),
                b -> b.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES),
                b -> b.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES),
                b -> b.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS),
                b -> b.disable(MapperFeature.USE_ANNOTATIONS),
                b -> b.addMixIn(LocalDate.class, DayFirstMixIn.class),
                b -> b.defaultLeniency(false),
                b -> b.defaultLeniency(true),
                b -> b.defaultLocale(java.util.Locale.forLanguageTag("hi-IN-u-nu-deva")),
                b -> b.defaultTimeZone(java.util.TimeZone.getTimeZone("Pacific/Kiritimati")),
                b -> b.withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false))),
                b -> b.withConfigOverride(
                        LocalDate.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.NUMBER_INT))),
                b -> b.withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forPattern("dd-MM-yyyy"))),
                b -> b.withConfigOverride(
                        LocalDate.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))),
                b -> b.withCoercionConfig(
                        LocalDate.class, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty)),
                b -> b.withCoercionConfig(
                        LocalDate.class, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)),
                b -> b.withCoercionConfig(
                        LocalDate.class, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)),
                b -> b.withCoercionConfig(
                        LogicalType.DateTime, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setAcceptBlankAsEmpty(true)),
                b -> b.withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)),
                b -> b.addHandler(new DeserializationProblemHandler() {
                    @Override
                    public Object handleWeirdStringValue(
                            DeserializationContext ctxt,
                            Class<?> targetType,
                            String valueToConvert,
                            String failureMsg) {
                        return LocalDate.of(1970, 1, 1);
                    }
                }));
        for (UnaryOperator<JsonMapper.Builder> setup : setups) {
            Pair pair = Pair.of(setup);
            pair.sameFor(LocalDate.class);
            pair.sameFor(Plain.class, "{\"date\":%s}");
            pair.sameFor(Strict.class, "{\"date\":%s}");
            pair.sameFor(Dates.class, "{\"dates\":%s}");
            pair.sameFor(ModelCodecTest.Everything.class, "{\"text\":\"t\",\"day\":%s}");
        }
    }

    @Test
    void modulesInAnotherOrderOrReplacingTheReaderReadAsWithoutTheModule() {
        Module epochOnly = new SimpleModule("mine").addDeserializer(LocalDate.class, new MyDates());
        JavaTimeModule zoned = new JavaTimeModule();
        zoned.enable(JavaTimeFeature.USE_TIME_ZONE_FOR_LENIENT_DATE_PARSING);
        List<UnaryOperator<JsonMapper.Builder>> setups = List.of(
                b -> b.addModule(new JavaTimeModule()),
                b -> b.addModule(epochOnly),
                b -> b.addModule(zoned).defaultTimeZone(java.util.TimeZone.getTimeZone("Pacific/Kiritimati")),
                b -> b.addModule(new SimpleModule("dayFirst")
                        .addDeserializer(
                                LocalDate.class, new LocalDateDeserializer(DateTimeFormatter.ofPattern("yyyy-dd-MM")))),
                b -> b.addModule(new SimpleModule("sameInstance")
                        .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE)));
        for (UnaryOperator<JsonMapper.Builder> setup : setups) {
            Pair.of(setup).sameFor(LocalDate.class);
            Pair.of(setup).sameFor(Plain.class, "{\"date\":%s}");
        }
        // the models' module first, Jackson's time module after it
        ObjectMapper first = JsonMapper.builder()
                .addModule(Json.modelModule())
                .addModule(new JavaTimeModule())
                .build();
        ObjectMapper jacksons =
                JsonMapper.builder().addModule(new JavaTimeModule()).build();
        for (String input : INPUTS) {
            assertEquals(outcome(jacksons, input, LocalDate.class), outcome(first, input, LocalDate.class), input);
        }
    }

    @Test
    void streamLimitsAndLaxerJsonReadAsWithoutTheModule() {
        List<String> lax = List.of("'2017-01-02'", "'2017-02-30'", "\"2017-01-0\\2\"", "\"2017-01-02\t\"");
        for (JsonFactory factory : List.of(
                JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(5)
                                .build())
                        .build(),
                JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(10)
                                .build())
                        .build(),
                JsonFactory.builder()
                        .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                        .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                        .build())) {
            ObjectMapper jacksons = JsonMapper.builder(factory.copy())
                    .addModule(new JavaTimeModule())
                    .build();
            ObjectMapper ours = JsonMapper.builder(factory.copy())
                    .addModule(new JavaTimeModule())
                    .addModule(Json.modelModule())
                    .build();
            List<String> inputs = new ArrayList<>(INPUTS);
            inputs.addAll(lax);
            for (String input : inputs) {
                for (String json : List.of(input, "{\"date\":" + input + "}")) {
                    Class<?> type = json == input ? LocalDate.class : Plain.class;
                    assertEquals(outcome(jacksons, json, type), outcome(ours, json, type), json);
                    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
                    assertEquals(
                            outcome(() -> jacksons.readValue(bytes, type)),
                            outcome(() -> ours.readValue(bytes, type)),
                            json);
                    assertEquals(
                            outcome(() -> jacksons.readValue(new Trickle(bytes), type)),
                            outcome(() -> ours.readValue(new Trickle(bytes), type)),
                            json);
                }
            }
        }
    }

    /** A reader of one's own for dates: days since 1970 written as text. */
    static final class MyDates extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return LocalDate.ofEpochDay(p.getText().length());
        }
    }

    /** A module of one's own whose modifier changes every reader Jackson makes by {@code change}. */
    private static Module modifying(UnaryOperator<JsonDeserializer<?>> change) {
        return new SimpleModule("modifying") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(
                            DeserializationConfig config, BeanDescription description, JsonDeserializer<?> d) {
                        return change.apply(d);
                    }
                });
            }
        };
    }

    /**
     * A module of one's own that replaces Jackson's date reader by one with its own format, found by
     * its class; registered before the models' module, its modifier sees the reader after ours.
     */
    @Test
    void aModifierOfOnesOwnThatLooksForJacksonsReaderStillFindsIt() throws Exception {
        Module dayFirst = modifying(d -> d instanceof LocalDateDeserializer
                ? new LocalDateDeserializer(DateTimeFormatter.ofPattern("yyyy-dd-MM"))
                : d);
        Pair pair = Pair.of(b -> b.addModule(dayFirst));
        assertEquals(LocalDate.of(2017, 2, 1), pair.jacksons().readValue("\"2017-01-02\"", LocalDate.class));
        pair.sameFor(LocalDate.class);
        pair.sameFor(Plain.class, "{\"date\":%s}");
    }

    /** The same, with a modifier that gives Jackson's reader other features (time zone for 'Z' dates). */
    @Test
    void aModifierOfOnesOwnThatReconfiguresJacksonsReaderStillDoes() throws Exception {
        JacksonFeatureSet<JavaTimeFeature> zoned = JacksonFeatureSet.fromDefaults(JavaTimeFeature.values())
                .with(JavaTimeFeature.USE_TIME_ZONE_FOR_LENIENT_DATE_PARSING);
        Module reconfiguring = modifying(d -> d instanceof LocalDateDeserializer l ? l.withFeatures(zoned) : d);
        Pair pair = Pair.of(
                b -> b.addModule(reconfiguring).defaultTimeZone(java.util.TimeZone.getTimeZone("Pacific/Kiritimati")));
        assertEquals(LocalDate.of(2017, 1, 3), pair.jacksons().readValue("\"2017-01-02T23:15:30Z\"", LocalDate.class));
        pair.sameFor(LocalDate.class);
        pair.sameFor(Strict.class, "{\"date\":%s}");
        assertInstanceOf(IsoDateReader.class, readerOf(pair.ours(), Plain.class));
    }

    @Test
    @SuppressWarnings("deprecation") // typing for every type, LocalDate included
    void typedViewsUpdatesTreesAndConversionsReadAsWithoutTheModule() throws Exception {
        Pair pair = Pair.of(b -> b);
        Pair noMerge = Pair.of(b -> b.disable(MapperFeature.IGNORE_MERGE_FOR_UNMERGEABLE));
        Pair typed = Pair.of(b -> b.activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder()
                        .allowIfBaseType(Object.class)
                        .build(),
                ObjectMapper.DefaultTyping.EVERYTHING));
        for (String input : INPUTS) {
            typed.sameFor(LocalDate.class, "[\"java.time.LocalDate\",%s]");
            pair.sameFor(
                    Polymorphic.class,
                    "{\"value\":[\"java.time.LocalDate\",%s]}",
                    "{\"typed\":{\"java.time.LocalDate\":%s}}");
            {
                ObjectMapper[] mappers = {pair.jacksons(), pair.ours()};
                ObjectMapper[] unmergeable = {noMerge.jacksons(), noMerge.ours()};
                String[] got = new String[2];
                for (int i = 0; i < 2; i++) {
                    ObjectMapper m = mappers[i];
                    int j = i;
                    got[i] = outcome(() -> m.readerWithView(Views.Public.class)
                                    .forType(Viewed.class)
                                    .readValue("{\"hidden\":" + input + ",\"shown\":" + input + "}"))
                            + " | "
                            + outcome(() ->
                                    m.readerForUpdating(LocalDate.of(1, 1, 1)).readValue(input))
                            + " | "
                            + outcome(() -> unmergeable[j]
                                    .readerForUpdating(LocalDate.of(1, 1, 1))
                                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                                    .readValue(input))
                            + " | "
                            + outcome(() -> m.treeToValue(m.readTree(input), LocalDate.class))
                            + " | "
                            + outcome(() -> m.convertValue(m.readTree(input), LocalDate.class))
                            + " | "
                            + outcome(() -> {
                                TokenBuffer buffer = new TokenBuffer(m, false);
                                try (JsonParser p = m.createParser(input)) {
                                    p.nextToken();
                                    buffer.copyCurrentStructure(p);
                                }
                                return m.readValue(buffer.asParser(), LocalDate.class);
                            });
                }
                assertEquals(got[0], got[1], input);
            }
        }
        // a date held as an object, not as text
        for (ObjectMapper m : List.of(pair.jacksons(), pair.ours())) {
            assertEquals(
                    LocalDate.of(2017, 1, 2),
                    m.treeToValue(JsonNodeFactory.instance.pojoNode(LocalDate.of(2017, 1, 2)), LocalDate.class));
            assertEquals(LocalDate.of(2017, 1, 2), m.convertValue("2017-01-02", LocalDate.class));
            assertEquals(LocalDate.of(2017, 1, 2), m.convertValue(LocalDate.of(2017, 1, 2), LocalDate.class));
        }
    }

    /** Input that arrives one byte (or character) at a time: texts split across every buffer boundary. */
    static final class Trickle extends InputStream {
        private final InputStream in;

        Trickle(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : in.read(b, off, 1);
        }
    }

    static final class TrickleReader extends Reader {
        private final Reader in;

        TrickleReader(String s) {
            in = new StringReader(s);
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : in.read(b, off, 1);
        }

        @Override
        public void close() {}
    }

    @Test
    void everyParserAndEveryPlaceInItsBufferGivesTheSameDates() throws Exception {
        // many dates, some escaped, some after non-ASCII text, so that they fall across the parsers'
        // buffers (4000 and 8000 characters) at every offset
        StringBuilder json = new StringBuilder("[");
        List<LocalDate> expected = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(3_650_000) - 719_528);
            String text = day.toString();
            json.append(i > 0 ? "," : "")
                    .append("{\"x\":\"")
                    .append("é😀".repeat(i % 3))
                    .append("\",\"d\":");
            switch (i % 4) {
                case 0 -> json.append('"').append(text).append('"');
                case 1 -> json.append('"').append(text.replace("-", "\\u002d")).append('"');
                case 2 -> json.append(" \n\"").append(text).append("\"\n");
                default -> json.append('"').append(text.replace("0", "\\u0030")).append('"');
            }
            json.append('}');
            expected.add(day);
        }
        json.append(']');
        String text = json.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ObjectMapper ours = Json.newMapper();
        ObjectMapper yaml =
                new YAMLMapper().registerModule(new JavaTimeModule()).registerModule(Json.modelModule());
        List<Reading> readings = List.of(
                () -> ours.readValue(text, Item[].class),
                () -> ours.readValue(bytes, Item[].class),
                () -> ours.readValue(new Trickle(bytes), Item[].class),
                () -> ours.readValue(new TrickleReader(text), Item[].class),
                () -> ours.readValue(
                        (java.io.DataInput) new DataInputStream(new ByteArrayInputStream(bytes)), Item[].class),
                () -> {
                    byte[] padded = new byte[bytes.length + 37];
                    System.arraycopy(bytes, 0, padded, 17, bytes.length);
                    return ours.readValue(padded, 17, bytes.length, Item[].class);
                },
                () -> {
                    char[] padded = new char[text.length() + 37];
                    text.getChars(0, text.length(), padded, 17);
                    return ours.readValue(ours.getFactory().createParser(padded, 17, text.length()), Item[].class);
                },
                () -> {
                    // fed three bytes at a time: texts split across feeds
                    JsonParser p = ours.getFactory().createNonBlockingByteArrayParser();
                    ByteArrayFeeder feeder = (ByteArrayFeeder) p.getNonBlockingInputFeeder();
                    TokenBuffer buffer = new TokenBuffer(p);
                    int at = 0;
                    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                        if (t != JsonToken.NOT_AVAILABLE) {
                            buffer.copyCurrentEvent(p);
                        } else if (at < bytes.length) {
                            int n = Math.min(3, bytes.length - at);
                            feeder.feedInput(bytes, at, at + n);
                            at += n;
                        } else {
                            feeder.endOfInput();
                        }
                    }
                    return ours.readValue(buffer.asParser(), Item[].class);
                },
                () -> yaml.readValue(bytes, Item[].class));
        for (Reading reading : readings) {
            List<LocalDate> dates = new ArrayList<>();
            for (Item item : (Item[]) reading.read()) {
                dates.add(item.d);
            }
            assertEquals(expected, dates);
        }
        // the parser's characters start with another date than the one read: its offset counts
        char[] behind = "1999-09-09[\"2017-01-02\"]".toCharArray();
        assertEquals(
                List.of(LocalDate.of(2017, 1, 2)),
                List.of(ours.readValue(ours.getFactory().createParser(behind, 10, 14), LocalDate[].class)));
        Reader chunks = new Reader() {
            private final String[] parts = {"[\"", "2017-01-02\",\"2018-03-04\"]"};
            private int next;

            @Override
            public int read(char[] b, int off, int len) {
                if (next == parts.length) {
                    return -1;
                }
                String part = parts[next++];
                part.getChars(0, part.length(), b, off);
                return part.length();
            }

            @Override
            public void close() {}
        };
        assertEquals(
                List.of(LocalDate.of(2017, 1, 2), LocalDate.of(2018, 3, 4)),
                List.of(ours.readValue(chunks, LocalDate[].class)));
        // a non-blocking parser read directly, each date's token completed by the last byte fed
        JsonParser p = ours.getFactory().createNonBlockingByteArrayParser();
        ByteArrayFeeder feeder = (ByteArrayFeeder) p.getNonBlockingInputFeeder();
        byte[] one = "\"2017-01-02\" ".getBytes(StandardCharsets.UTF_8);
        JsonToken t = JsonToken.NOT_AVAILABLE;
        for (int i = 0; t == JsonToken.NOT_AVAILABLE; i++) {
            feeder.feedInput(one, i, i + 1);
            t = p.nextToken();
        }
        assertEquals(LocalDate.of(2017, 1, 2), ours.readValue(p, LocalDate.class));
    }

    /** Some text, then a date. */
    static final class Item {
        public String x;
        public LocalDate d;
    }

    @Test
    void yamlTextReadsAsWithoutTheModule() throws Exception {
        ObjectMapper jacksons = new YAMLMapper().registerModule(new JavaTimeModule());
        ObjectMapper ours =
                new YAMLMapper().registerModule(new JavaTimeModule()).registerModule(Json.modelModule());
        for (String input : INPUTS) {
            String yaml = "date: " + input + "\n";
            assertEquals(outcome(jacksons, yaml, Plain.class), outcome(ours, yaml, Plain.class), yaml);
        }
        for (String yaml :
                List.of("date: 2017-01-02\n", "date: '2017-01-02'\n", "date: 2017-02-30\n", "date: 20170102\n")) {
            assertEquals(outcome(jacksons, yaml, Plain.class), outcome(ours, yaml, Plain.class), yaml);
        }
    }

    @Test
    void manyThreadsOnOneMapperReadEveryDateRight() throws Exception {
        ObjectMapper ours = Json.newMapper();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    int checked = 0;
                    for (int i = 0; i < 20_000; i++) {
                        LocalDate day = LocalDate.ofEpochDay(random.nextInt(2_000_000) - 200_000);
                        String json = "{\"text\":\"t\",\"day\":\"" + day + "\"}";
                        LocalDate read = i % 2 == 0
                                ? ours.readValue(json, ModelCodecTest.Everything.class)
                                        .day()
                                : ours.readValue("\"" + day + "\"", LocalDate.class);
                        assertEquals(day, read, json);
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(20_000, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A generated-style model whose setters carry formats of their own. */
    @JsonDeserialize(builder = Formatted.Builder.class)
    public static final class Formatted extends Model<Formatted.Builder, LocalDate> {
        private static final ModelType<Formatted, Builder> TYPE =
                ModelType.<Formatted, Builder>of(MethodHandles.lookup(), "dayFirst", "strict", "days", "plain");

        private Formatted(Builder b) {
            super(b);
        }

        @JsonPOJOBuilder(withPrefix = "")
        public static final class Builder extends ModelBuilder<Formatted, Builder, LocalDate> {
            Builder() {
                super(TYPE);
            }

            @JsonProperty("dayFirst")
            @JsonFormat(pattern = "yyyy-dd-MM")
            public Builder dayFirst(LocalDate dayFirst) {
                return set(0, dayFirst);
            }

            @JsonProperty("strict")
            @JsonFormat(lenient = OptBoolean.FALSE)
            public Builder strict(LocalDate strict) {
                return set(1, strict);
            }

            @JsonProperty("days")
            @JsonFormat(pattern = "yyyy-dd-MM")
            public Builder days(List<LocalDate> days) {
                return set(2, days);
            }

            @JsonProperty("plain")
            public Builder plain(LocalDate plain) {
                return set(3, plain);
            }
        }
    }

    @Test
    void datesInsideGeneratedStyleModelsReadAsWithoutTheModule() {
        Pair pair = Pair.of(b -> b);
        pair.sameFor(
                ModelCodecTest.Everything.class,
                "{\"text\":\"t\",\"day\":%s}",
                "{\"day\":%s,\"text\":\"t\"}",
                "{\"text\":\"t\",\"day\":%s,\"day\":\"2017-01-02\"}",
                "{\"text\":\"t\",\"day\":\"2017-01-02\",\"day\":%s}");
        pair.sameFor(
                Formatted.class,
                "{\"dayFirst\":%s}",
                "{\"strict\":%s}",
                "{\"days\":[%s,\"2017-01-02\"]}",
                "{\"plain\":%s}",
                "{\"other\":%s}",
                "{\"plain\":%s,\"dayFirst\":%s}".replace("%s,", "\"2017-03-04\","));
        try {
            Object read =
                    pair.ours().readValue("{\"dayFirst\":\"2017-01-02\",\"plain\":\"2017-01-02\"}", Formatted.class);
            assertEquals(
                    pair.jacksons()
                            .readValue("{\"dayFirst\":\"2017-01-02\",\"plain\":\"2017-01-02\"}", Formatted.class),
                    read);
            assertEquals(true, read.toString().contains("2017-02-01"), read.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
