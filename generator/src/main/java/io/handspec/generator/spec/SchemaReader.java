package io.handspec.generator.spec;

import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.ObjectSchema;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.model.UnionSchema;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Turns parser schemas into {@link TypeRef}s and {@link Schema}s. A {@code $ref} to a schema that
 * is not a class of its own (an array, a map, an alias, a one-part {@code allOf}) is expanded in
 * place; a chain of such expansions that comes back to where it started has no Java type, and is
 * reported instead of recursing for ever. (swagger-parser's {@code Schema<T>} is generic over its
 * example type, which is never used here; hence the raw types.)
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class SchemaReader {
    private static final String COMPONENTS = "/components/schemas/";

    private final Map<String, io.swagger.v3.oas.models.media.Schema> components;
    private final Problems problems;
    /** Component schemas being expanded in place, innermost last. */
    private final LinkedHashSet<String> expanding = new LinkedHashSet<>();

    private final Set<String> reportedCycles = new java.util.HashSet<>();

    SchemaReader(OpenAPI api, Problems problems) {
        this.components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of()
                : api.getComponents().getSchemas();
        this.problems = problems;
    }

    /** The component schemas that become classes, in key order. */
    List<Schema> components() {
        List<Schema> out = new ArrayList<>();
        for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> e : new TreeMap<>(components).entrySet()) {
            if (SchemaShapes.isClassWorthy(e.getValue())) {
                out.add(schema(e.getKey(), e.getValue(), COMPONENTS + SourceIndex.escape(e.getKey())));
            }
        }
        return out;
    }

    /** The type of a schema standing at {@code pointer}; inline objects, enums and unions become {@link TypeRef.Inline}. */
    TypeRef type(io.swagger.v3.oas.models.media.Schema s, String suggestedName, String pointer) {
        if (s.get$ref() != null) {
            String name = ModelUtils.getSimpleRef(s.get$ref());
            io.swagger.v3.oas.models.media.Schema target = components.get(name);
            if (target == null) {
                return new TypeRef.Primitive(TypeRef.Scalar.ANY);
            }
            if (SchemaShapes.isClassWorthy(target)) {
                return new TypeRef.Named(name);
            }
            if (expanding.contains(name)) {
                cycle(name);
                return new TypeRef.Primitive(TypeRef.Scalar.ANY);
            }
            expanding.add(name);
            try {
                return type(target, name, COMPONENTS + SourceIndex.escape(name));
            } finally {
                expanding.remove(name);
            }
        }
        if (s.getAllOf() != null
                && s.getAllOf().size() == 1
                && (s.getProperties() == null || s.getProperties().isEmpty())) {
            return type(
                    (io.swagger.v3.oas.models.media.Schema) s.getAllOf().get(0), suggestedName, pointer + "/allOf/0");
        }
        if (SchemaShapes.isClassWorthy(s)) {
            return new TypeRef.Inline(suggestedName, schema(suggestedName, s, pointer));
        }
        List<io.swagger.v3.oas.models.media.Schema> variants = SchemaShapes.variantsOf(s);
        if (variants.size() == 1) {
            return type(variants.get(0), suggestedName, pointer + (s.getOneOf() != null ? "/oneOf/0" : "/anyOf/0"));
        }
        return single(s, ModelUtils.getType(s), true, suggestedName, pointer);
    }

    /**
     * The type of {@code s} read as {@code type}, one of the types it may have; with {@code byKeywords},
     * {@code items} or {@code additionalProperties} make an array or a map whatever the type says.
     */
    private TypeRef single(
            io.swagger.v3.oas.models.media.Schema s,
            String type,
            boolean byKeywords,
            String suggestedName,
            String pointer) {
        if ("array".equals(type) || byKeywords && s.getItems() != null) {
            return new TypeRef.ArrayOf(
                    s.getItems() == null
                            ? new TypeRef.Primitive(TypeRef.Scalar.ANY)
                            : type(s.getItems(), suggestedName + " Item", pointer + "/items"));
        }
        if ("object".equals(type) || byKeywords && s.getAdditionalProperties() != null) {
            if (s.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?> valueSchema) {
                return new TypeRef.MapOf(
                        type(valueSchema, suggestedName + " Value", pointer + "/additionalProperties"));
            }
            return new TypeRef.MapOf(new TypeRef.Primitive(TypeRef.Scalar.ANY));
        }
        return new TypeRef.Primitive(SchemaShapes.scalar(type, s.getFormat()));
    }

    /** A cycle {@link RefCycles} did not see (it runs before the normalizer); stops the expansion rather than recursing. */
    private void cycle(String name) {
        if (reportedCycles.add(name)) {
            problems.error(
                    COMPONENTS + SourceIndex.escape(name),
                    "schema '" + name + "' refers to itself with no object "
                            + "schema in between, so it has no Java type; make one schema of the cycle an object with properties");
        }
    }

    Schema schema(String name, io.swagger.v3.oas.models.media.Schema s, String pointer) {
        String description = s.getDescription();
        boolean deprecated = Boolean.TRUE.equals(s.getDeprecated());
        List<?> enumValues = SchemaShapes.enumValues(s);
        if (!enumValues.isEmpty()) {
            return enumSchema(name, s, pointer, enumValues);
        }
        List<String> types = SchemaShapes.types(s);
        if (types.size() > 1) {
            List<TypeRef> variants = new ArrayList<>();
            for (String type : types) {
                variants.add(single(s, type, false, name + " " + type, pointer));
            }
            return new UnionSchema(name, description, deprecated, variants, null);
        }
        List<io.swagger.v3.oas.models.media.Schema> variants = SchemaShapes.variantsOf(s);
        if (variants.size() > 1
                && (s.getProperties() == null || s.getProperties().isEmpty())) {
            String list = s.getOneOf() != null ? "/oneOf/" : "/anyOf/";
            List<TypeRef> refs = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                refs.add(type(variants.get(i), name + " Option" + (i + 1), pointer + list + i));
            }
            UnionSchema.Discriminator discriminator = null;
            if (s.getDiscriminator() != null && s.getDiscriminator().getPropertyName() != null) {
                Map<String, String> mapping = new TreeMap<>();
                if (s.getDiscriminator().getMapping() != null) {
                    s.getDiscriminator().getMapping().forEach((k, v) -> mapping.put(k, ModelUtils.getSimpleRef(v)));
                }
                // a value mapped to a schema that is not a variant would be read as a type the union does not permit
                // listed by $ref too: a variant that is an array or an alias schema has no named Java type
                Set<String> variantNames = new java.util.TreeSet<>();
                refs.forEach(r -> {
                    if (r instanceof TypeRef.Named n) {
                        variantNames.add(n.name());
                    }
                });
                variants.forEach(v -> {
                    if (v.get$ref() != null) {
                        variantNames.add(ModelUtils.getSimpleRef(v.get$ref()));
                    }
                });
                mapping.forEach((value, target) -> {
                    if (!variantNames.contains(target)) {
                        problems.error(
                                pointer + "/discriminator/mapping/" + SourceIndex.escape(value),
                                "the discriminator value '" + value + "' maps to " + target
                                        + ", which is not one of this union's variants " + variantNames
                                        + "; map it to a variant or add the schema to " + list.replace("/", ""));
                    }
                });
                discriminator =
                        new UnionSchema.Discriminator(s.getDiscriminator().getPropertyName(), mapping);
            }
            return new UnionSchema(name, description, deprecated, refs, discriminator);
        }
        return object(name, s, pointer, description, deprecated);
    }

    private Schema enumSchema(String name, io.swagger.v3.oas.models.media.Schema s, String pointer, List<?> raw) {
        TypeRef.Scalar scalar = SchemaShapes.scalar(SchemaShapes.enumType(s, raw), s.getFormat());
        EnumSchema.ValueType valueType = scalar == TypeRef.Scalar.INT32
                ? EnumSchema.ValueType.INT32
                : scalar == TypeRef.Scalar.INT64 ? EnumSchema.ValueType.INT64 : EnumSchema.ValueType.STRING;
        Set<String> values = new LinkedHashSet<>();
        for (Object v : raw) {
            if (valueType == EnumSchema.ValueType.STRING) {
                values.add(String.valueOf(v));
            } else {
                Long n = ExtensionValues.wholeNumber(v);
                if (n != null) {
                    values.add(String.valueOf(n));
                }
            }
        }
        if (values.isEmpty()) {
            problems.error(pointer + "/enum", "the enum has no value of its type; list at least one value");
            values.add("0");
        }
        return new EnumSchema(
                name, s.getDescription(), Boolean.TRUE.equals(s.getDeprecated()), valueType, List.copyOf(values));
    }

    private Schema object(
            String name,
            io.swagger.v3.oas.models.media.Schema s,
            String pointer,
            String description,
            boolean deprecated) {
        AllOfMerge merged = new AllOfMerge(this::deref);
        merged.collect(s);
        if (merged.selfIncluded()) {
            problems.error(
                    pointer,
                    "schema '" + name + "' includes itself through allOf; remove the $ref to itself from allOf");
        }
        List<Property> properties = new ArrayList<>();
        for (Map.Entry<String, io.swagger.v3.oas.models.media.Schema> p :
                merged.properties().entrySet()) {
            io.swagger.v3.oas.models.media.Schema ps = p.getValue();
            io.swagger.v3.oas.models.media.Schema target = deref(ps);
            boolean nullable = ModelUtils.isNullable(ps) || (target != null && ModelUtils.isNullable(target));
            boolean readOnly = Boolean.TRUE.equals(ps.getReadOnly())
                    || (target != null && Boolean.TRUE.equals(target.getReadOnly()));
            boolean secret = isSecret(ps) || (target != null && isSecret(target));
            String pd =
                    ps.getDescription() != null ? ps.getDescription() : target == null ? null : target.getDescription();
            properties.add(new Property(
                    p.getKey(),
                    type(ps, name + " " + p.getKey(), pointer + "/properties/" + SourceIndex.escape(p.getKey())),
                    merged.required().contains(p.getKey()),
                    nullable,
                    readOnly,
                    pd,
                    Boolean.TRUE.equals(ps.getDeprecated()),
                    secret));
        }
        TypeRef additional = merged.additional() == null
                ? null
                : type(merged.additional(), name + " Value", pointer + "/additionalProperties");
        return new ObjectSchema(name, description, deprecated, properties, additional);
    }

    /** {@code format: password} or {@code writeOnly: true}: a value not to be printed. */
    private static boolean isSecret(io.swagger.v3.oas.models.media.Schema s) {
        return "password".equals(s.getFormat()) || Boolean.TRUE.equals(s.getWriteOnly());
    }

    /** Follows {@code $ref}s to a schema that is not one; {@code null} when the chain breaks or loops. */
    io.swagger.v3.oas.models.media.Schema deref(io.swagger.v3.oas.models.media.Schema s) {
        Set<String> seen = new java.util.HashSet<>();
        while (s != null && s.get$ref() != null) {
            String name = ModelUtils.getSimpleRef(s.get$ref());
            if (!seen.add(name)) {
                return null;
            }
            s = components.get(name);
        }
        return s;
    }

    /** Properties, required names and the additional-properties schema gathered through {@code allOf}, parents first. */
    static final class AllOfMerge {
        private final java.util.function.UnaryOperator<io.swagger.v3.oas.models.media.Schema> deref;
        private final Map<String, io.swagger.v3.oas.models.media.Schema> properties = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final Map<io.swagger.v3.oas.models.media.Schema, Boolean> path = new IdentityHashMap<>();
        private io.swagger.v3.oas.models.media.Schema additional;
        private boolean selfIncluded;

        AllOfMerge(java.util.function.UnaryOperator<io.swagger.v3.oas.models.media.Schema> deref) {
            this.deref = deref;
        }

        void collect(io.swagger.v3.oas.models.media.Schema s) {
            s = s == null ? null : deref.apply(s);
            if (s == null) {
                return;
            }
            if (path.put(s, Boolean.TRUE) != null) {
                selfIncluded = true;
                return;
            }
            if (s.getAllOf() != null) {
                for (Object part : s.getAllOf()) {
                    collect((io.swagger.v3.oas.models.media.Schema) part);
                }
            }
            if (s.getProperties() != null) {
                properties.putAll(s.getProperties());
            }
            if (s.getRequired() != null) {
                required.addAll(s.getRequired());
            }
            if (s.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?> ap) {
                additional = ap;
            }
            path.remove(s);
        }

        Map<String, io.swagger.v3.oas.models.media.Schema> properties() {
            return properties;
        }

        Set<String> required() {
            return required;
        }

        io.swagger.v3.oas.models.media.Schema additional() {
            return additional;
        }

        boolean selfIncluded() {
            return selfIncluded;
        }
    }
}
