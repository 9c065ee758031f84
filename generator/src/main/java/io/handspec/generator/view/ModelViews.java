package io.handspec.generator.view;

import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.ObjectSchema;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.model.UnionSchema;
import io.handspec.generator.view.Views.EnumConstantView;
import io.handspec.generator.view.Views.EnumView;
import io.handspec.generator.view.Views.FieldView;
import io.handspec.generator.view.Views.ModelView;
import io.handspec.generator.view.Views.TypeView;
import io.handspec.generator.view.Views.UnionView;
import io.handspec.generator.view.Views.VariantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** Builds the views of model types: objects, open enums and unions, with their nested types. */
final class ModelViews {
    /** Member names a model already uses for its own methods and internal fields. */
    static final Set<String> RESERVED_MEMBERS = Set.of("builder", "toBuilder", "build", "equals", "hashCode", "toString",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "additionalProperties", "additionalProperty",
            "isSet", "toJson", "present", "additional", "unset", "putIfPresent");

    private final TypeRegistry registry;
    private final TypeSpeller speller;

    ModelViews(TypeRegistry registry, TypeSpeller speller) {
        this.registry = registry;
        this.speller = speller;
    }

    TypeView view(Schema s, ImportCollector imports, boolean nested) {
        String modifiers = nested ? "public static final" : "public final";
        String name = registry.name(s).simpleName();
        List<String> javadoc = new ArrayList<>(JavaText.javadoc(s.description()));
        if (javadoc.isEmpty()) {
            javadoc.add("The <code>" + JavaText.escapeDoc(s.name()) + "</code> schema.");
        }
        String implementsClause = implementsClause(s, imports, s.match(o -> " implements ", e -> " implements ", u -> " extends "));
        List<TypeView> children = new ArrayList<>();
        for (Schema child : registry.nestedIn(s)) {
            children.add(view(child, imports, true));
        }
        return s.match(
                object -> model(object, name, modifiers, javadoc, implementsClause, imports, children),
                enumeration -> enumView(enumeration, name, modifiers, javadoc, implementsClause, imports),
                union -> union(union, name, javadoc, implementsClause, imports, children));
    }

    private String implementsClause(Schema s, ImportCollector imports, String keyword) {
        List<String> parents = new ArrayList<>();
        for (Schema union : registry.unionsOf(s)) {
            parents.add(imports.spell(registry.name(union)));
        }
        if (s instanceof EnumSchema) {
            parents.add(imports.spell("io.handspec.runtime.WireValue"));
        }
        return parents.isEmpty() ? "" : keyword + String.join(", ", parents);
    }

    private ModelView model(ObjectSchema s, String name, String modifiers, List<String> javadoc, String implementsClause,
                            ImportCollector imports, List<TypeView> children) {
        NameAllocator members = new NameAllocator(RESERVED_MEMBERS);
        List<FieldView> fields = new ArrayList<>();
        List<FieldView> required = new ArrayList<>();
        for (int i = 0; i < s.properties().size(); i++) {
            Property p = s.properties().get(i);
            String field = members.allocate(JavaNames.memberName(p.name()));
            String type = speller.spell(p.type(), imports);
            List<String> doc = new ArrayList<>(JavaText.javadoc(p.description()));
            if (doc.isEmpty()) {
                doc.add("The <code>" + JavaText.escapeDoc(p.name()) + "</code> property.");
            }
            List<String> notes = new ArrayList<>();
            if (p.required()) {
                notes.add("Required.");
            }
            if (p.nullable()) {
                notes.add("May be {@code null} in JSON.");
            }
            if (p.readOnly()) {
                notes.add("Read-only: sent by the server.");
            }
            String defaultValue = null;
            if (p.required() && registry.schemaOf(p.type()) instanceof EnumSchema target && target.values().size() == 1) {
                defaultValue = type + "." + JavaNames.constantName(target.values().get(0));
                notes.add("A new builder already holds the only allowed value.");
            }
            if (!notes.isEmpty()) {
                doc.set(doc.size() - 1, doc.get(doc.size() - 1) + " " + String.join(" ", notes));
            }
            FieldView f = new FieldView(field, JavaText.literal(p.name()), type, doc, copy(p.type(), field, imports),
                    defaultValue, p.deprecated());
            fields.add(f);
            if (p.required() && !p.readOnly() && !p.nullable()) {
                required.add(f);
            }
        }
        String additional = s.additionalProperties() == null
                ? imports.spell("com.fasterxml.jackson.databind.JsonNode")
                : speller.spell(s.additionalProperties(), imports);
        return new ModelView(name, modifiers, javadoc, s.deprecated(), implementsClause, fields, required, additional, children);
    }

