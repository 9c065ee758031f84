package io.handspec.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Reads and writes generated models through their {@link ModelType}: a value read from JSON goes
 * straight into the builder's storage (no setter called by reflection per property), the model keeps
 * what the reader made instead of copying it, and a model is written straight from its storage (no
 * map built for it). What is read and written is the same as Jackson makes of the models' builders
 * and {@code @JsonValue} without this module: the same property deserializers (found by Jackson from
 * the builder's setters and their annotations), unknown properties through the builder's any-setter,
 * discriminators through their checking setters, the same errors and paths.
 */
final class ModelCodec extends Module {
    private static final long serialVersionUID = 1L;

    @Override
    public String getModuleName() {
        return "handspec-models";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                // a module's deserializer may name no type
                Class<?> handled = deserializer.handledType();
                if (handled == null) {
                    return deserializer;
                }
                if (deserializer.getClass() == BuilderBasedDeserializer.class
                        && ModelBuilder.class.isAssignableFrom(handled)) {
                    return new Reader((BuilderBasedDeserializer) deserializer);
                }
                if (OpenEnum.class.isAssignableFrom(handled)) {
                    return EnumReader.of(deserializer);
                }
                if (handled == java.time.LocalDate.class) {
                    return IsoDateReader.of(deserializer);
                }
                return deserializer;
            }
        });
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(
                    SerializationConfig config, JavaType type, BeanDescription description) {
                return Model.class.isAssignableFrom(type.getRawClass()) ? new Writer(type.getRawClass()) : null;
            }
        });
    }

    /** Jackson's reader of a model's builder, with a fast path for the usual case: a JSON object read from the start. */
    static final class Reader extends BuilderBasedDeserializer {
        private static final long serialVersionUID = 1L;
        /** Made on the first read, once Jackson has resolved the property deserializers. */
        private transient volatile Table table;

        Reader(BuilderBasedDeserializer jacksons) {
            super(jacksons);
        }

        /**
         * The builder's table; by property position, the properties that are simply stored: not a
         * discriminator (its setter checks the value) and not one whose nulls are skipped; and the
         * positions whose declared type may hold something mutable.
         */
        private record Table(ModelType<?, ?> type, SettableBeanProperty[] stored, int[] containers) {}

        private Table table(DeserializationContext context) throws IOException {
            Table t = table;
            if (t == null) {
                ModelType<?, ?> type = ((ModelBuilder<?, ?, ?>) _valueInstantiator.createUsingDefault(context)).type;
                SettableBeanProperty[] stored = new SettableBeanProperty[type.size()];
                boolean[] immutable = new boolean[type.size()];
                for (Iterator<SettableBeanProperty> it = properties(); it.hasNext(); ) {
                    SettableBeanProperty property = it.next();
                    int index = type.indexOf(property.getName());
                    if (index >= 0) {
                        immutable[index] = immutable(property.getType().getRawClass());
                    }
                    if (index >= 0
                            && property instanceof MethodProperty
                            && !type.checksValue(index)
                            && !NullsConstantProvider.isSkipper(property.getNullValueProvider())) {
                        stored[index] = property;
                    }
                }
                t = new Table(
                        type,
                        stored,
                        IntStream.range(0, immutable.length)
                                .filter(i -> !immutable[i])
                                .toArray());
                table = t;
            }
            return t;
        }

        /** Whether every value of a property declared as {@code type} is immutable (a scalar, a model, an enum). */
        private static boolean immutable(Class<?> type) {
            return type.isPrimitive()
                    || type.isEnum()
                    || Model.class.isAssignableFrom(type)
                    || OpenEnum.class.isAssignableFrom(type)
                    || type == String.class
                    || type == Boolean.class
                    || type == Integer.class
                    || type == Long.class
                    || type == Double.class
                    || type == Float.class
                    || type == BigDecimal.class
                    || type == BigInteger.class
                    || type == UUID.class
                    || type == Timestamp.class
                    || type.getName().startsWith("java.time.") && !type.isInterface();
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!_vanillaProcessing || !p.isExpectedStartObjectToken()) {
                return super.deserialize(p, context);
            }
            Table t = table(context);
            ModelType<?, ?> type = t.type();
            SettableBeanProperty[] stored = t.stored();
            ModelBuilder<?, ?, ?> builder = type.newBuilder();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                p.nextToken();
                int index = type.indexOf(name);
                SettableBeanProperty simple = index >= 0 ? stored[index] : null;
                SettableBeanProperty property = simple != null ? simple : _beanProperties.find(name);
                if (property == null) {
                    // an unknown property: to the any-setter, which places its own errors
                    handleUnknownVanilla(p, context, builder, name);
                    continue;
                }
                try {
                    if (simple != null) {
                        builder.put(index, property.deserialize(p, context));
                    } else {
                        property.deserializeSetAndReturn(p, context, builder);
                    }
                } catch (Exception e) {
                    wrapAndThrow(e, builder, name, context);
                }
            }
            if (madeByRead(p)) {
                // every value in it was made by this read
                builder.read = t.containers();
            }
            try {
                return builder.build();
            } catch (Exception e) {
                return wrapInstantiationProblem(e, context);
            }
        }
    }

    /**
     * Whether every value read from {@code p} is made by the read: so for a parser of text or bytes,
     * not for one walking a tree or a buffer, whose byte arrays and JSON trees (in binary and POJO
     * nodes, or embedded) are handed out as they are held, so the caller still holds them.
     */
    static boolean madeByRead(JsonParser p) {
        JsonParser source = p;
        while (source instanceof JsonParserDelegate delegate && !(source instanceof JsonParserSequence)) {
            source = delegate.delegate();
        }
        return source instanceof ParserBase;
    }

    /**
     * Jackson's reader of an open enum, calling the class's factory straight (not by reflection) for a
     * JSON value of the wire type; any other value goes to Jackson's reader, for its coercions and errors.
     * A string the spec lists is found from the parser's characters, as the constant the factory
     * returns for it, without a string made to look it up.
     */
    static final class EnumReader extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        /** The factory, {@code (V) -> E}. */
        private final transient MethodHandle of;
        /** The wire type: {@code String}, {@code Integer} or {@code Long}. */
        private final Class<?> wire;
        /**
         * For string values, the constants the factory returns by wire value, found from the parser's
         * characters without making a string; {@code null} when the constants cannot be read.
         */
        private final transient KnownStrings constants;

        private EnumReader(JsonDeserializer<?> jacksons, MethodHandle of, Class<?> wire, KnownStrings constants) {
            super(jacksons);
            this.of = of;
            this.wire = wire;
            this.constants = constants;
        }

        /**
         * The constants of {@code type} (its static fields of its own type) by wire value, each one
         * only if {@code of} returns that very constant for its value; {@code null} when they cannot
         * be read.
         */
        private static KnownStrings constants(Class<?> type, MethodHandle of) {
            Map<String, Object> found = new LinkedHashMap<>();
            try {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                        field.setAccessible(true);
                        Object constant = field.get(null);
                        if (constant instanceof OpenEnum<?, ?> e
                                && e.value() instanceof String value
                                && (Object) of.invokeExact((Object) value) == constant) {
                            found.put(value, constant);
                        }
                    }
                }
            } catch (Throwable unreadable) {
                // an inaccessible field or a factory that fails: every value goes to the factory
                return null;
            }
            return new KnownStrings(found);
        }

        /** Jackson's reader with the fast path, or as it is when the class has no factory of one wire value. */
        static JsonDeserializer<?> of(JsonDeserializer<?> jacksons) {
            for (Method m : jacksons.handledType().getDeclaredMethods()) {
                Class<?>[] parameters = m.getParameterTypes();
                if (Modifier.isStatic(m.getModifiers())
                        && m.isAnnotationPresent(JsonCreator.class)
                        && parameters.length == 1
                        && (parameters[0] == String.class
                                || parameters[0] == Integer.class
                                || parameters[0] == Long.class)) {
                    try {
                        m.setAccessible(true);
                        MethodHandle of = MethodHandles.lookup()
                                .unreflect(m)
                                .asType(MethodType.methodType(Object.class, Object.class));
                        return new EnumReader(
                                jacksons,
                                of,
                                parameters[0],
                                parameters[0] == String.class ? constants(jacksons.handledType(), of) : null);
                    } catch (IllegalAccessException | RuntimeException inaccessible) {
                        return jacksons;
                    }
                }
            }
            return jacksons;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new EnumReader(newDelegatee, of, wire, constants);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Object value = null;
            if (wire == String.class) {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return super.deserialize(p, context);
                }
                if (constants != null && p instanceof ParserBase) {
                    // a streaming parser holds the characters: a listed value is found without a string made
                    Object constant = constants.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    if (constant != null) {
                        return constant;
                    }
                }
                value = p.getText();
            } else if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                JsonParser.NumberType type = p.getNumberType();
                if (type == JsonParser.NumberType.INT) {
                    value = wire == Integer.class ? (Object) p.getIntValue() : (Object) (long) p.getIntValue();
                } else if (type == JsonParser.NumberType.LONG && wire == Long.class) {
                    value = p.getLongValue();
                }
            }
            if (value == null) {
                return super.deserialize(p, context);
            }
            try {
                return (Object) of.invokeExact(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Writes a model as its JSON map, with the map serializer made for the property that holds it; with
     * a type id as {@link Writer} does.
     */
    static final class AsMap extends StdSerializer<Model<?, ?>> {
        private static final long serialVersionUID = 1L;
        private final Writer writer;
        private final transient JsonSerializer<Object> map;

        AsMap(Writer writer, JsonSerializer<Object> map) {
            super(writer.handledType());
            this.writer = writer;
            this.map = map;
        }

        @Override
        public void serializeWithType(
                Model<?, ?> value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSerializer)
                throws IOException {
            writer.serializeWithType(value, gen, provider, typeSerializer);
        }

        @Override
        public void serialize(Model<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            map.serialize(value.toJson(), gen, provider);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Model<?, ?> value) {
            return map.isEmpty(provider, value.toJson());
        }
    }

    /** Writes the present declared properties in declaration order, then the additional ones. */
    static final class Writer extends StdSerializer<Model<?, ?>> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;
        /** By property position (the last for additional properties): the class of the last value and its serializer. */
        private transient volatile Last[] last;

        private record Last(Class<?> type, JsonSerializer<Object> serializer) {}

        /** The configuration last asked about and whether it sorts or leaves out map entries. */
        private transient volatile Filtering filtering;

        private record Filtering(SerializationConfig config, boolean filtered) {}

        /**
         * Whether {@code config} sorts map entries by key or leaves some out ({@code JsonInclude} of map
         * contents), as it would in the model's JSON map without this writer.
         */
        private boolean mapsFiltered(SerializationConfig config) {
            Filtering f = filtering;
            if (f == null || f.config() != config) {
                JsonInclude.Include content =
                        config.getDefaultPropertyInclusion(Map.class).getContentInclusion();
                f = new Filtering(
                        config,
                        config.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                                || content != JsonInclude.Include.USE_DEFAULTS
                                        && content != JsonInclude.Include.ALWAYS);
                filtering = f;
            }
            return f.filtered();
        }

        @SuppressWarnings("unchecked")
        Writer(Class<?> model) {
            super((Class<Model<?, ?>>) model);
        }

        /**
         * This writer, or for a property whose annotations (or the mapper's settings for maps) sort or
         * leave out map entries, one writing the model's JSON map with the map serializer made for it,
         * as without this writer.
         */
        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (property == null || !shapesMaps(provider, property)) {
                return this;
            }
            return new AsMap(this, provider.findPrimaryPropertySerializer(LinkedHashMap.class, property));
        }

        /** Whether {@code property} has a map written other than in full and in order. */
        private boolean shapesMaps(SerializerProvider provider, BeanProperty property) {
            JsonInclude.Value include = findIncludeOverrides(provider, property, Map.class);
            JsonInclude.Include content = include == null ? null : include.getContentInclusion();
            if (content != null && content != JsonInclude.Include.USE_DEFAULTS && content != JsonInclude.Include.ALWAYS
                    || Boolean.TRUE.equals(findFormatFeature(
                            provider, property, Map.class, JsonFormat.Feature.WRITE_SORTED_MAP_ENTRIES))) {
                return true;
            }
            AnnotationIntrospector introspector = provider.getAnnotationIntrospector();
            AnnotatedMember member = property.getMember();
            if (introspector == null || member == null) {
                return false;
            }
            JsonIgnoreProperties.Value ignored = introspector.findPropertyIgnoralByName(provider.getConfig(), member);
            JsonIncludeProperties.Value included =
                    introspector.findPropertyInclusionByName(provider.getConfig(), member);
            return ignored != null && !ignored.findIgnoredForSerialization().isEmpty()
                    || included != null && included.getIncluded() != null;
        }

        @Override
        public void serialize(Model<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (mapsFiltered(provider.getConfig())) {
                // as the model's JSON map is written by a mapper that sorts or leaves out map entries
                Map<String, Object> json = value.toJson();
                provider.findValueSerializer(json.getClass(), null).serialize(json, gen, provider);
                return;
            }
            gen.writeStartObject(value);
            writeProperties(value, gen, provider);
            gen.writeEndObject();
        }

        @Override
        public void serializeWithType(
                Model<?, ?> value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSerializer)
                throws IOException {
            WritableTypeId id =
                    typeSerializer.writeTypePrefix(gen, typeSerializer.typeId(value, JsonToken.START_OBJECT));
            writeProperties(value, gen, provider);
            typeSerializer.writeTypeSuffix(gen, id);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Model<?, ?> value) {
            return value.nonePresent() && value.additional.isEmpty();
        }

        private void writeProperties(Model<?, ?> value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            ModelType<?, ?> type = value.type;
            Last[] cache = last;
            if (cache == null || cache.length != type.size() + 1) {
                cache = new Last[type.size() + 1];
                last = cache;
            }
            Object[] values = value.values;
            for (long word = value.present; word != 0; word &= word - 1) {
                int i = Long.numberOfTrailingZeros(word);
                gen.writeFieldName(type.serializedName(i));
                write(values[i], i, cache, gen, provider);
            }
            if (value.presentBeyond != null) {
                for (int i = value.nextPresent(Long.SIZE); i >= 0; i = value.nextPresent(i + 1)) {
                    gen.writeFieldName(type.serializedName(i));
                    write(values[i], i, cache, gen, provider);
                }
            }
            for (Map.Entry<String, ?> e : value.additional.entrySet()) {
                gen.writeFieldName(e.getKey());
                write(e.getValue(), type.size(), cache, gen, provider);
            }
        }

        /** Writes a value with the serializer of its class, as a map of objects has its values written. */
        private static void write(Object value, int slot, Last[] cache, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            if (value == null) {
                provider.defaultSerializeNull(gen);
                return;
            }
            Last l = cache[slot];
            if (l == null || l.type() != value.getClass()) {
                l = new Last(value.getClass(), provider.findContentValueSerializer(value.getClass(), null));
                cache[slot] = l;
            }
            l.serializer().serialize(value, gen, provider);
        }
    }
}
