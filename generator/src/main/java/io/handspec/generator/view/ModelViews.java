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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the views of model types: objects, open enums and unions, with their nested types. */
final class ModelViews {
    private static final Code PUBLIC = Code.of("public");
    private static final Code PUBLIC_FINAL = Code.of("public final");
    private static final Code PUBLIC_STATIC_FINAL = Code.of("public static final");

    private final TypeRegistry registry;
    private final TypeSpeller speller;
    /** What a property may not be called: the template's members and the package roots a file spells. */
    private final Set<String> reservedMembers;

    ModelViews(TypeRegistry registry, TypeSpeller speller, Set<String> packageRoots) {
        this.registry = registry;
        this.speller = speller;
        this.reservedMembers =
                TemplateNames.union(TemplateNames.MODEL_MEMBERS, packageRoots, registry.namesLikeMembers());
    }

    TypeView view(Schema s, ImportCollector imports, boolean nested) {
        Code modifiers = nested ? PUBLIC_STATIC_FINAL : PUBLIC_FINAL;
        Code name = Code.name(registry.name(s).simpleName());
        List<Doc> javadoc = new ArrayList<>(Doc.lines(s.description()));
        if (javadoc.isEmpty()) {
            javadoc.add(Doc.of("The <code>%s</code> schema.", s.name()));
        }
        Code implementsClause = implementsClause(s, imports, s.match(o -> true, e -> true, u -> false));
        List<TypeView> children = new ArrayList<>();
        for (Schema child : registry.nestedIn(s)) {
            children.add(view(child, imports, true));
        }
        return s.match(
                object -> model(object, name, modifiers, javadoc, implementsClause, imports, children),
                enumeration -> enumView(enumeration, name, modifiers, javadoc, implementsClause, imports),
                union -> union(union, name, javadoc, implementsClause, imports, children));
    }

    private Code implementsClause(Schema s, ImportCollector imports, boolean isClass) {
        List<Code> parents = new ArrayList<>();
        for (Schema union : registry.unionsOf(s)) {
            parents.add(Code.type(imports.spell(registry.name(union))));
        }
        if (parents.isEmpty()) {
            return Code.EMPTY;
        }
        return isClass
                ? Code.of(" implements $L", Code.join(", ", parents))
                : Code.of(" extends $L", Code.join(", ", parents));
    }

    private ModelView model(
            ObjectSchema s,
            Code name,
            Code modifiers,
            List<Doc> javadoc,
            Code implementsClause,
            ImportCollector imports,
            List<TypeView> children) {
        NameAllocator members = new NameAllocator(reservedMembers);
        List<FieldView> fields = new ArrayList<>();
        List<Code> required = new ArrayList<>();
        List<Code> secret = new ArrayList<>();
        List<ModelTables.Call> calls = new ArrayList<>();
        for (Property p : s.properties()) {
            Code field = Code.name(members.allocate(JavaNames.memberName(p.name())));
            Code type = Code.type(speller.spell(p.type(), imports));
            List<Doc> doc = new ArrayList<>(Doc.lines(p.description()));
            if (doc.isEmpty()) {
                doc.add(Doc.of("The <code>%s</code> property.", p.name()));
            }
            List<Doc> notes = new ArrayList<>();
            if (p.required()) {
                notes.add(Doc.of(" Required."));
            }
            if (p.nullable()) {
                notes.add(Doc.of(" May be {@code null} in JSON."));
            }
            if (p.readOnly()) {
                notes.add(Doc.of(" Read-only: sent by the server."));
            }
            if (p.required()
                    && registry.schemaOf(p.type()) instanceof EnumSchema target
                    && target.values().size() == 1) {
                calls.add(new ModelTables.Call(
                        "preset",
                        List.of(
                                Code.literal(p.name()),
                                Code.of("$L.$L", type, EnumConstants.of(target).get(0)))));
                notes.add(Doc.of(" A new builder already holds the only allowed value."));
            }
            for (Doc note : notes) {
                doc.set(doc.size() - 1, doc.get(doc.size() - 1).plus(note));
            }
            fields.add(new FieldView(
                    field, Code.literal(p.name()), type, doc, Code.number(fields.size()), p.deprecated()));
            if (p.required() && !p.readOnly() && !p.nullable()) {
                required.add(Code.literal(p.name()));
            }
            if (p.secret()) {
                secret.add(Code.literal(p.name()));
            }
        }
        if (!required.isEmpty()) {
            calls.add(0, new ModelTables.Call("required", required));
        }
        calls.addAll(discriminators(s, fields));
        if (!secret.isEmpty()) {
            calls.add(new ModelTables.Call("secret", secret));
        }
        Code additional = Code.type(
                s.additionalProperties() == null
                        ? imports.spell("com.fasterxml.jackson.databind.JsonNode")
                        : speller.spell(s.additionalProperties(), imports));
        Code table = ModelTables.table(
                Code.type(imports.spell("io.handspec.runtime.ModelType")),
                Code.type(imports.spell("java.lang.invoke.MethodHandles")),
                name,
                fields,
                calls);
        return new ModelView(
                name, modifiers, javadoc, s.deprecated(), implementsClause, fields, table, additional, children);
    }

