package io.handspec.generator.view;

import io.handspec.generator.model.Property;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
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
    private final TypeRegistry registry;
    private final TypeSpeller speller;
    /** What a property may not be called: the template's members and the package roots a file spells. */
    private final Set<String> reservedMembers;

    ModelViews(TypeRegistry registry, TypeSpeller speller, Set<String> packageRoots) {
        this.registry = registry;
        this.speller = speller;
        this.reservedMembers = TemplateNames.union(TemplateNames.MODEL_MEMBERS, packageRoots, registry.namesLikeMembers());
    }

    TypeView view(Schema s, ImportCollector imports, boolean nested) {
        String modifiers = nested ? "public static final" : "public final";
        String name = registry.name(s).simpleName();
        List<String> javadoc = new ArrayList<>(JavaText.javadoc(s.description()));
        if (javadoc.isEmpty()) {
            javadoc.add("The <code>" + JavaText.escapeDoc(s.name()) + "</code> schema.");
        }
        String implementsClause = implementsClause(s, imports, s.kind() == Schema.Kind.OBJECT || s.kind() == Schema.Kind.ENUM ? " implements " : " extends ");
        List<TypeView> children = new ArrayList<>();
        for (Schema child : registry.nestedIn(s)) {
            children.add(view(child, imports, true));
        }
        return switch (s.kind()) {
            case OBJECT -> model(s, name, modifiers, javadoc, implementsClause, imports, children);
            case ENUM -> enumView(s, name, modifiers, javadoc, implementsClause, imports);
            case ONE_OF, ANY_OF -> union(s, name, javadoc, implementsClause, imports, children);
        };
    }

    private String implementsClause(Schema s, ImportCollector imports, String keyword) {
        List<String> parents = new ArrayList<>();
        for (Schema union : registry.unionsOf(s)) {
            parents.add(imports.spell(registry.name(union)));
        }
        if (s.kind() == Schema.Kind.ENUM) {
            parents.add(imports.spell("io.handspec.runtime.WireValue"));
        }
        return parents.isEmpty() ? "" : keyword + String.join(", ", parents);
    }

    private ModelView model(Schema s, String name, String modifiers, List<String> javadoc, String implementsClause,
                            ImportCollector imports, List<TypeView> children) {
        NameAllocator members = new NameAllocator(reservedMembers);
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
            Schema target = registry.schemaOf(p.type());
            if (p.required() && target != null && target.kind() == Schema.Kind.ENUM && target.enumValues().size() == 1) {
                defaultValue = type + "." + constantNames(target).get(0);
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

    private EnumView enumView(Schema s, String name, String modifiers, List<String> javadoc, String implementsClause,
                              ImportCollector imports) {
        NameAllocator constants = new NameAllocator(TemplateNames.ENUM_CONSTANTS);
        List<String> names = constantNames(s);
        names.forEach(constants::reserve);
        List<EnumConstantView> values = new ArrayList<>();
        String valueType = switch (s.enumType()) {
            case INT32 -> imports.spell("java.lang.Integer");
            case INT64 -> imports.spell("java.lang.Long");
            default -> imports.spell("java.lang.String");
        };
        for (int i = 0; i < s.enumValues().size(); i++) {
            Object v = s.enumValues().get(i);
            String literal = switch (s.enumType()) {
                case INT32 -> String.valueOf(((Number) v).intValue());
                case INT64 -> ((Number) v).longValue() + "L";
                default -> JavaText.literal(String.valueOf(v));
            };
            values.add(new EnumConstantView(names.get(i), literal, i == s.enumValues().size() - 1));
        }
        return new EnumView(name, modifiers, javadoc, implementsClause, valueType, values, constants.allocate("UNKNOWN"));
    }

    /** The constants of an enum, in value order; the same wherever the enum is referred to. */
    private static List<String> constantNames(Schema s) {
        NameAllocator constants = new NameAllocator(TemplateNames.ENUM_CONSTANTS);
        List<String> out = new ArrayList<>();
        for (Object v : s.enumValues()) {
            out.add(constants.allocate(JavaNames.constantName(String.valueOf(v))));
        }
        return out;
    }

    private UnionView union(Schema s, String name, List<String> javadoc, String implementsClause,
                            ImportCollector imports, List<TypeView> children) {
        // a wrapper named like a model type would hide it inside the union
        NameAllocator nestedNames = new NameAllocator(TemplateNames.union(registry.topLevelNames(), Set.of(name), TemplateNames.NESTED_TYPES));
        children.forEach(c -> nestedNames.reserve(c.className()));
        List<VariantView> wrappers = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        StringJoiner permits = new StringJoiner(", ");
        for (TypeRef v : s.variants()) {
            Schema target = registry.schemaOf(v);
            String kind = JavaText.literal(speller.jsonKind(v));
            if (target != null && registry.unionsOf(target).contains(s)) {
                String type = imports.spell(registry.name(target));
                boolean object = target.kind() == Schema.Kind.OBJECT;
                candidates.add("new Variant(" + type + ".class, " + kind + ", " + (object ? names(target, false, imports) : emptySet(imports))
                        + ", " + (object ? names(target, true, imports) : emptySet(imports)) + ")");
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

    private static String names(Schema s, boolean requiredOnly, ImportCollector imports) {
        StringJoiner out = new StringJoiner(", ", imports.spell("java.util.Set") + ".of(", ")");
        for (Property p : s.properties()) {
            if (!requiredOnly || (p.required() && !p.nullable())) {
                out.add(JavaText.literal(p.name()));
            }
        }
        return out.toString();
    }
}