    private String copy(TypeRef type, String field, ImportCollector imports) {
        String source = "b." + field;
        if (type instanceof TypeRef.ArrayOf) {
            return source + " == null ? null : " + imports.spell("java.util.Collections") + ".unmodifiableList(new "
                    + imports.spell("java.util.ArrayList") + "<>(" + source + "))";
        }
        if (type instanceof TypeRef.MapOf) {
            return source + " == null ? null : " + imports.spell("java.util.Collections") + ".unmodifiableMap(new "
                    + imports.spell("java.util.LinkedHashMap") + "<>(" + source + "))";
        }
        if (type instanceof TypeRef.Primitive p && (p.scalar() == TypeRef.Scalar.BYTE || p.scalar() == TypeRef.Scalar.BINARY)) {
            return source + " == null ? null : " + source + ".clone()";
        }
        return source;
    }

    private EnumView enumView(EnumSchema s, String name, String modifiers, List<String> javadoc, String implementsClause,
                              ImportCollector imports) {
        NameAllocator constants = new NameAllocator(Set.of("KNOWN"));
        List<EnumConstantView> values = new ArrayList<>();
        String valueType = switch (s.valueType()) {
            case INT32 -> imports.spell("java.lang.Integer");
            case INT64 -> imports.spell("java.lang.Long");
            case STRING -> imports.spell("java.lang.String");
        };
        for (int i = 0; i < s.values().size(); i++) {
            String v = s.values().get(i);
            String literal = switch (s.valueType()) {
                case INT32 -> v;
                case INT64 -> v + "L";
                case STRING -> JavaText.literal(v);
            };
            values.add(new EnumConstantView(constants.allocate(JavaNames.constantName(v)), literal,
                    i == s.values().size() - 1));
        }
        return new EnumView(name, modifiers, javadoc, implementsClause, valueType, values, constants.allocate("UNKNOWN"));
    }

    private UnionView union(UnionSchema s, String name, List<String> javadoc, String implementsClause,
                            ImportCollector imports, List<TypeView> children) {
        NameAllocator nestedNames = new NameAllocator(Set.of(name));
        children.forEach(c -> nestedNames.reserve(c.className()));
        List<VariantView> wrappers = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        StringJoiner permits = new StringJoiner(", ");
        for (TypeRef v : s.variants()) {
            Schema target = registry.schemaOf(v);
            String kind = JavaText.literal(speller.jsonKind(v));
            if (target != null && registry.unionsOf(target).contains(s)) {
                String type = imports.spell(registry.name(target));
                String all = target.match(o -> names(o, false, imports), e -> emptySet(imports), u -> emptySet(imports));
                String required = target.match(o -> names(o, true, imports), e -> emptySet(imports), u -> emptySet(imports));
                candidates.add("new Variant(" + type + ".class, " + kind + ", " + all + ", " + required + ")");
                permits.add(type);
            } else {
                String wrapped = speller.spell(v, imports);
                String wrapper = nestedNames.allocate("Of" + JavaNames.typeName(wrapped.replaceAll("[^A-Za-z0-9]", " ")));
                wrappers.add(new VariantView(wrapper, wrapped));
                candidates.add("new Variant(" + wrapper + ".class, " + kind + ", " + emptySet(imports) + ", " + emptySet(imports) + ")");
                permits.add(name + "." + wrapper);
            }
        }
        String unknown = nestedNames.allocate("Unknown");
        permits.add(name + "." + unknown);
        String map = imports.spell("java.util.Map");
        StringJoiner mapping = new StringJoiner(",\n                    ", map + ".ofEntries(\n                    ", ")");
        mapping.setEmptyValue(map + ".of()");
        String discriminator = "null";
        if (s.discriminator() != null) {
            discriminator = JavaText.literal(s.discriminator().property());
            java.util.Map<String, String> entries = new java.util.TreeMap<>(s.discriminator().mapping());
            if (entries.isEmpty()) {
                for (TypeRef v : s.variants()) {
                    if (v instanceof TypeRef.Named n) {
                        entries.put(n.name(), n.name());
                    }
                }
            }
            entries.forEach((value, schemaName) -> {
                Schema target = registry.schemaOf(new TypeRef.Named(schemaName));
                if (target != null) {
                    mapping.add(map + ".entry(" + JavaText.literal(value) + ", " + imports.spell(registry.name(target)) + ".class)");
                }
            });
        }
        StringJoiner list = new StringJoiner(",\n                    ", imports.spell("java.util.List") + ".of(\n                    ", ")");
        candidates.forEach(list::add);
        String args = discriminator + ",\n                " + mapping + ",\n                " + list + ",\n                " + unknown + "::new";
        return new UnionView(name, "public", javadoc, implementsClause, permits.toString(), wrappers, args, unknown, children);
    }

    private static String emptySet(ImportCollector imports) {
        return imports.spell("java.util.Set") + ".of()";
    }

    private static String names(ObjectSchema s, boolean requiredOnly, ImportCollector imports) {
        StringJoiner out = new StringJoiner(", ", imports.spell("java.util.Set") + ".of(", ")");
        for (Property p : s.properties()) {
            if (!requiredOnly || (p.required() && !p.nullable())) {
                out.add(JavaText.literal(p.name()));
            }
        }
        return out.toString();
    }
}
