package io.handspec.generator.view;

import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every schema that becomes a Java type its class name: component schemas and schemas written
 * inline in operations become top-level classes of the model package; schemas written inline in a
 * property or a union become nested classes of their owner.
 */
final class TypeRegistry {
    /** Simple names the model package never uses, so generated code can always refer to its own helpers. */
    private static final Set<String> RESERVED_TOP = Set.of("Builder", "Known", "Unknown", "Json", "Variant");

    private final String modelPackage;
    private final Map<Schema, ClassName> names = new IdentityHashMap<>();
    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final List<Schema> topLevel = new ArrayList<>();
    private final Map<Schema, List<Schema>> nested = new IdentityHashMap<>();
    private final Map<Schema, List<Schema>> unionsOf = new IdentityHashMap<>();
    private final NameAllocator topNames = new NameAllocator(RESERVED_TOP);

    TypeRegistry(ApiModel api, String modelPackage) {
        this.modelPackage = modelPackage;
        for (Schema s : api.schemas()) {
            components.put(s.name(), s);
            top(s);
        }
        for (Operation op : api.operations()) {
            for (Parameter p : op.parameters()) {
                hoist(p.type());
            }
            if (op.requestBody() != null) {
                hoist(op.requestBody().type());
            }
            for (Response r : op.responses()) {
                hoist(r.type());
            }
        }
        for (Schema s : List.copyOf(topLevel)) {
            nestChildren(s);
        }
        for (Schema s : names.keySet()) {
            if (s.kind() == Schema.Kind.ONE_OF || s.kind() == Schema.Kind.ANY_OF) {
                for (TypeRef v : s.variants()) {
                    Schema target = schemaOf(v);
                    if (target != null) {
                        unionsOf.computeIfAbsent(target, k -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
    }

    private void top(Schema s) {
        names.put(s, ClassName.of(modelPackage, topNames.allocate(JavaNames.typeName(s.name()))));
        topLevel.add(s);
    }

    private void hoist(TypeRef t) {
        if (t instanceof TypeRef.Inline inline && !names.containsKey(inline.schema())) {
            top(inline.schema());
        } else if (t instanceof TypeRef.ArrayOf a) {
            hoist(a.items());
        } else if (t instanceof TypeRef.MapOf m) {
            hoist(m.values());
        }
    }

    private void nestChildren(Schema owner) {
        ClassName ownerName = names.get(owner);
        NameAllocator allocator = new NameAllocator(Set.copyOf(ownerName.simpleNames()));
        allocator.reserve("Builder");
        List<TypeRef> children = new ArrayList<>();
        for (Property p : owner.properties()) {
            children.add(p.type());
        }
        if (owner.additionalProperties() != null) {
            children.add(owner.additionalProperties());
        }
        children.addAll(owner.variants());
        for (TypeRef child : children) {
            nestInline(owner, ownerName, allocator, child);
        }
    }

    private void nestInline(Schema owner, ClassName ownerName, NameAllocator allocator, TypeRef t) {
        if (t instanceof TypeRef.Inline inline && !names.containsKey(inline.schema())) {
            String suggestion = JavaNames.typeName(lastWord(inline.suggestedName(), owner.name()));
            ClassName name = ownerName.nested(allocator.allocate(suggestion));
            names.put(inline.schema(), name);
            nested.computeIfAbsent(owner, k -> new ArrayList<>()).add(inline.schema());
            nestChildren(inline.schema());
        } else if (t instanceof TypeRef.ArrayOf a) {
            nestInline(owner, ownerName, allocator, a.items());
        } else if (t instanceof TypeRef.MapOf m) {
            nestInline(owner, ownerName, allocator, m.values());
        }
    }

    /** The part of an inline schema's suggested name after its owner's name ({@code "Task attributes"} -> {@code "attributes"}). */
    private static String lastWord(String suggested, String ownerName) {
        return suggested.startsWith(ownerName + " ") ? suggested.substring(ownerName.length() + 1) : suggested;
    }

    ClassName name(Schema s) {
        return names.get(s);
    }

    /** The schema a type names, if it names one. */
    Schema schemaOf(TypeRef t) {
        if (t instanceof TypeRef.Named n) {
            return components.get(n.name());
        }
        if (t instanceof TypeRef.Inline i) {
            return i.schema();
        }
        return null;
    }

    List<Schema> topLevel() {
        return topLevel;
    }

    List<Schema> nestedIn(Schema owner) {
        return nested.getOrDefault(owner, List.of());
    }

    /** The unions {@code s} is a variant of. */
    List<Schema> unionsOf(Schema s) {
        return unionsOf.getOrDefault(s, List.of());
    }

    /** The simple names of the model package's top-level classes. */
    Set<String> topLevelNames() {
        Set<String> out = new java.util.HashSet<>();
        topLevel.forEach(s -> out.add(names.get(s).topLevelName()));
        return out;
    }

    /** Every simple name declared in the file of {@code top}, nested ones included. */
    Set<String> namesInFile(Schema top) {
        Set<String> out = new java.util.HashSet<>();
        collectNames(top, out);
        return out;
    }

    private void collectNames(Schema s, Set<String> out) {
        out.add(names.get(s).simpleName());
        for (Schema child : nestedIn(s)) {
            collectNames(child, out);
        }
    }
}