    /**
     * The discriminator values that select {@code s} in the unions it belongs to, per property: a
     * builder starts with the value when there is one and refuses others. Only for properties of
     * type string or of a string enum, the types a discriminator may have.
     */
    private List<ModelTables.Call> discriminators(ObjectSchema s, List<FieldView> fields) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (Schema union : registry.unionsOf(s)) {
            if (union instanceof UnionSchema u && u.discriminator() != null) {
                discriminatorMapping(u).forEach((value, schemaName) -> {
                    if (registry.schemaOf(new TypeRef.Named(schemaName)) == s) {
                        values.computeIfAbsent(u.discriminator().property(), k -> new TreeSet<>())
                                .add(value);
                    }
                });
            }
        }
        List<ModelTables.Call> out = new ArrayList<>();
        for (int i = 0; i < s.properties().size(); i++) {
            Property p = s.properties().get(i);
            Set<String> allowed = values.get(p.name());
            boolean string = p.type() instanceof TypeRef.Primitive prim && prim.scalar() == TypeRef.Scalar.STRING;
            boolean stringEnum =
                    registry.schemaOf(p.type()) instanceof EnumSchema e && e.valueType() == EnumSchema.ValueType.STRING;
            if (allowed == null || !(string || stringEnum)) {
                continue;
            }
            List<Code> literals = new ArrayList<>(List.of(Code.literal(p.name())));
            for (String value : allowed) {
                literals.add(
                        string
                                ? Code.literal(value)
                                : Code.of("$L.of($S)", fields.get(i).type(), value));
            }
            out.add(new ModelTables.Call("discriminator", literals));
        }
        return out;
    }

    /** The union's discriminator values and the schema each selects; the variants' names when the spec maps none. */
    private static Map<String, String> discriminatorMapping(UnionSchema s) {
        Map<String, String> mapping = new TreeMap<>(s.discriminator().mapping());
        if (mapping.isEmpty()) {
            for (TypeRef v : s.variants()) {
                if (v instanceof TypeRef.Named n) {
                    mapping.put(n.name(), n.name());
                }
            }
        }
        return mapping;
    }

    private EnumView enumView(
            EnumSchema s,
            Code name,
            Code modifiers,
            List<Doc> javadoc,
            Code implementsClause,
            ImportCollector imports) {
        List<Code> names = EnumConstants.of(s);
        List<EnumConstantView> values = new ArrayList<>();
        Code valueType = Code.type(
                switch (s.valueType()) {
                    case INT32 -> imports.spell("java.lang.Integer");
                    case INT64 -> imports.spell("java.lang.Long");
                    case STRING -> imports.spell("java.lang.String");
                });
        for (int i = 0; i < s.values().size(); i++) {
            values.add(new EnumConstantView(
                    names.get(i),
                    EnumConstants.literal(s.valueType(), s.values().get(i), imports)));
        }
        return new EnumView(
                name,
                modifiers,
                javadoc,
                implementsClause,
                !implementsClause.isEmpty(),
                valueType,
                values,
                names.get(names.size() - 1));
    }

    private UnionView union(
            UnionSchema s,
            Code name,
            List<Doc> javadoc,
            Code implementsClause,
            ImportCollector imports,
            List<TypeView> children) {
        // a wrapper named like a model type would hide it inside the union
        NameAllocator nestedNames = new NameAllocator(
                TemplateNames.union(Set.of(name.toString()), TemplateNames.NESTED_TYPES),
                registry.topLevelNamesLowerCase());
        children.forEach(c -> nestedNames.reserve(c.className().toString()));
        List<VariantView> wrappers = new ArrayList<>();
        List<Code> candidates = new ArrayList<>();
        List<Code> permits = new ArrayList<>();
        for (TypeRef v : s.variants()) {
            Schema target = registry.schemaOf(v);
            Code kind = Code.literal(speller.jsonKind(v));
            if (target != null && registry.unionsOf(target).contains(s)) {
                Code type = Code.type(imports.spell(registry.name(target)));
                Code known = target.match(o -> names(o, false), e -> null, u -> null);
                candidates.add(
                        known == null
                                ? Code.of("variant($L.class, $L)", type, kind)
                                : Code.of(
                                        "variant($L.class, $L, $L, $L)",
                                        type,
                                        kind,
                                        known,
                                        target.match(o -> names(o, true), e -> null, u -> null)));
                permits.add(type);
            } else {
                String wrapped = speller.spell(v, imports);
                Code wrapper = Code.name(
                        nestedNames.allocate("Of" + JavaNames.typeName(wrapped.replaceAll("[^A-Za-z0-9]", " "))));
                String jsonNode = imports.spell("com.fasterxml.jackson.databind.JsonNode");
                boolean mutable = wrapped.contains("byte[]") || wrapped.contains(jsonNode);
                boolean frozen = mutable || v instanceof TypeRef.ArrayOf || v instanceof TypeRef.MapOf;
                // bytes or a tree the caller could change are handed out as copies
                Code read = mutable
                        ? Code.of("$L.readable(this.value)", Code.type(imports.spell("io.handspec.runtime.Model")))
                        : Code.of("this.value");
                wrappers.add(new VariantView(wrapper, Code.type(wrapped), frozen, read));
                candidates.add(Code.of("variant($L.class, $L)", wrapper, kind));
                permits.add(Code.of("$L.$L", name, wrapper));
            }
        }
        Code unknown = Code.name(nestedNames.allocate("Unknown"));
        permits.add(Code.of("$L.$L", name, unknown));
        List<Code> entries = new ArrayList<>();
        Code discriminator = Code.of("null");
        if (s.discriminator() != null) {
            discriminator = Code.literal(s.discriminator().property());
            discriminatorMapping(s).forEach((value, schemaName) -> {
                Schema target = registry.schemaOf(new TypeRef.Named(schemaName));
                if (target != null) {
                    entries.add(Code.of("$S, $T.class", value, imports.spell(registry.name(target))));
                }
            });
        }
        String indent = ",\n                    ";
        // arrays, not List.of/Map.of: javac resolves and infers each overload of those in turn
        Code mapping = entries.isEmpty()
                ? Code.of("null")
                : Code.of("new Object[] {\n                    $L}", Code.join(indent, entries));
        Code list = Code.of("new Variant[] {\n                    $L}", Code.join(indent, candidates));
        Code args = Code.of(
                "$L,\n                $L,\n                $L,\n                $L::new",
                discriminator,
                mapping,
                list,
                unknown);
        return new UnionView(
                name, PUBLIC, javadoc, implementsClause, Code.join(", ", permits), wrappers, args, unknown, children);
    }

    private static Code names(ObjectSchema s, boolean requiredOnly) {
        List<Code> out = new ArrayList<>();
        for (Property p : s.properties()) {
            if (!requiredOnly || (p.required() && !p.nullable())) {
                out.add(Code.literal(p.name()));
            }
        }
        return Code.of("new String[] {$L}", Code.join(", ", out));
    }
}
