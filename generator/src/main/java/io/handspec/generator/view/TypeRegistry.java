package io.handspec.generator.view;

import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.RequestBody;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.model.UnionSchema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every schema that becomes a Java type its class name: component schemas and schemas written
 * inline in operations become top-level classes of the model package; schemas written inline in a
 * property or a union become nested classes of their owner.
 */
final class TypeRegistry {
    /** Simple names the model package never uses, so generated code can always refer to its own helpers. */
    private static final Set<String> RESERVED_TOP =
            Set.copyOf(TemplateNames.union(TemplateNames.NESTED_TYPES, Set.of("Unknown", "Variant")));

    private final String modelPackage;
    private final Map<Schema, ClassName> names = new IdentityHashMap<>();
    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final List<Schema> topLevel = new ArrayList<>();
    private final Map<Schema, List<Schema>> nested = new IdentityHashMap<>();
    private final Map<Schema, List<Schema>> unionsOf = new IdentityHashMap<>();
    private final NameAllocator topNames = new NameAllocator(RESERVED_TOP);
    /** Inline schemas by shape: a second inline schema of the same shape reuses the first one's class. */
    private final Map<String, ClassName> byShape = new java.util.HashMap<>();

    private final Map<Schema, String> shapes = new IdentityHashMap<>();
    /** The typed request class of each multipart body, named after its operation. */
    private final Map<Operation, ClassName> forms = new LinkedHashMap<>();
    /** Shape descriptions to short ids, so that a parent's description names its children by id, not in full. */
    private final Map<String, String> shapeIds = new java.util.HashMap<>();

    private final Set<String> topLevelNames;
    private final Set<String> topLevelNamesLowerCase;
    private final Set<String> namesLikeMembers;

    /** Put before a class name that would hide a {@code java.lang} type ({@code KaloError}). */
    private final String prefix;
    /**
     * Top-level schemas whose class name is not the one they suggest because it would hide a
     * {@code java.lang} type, with that name ({@code Override} for a shared inline shape at
     * properties named so).
     */
    private final Map<Schema, String> renamed = new LinkedHashMap<>();
    /** Top-level schemas whose class took a numbered name ({@code Link2}) because another had it first. */
    private final List<Numbered> numbered = new ArrayList<>();
    /** The schema that holds each top-level class name, by the name in lower case. */
    private final Map<String, Schema> holders = new java.util.HashMap<>();

    /**
     * A top-level class named {@code given} where {@code wanted} was suggested, because {@code holder}
     * (or, when {@code null}, the generated code itself) has that name, ignoring case.
     *
     * @param schema the schema of the class
     * @param held   the class name {@code holder} has, equal to {@code wanted} but for case; {@code null} with it
     * @param places where an inline schema stands ({@code Owner.property}), empty for others
     */
    record Numbered(Schema schema, String wanted, String given, Schema holder, String held, List<String> places) {}

    /**
     * @param api          the API
     * @param modelPackage the package of the top-level classes
     * @param prefix       put before a name that would hide a {@code java.lang} type, e.g. the API's name
     */
    TypeRegistry(ApiModel api, String modelPackage, String prefix) {
        this.modelPackage = modelPackage;
        this.prefix = prefix;
        for (Schema s : api.schemas()) {
            components.put(s.name(), s);
        }
        // names of their own first, so a renamed Error never takes a KaloError of the spec
        for (boolean hides : new boolean[] {false, true}) {
            for (Schema s : api.schemas()) {
                if (hidesJavaLang(s.name()) == hides) {
                    top(s);
                }
            }
        }
        for (Operation op : api.operations()) {
            for (Parameter p : op.parameters()) {
                hoist(p.type());
            }
            if (op.requestBody() != null) {
                hoist(op.requestBody().type());
                op.requestBody().parts().forEach(part -> hoist(part.type()));
            }
            for (Response r : op.responses()) {
                hoist(r.type());
            }
        }
        // an inline schema of a component's shape is that component's class
        for (Schema c : api.schemas()) {
            if (names.containsKey(c) && !(c instanceof UnionSchema)) {
                byShape.putIfAbsent(shape(c), names.get(c));
            }
        }
        SharedShapes sharedShapes = new SharedShapes(this::shape);
        topLevel.forEach(sharedShapes::survey);
        for (SharedShapes.Shared shared : sharedShapes.shared(byShape.keySet())) {
            top(shared.schema(), shared.name(), shared.places());
            byShape.put(shared.shape(), names.get(shared.schema()));
        }
        for (Schema s : List.copyOf(topLevel)) {
            nestChildren(s);
        }
        // after every schema: a multipart class never takes a name a model had before
        for (Operation op : api.operations()) {
            if (op.requestBody() != null && op.requestBody().encoding() == RequestBody.Encoding.MULTIPART) {
                forms.put(
                        op,
                        ClassName.of(
                                modelPackage,
                                topNames.allocate(JavaNames.typeName(op.operationId() + " Form"), Set.of())));
            }
        }
        // in declaration order, top-level classes first: a type's implements clause lists its unions in this
        // order, so it must not follow the identity hash codes of the nested map, which change from run to run
        List<Schema> declared = new ArrayList<>(topLevel);
        for (Schema s : topLevel) {
            addNested(s, declared);
        }
        for (Schema s : declared) {
            for (TypeRef v : s.match(o -> List.<TypeRef>of(), e -> List.<TypeRef>of(), UnionSchema::variants)) {
                Schema target = schemaOf(v);
                // classes and enums implement the union; a union inside a union is wrapped instead,
                // since interfaces extending each other can form a cycle (a union that contains itself)
                if (target != null && !tooLargeForClass(target) && target.match(o -> true, e -> true, u -> false)) {
                    unionsOf.computeIfAbsent(target, k -> new ArrayList<>()).add(s);
                }
            }
        }
        Set<String> tops = new java.util.HashSet<>();
        topLevel.forEach(s -> tops.add(names.get(s).topLevelName()));
        forms.values().forEach(c -> tops.add(c.topLevelName()));
        this.topLevelNames = Set.copyOf(tops);
        this.topLevelNamesLowerCase = NameAllocator.lowerCase(topLevelNames);
        // every class of the API is named by now: computed once here, not by every view builder
        Set<String> likeMembers = new java.util.HashSet<>();
        names.values().forEach(c -> c.simpleNames().stream()
                .filter(n -> !Character.isUpperCase(n.codePointAt(0)))
                .forEach(likeMembers::add));
        this.namesLikeMembers = Set.copyOf(likeMembers);
    }

    private void addNested(Schema owner, List<Schema> out) {
        for (Schema child : nestedIn(owner)) {
            out.add(child);
            addNested(child, out);
        }
    }

    /** The typed request class of an operation's multipart body, or {@code null} when it has none. */
    ClassName formClass(Operation op) {
        return forms.get(op);
    }

    /** Every multipart request class with its operation, in operation order. */
    Map<Operation, ClassName> forms() {
        return java.util.Collections.unmodifiableMap(forms);
    }

    /**
     * More values than one class can hold as constants (its static initializer would pass the
     * JVM's 64 KiB method limit, and javac slows down long before): such an enum is typed as its
     * scalar instead, and the generator warns.
     */
    static final int MAX_ENUM_CONSTANTS = 1000;

    /** Levels of nested classes at most; deeper inline schemas become top-level classes. */
    static final int MAX_NESTING = 4;

    /** Whether {@code s} is an enum too large to become a class. */
    static boolean tooLargeForClass(Schema s) {
        return s instanceof EnumSchema e && e.values().size() > MAX_ENUM_CONSTANTS;
    }

    private void top(Schema s) {
        top(s, s.name(), List.of());
    }

    /** Makes {@code s} a top-level class named after {@code rawName}; {@code places} as in {@link Numbered}. */
    private void top(Schema s, String rawName, List<String> places) {
        if (tooLargeForClass(s)) {
            return;
        }
        if (hidesJavaLang(rawName)) {
            renamed.put(s, JavaNames.typeName(rawName));
        }
        String name = JavaNames.importableTypeName(rawName, prefix);
        String given = topNames.allocate(name, hiddenInside(s));
        if (!given.equals(name) && !renamed.containsKey(s)) {
            Schema holder = holders.get(name.toLowerCase(Locale.ROOT));
            String held = holder == null ? null : names.get(holder).simpleName();
            numbered.add(new Numbered(s, name, given, holder, held, places));
        }
        holders.put(given.toLowerCase(Locale.ROOT), s);
        names.put(s, ClassName.of(modelPackage, given));
        topLevel.add(s);
    }

    /** The top-level classes that took a numbered name, in the order they were named. */
    List<Numbered> numbered() {
        return java.util.Collections.unmodifiableList(numbered);
    }

    /** Whether {@code s} is a component schema of the spec (not an inline one). */
    boolean isComponent(Schema s) {
        return components.get(s.name()) == s;
    }

    private static boolean hidesJavaLang(String schemaName) {
        return JavaNames.JAVA_LANG_TYPES.contains(JavaNames.typeName(schemaName));
    }

    /**
     * The top-level schemas whose class is not named as they suggest, because that name would hide a
     * {@code java.lang} type, each with the name it suggested.
     */
    Map<Schema, String> renamed() {
        return java.util.Collections.unmodifiableMap(renamed);
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
        // an inline schema named Builder, Known or Json would clash with a template's nested type in its owner or
        // itself
        TemplateNames.NESTED_TYPES.forEach(allocator::reserve);
        List<TypeRef> children = new ArrayList<>();
        List<TypeRef> variants = owner.match(
                o -> {
                    o.properties().forEach(p -> children.add(p.type()));
                    if (o.additionalProperties() != null) {
                        children.add(o.additionalProperties());
                    }
                    return List.of();
                },
                e -> List.of(),
                UnionSchema::variants);
        for (TypeRef child : children) {
            nestInline(owner, ownerName, allocator, child, true);
        }
        for (TypeRef variant : variants) {
            nestInline(owner, ownerName, allocator, variant, false);
        }
    }

    /**
     * Gives an inline schema a class nested in its owner; with {@code reuse}, a schema of the same
     * shape as one seen before reuses that class instead (large specs repeat inline objects).
     * Union variants never reuse: each must implement its own union.
     */
    private void nestInline(Schema owner, ClassName ownerName, NameAllocator allocator, TypeRef t, boolean reuse) {
        if (t instanceof TypeRef.Inline inline
                && !names.containsKey(inline.schema())
                && !tooLargeForClass(inline.schema())) {
            String shape = reuse && !(inline.schema() instanceof UnionSchema) ? shape(inline.schema()) : null;
            ClassName seen = shape == null ? null : byShape.get(shape);
            if (seen != null) {
                names.put(inline.schema(), seen);
                return;
            }
            if (ownerName.simpleNames().size() >= MAX_NESTING) {
                // deep inline schemas become top-level classes: nested class files carry every owner's name,
                // and each level indents the whole owner's file once more
                top(inline.schema());
                nestChildren(inline.schema());
                return;
            }
            // a nested Object or Override would hide java.lang's for code that imports its owner's members
            String suggestion = JavaNames.importableTypeName(
                    lastWord(inline.suggestedName(), owner.name()), ownerName.simpleName());
            ClassName name = ownerName.nested(allocator.allocate(suggestion, hiddenInside(inline.schema())));
            names.put(inline.schema(), name);
            if (shape != null) {
                byShape.put(shape, name);
            }
            nested.computeIfAbsent(owner, k -> new ArrayList<>()).add(inline.schema());
            nestChildren(inline.schema());
        } else if (t instanceof TypeRef.ArrayOf a) {
            nestInline(owner, ownerName, allocator, a.items(), reuse);
        } else if (t instanceof TypeRef.MapOf m) {
            nestInline(owner, ownerName, allocator, m.values(), reuse);
        }
    }

    /**
     * Names a class of this schema cannot take because inside it they mean something else: a union's
     * deserializer spells the union by its simple name, and there {@code Variant} and {@code None} are
     * inherited member types.
     */
    private static Set<String> hiddenInside(Schema s) {
        return s instanceof UnionSchema ? TemplateNames.INHERITED_TYPES : Set.of();
    }

    /** Everything that makes a schema's class what it is, names of inline parts aside. */
    String shape(Schema s) {
        String known = shapes.get(s);
        if (known != null) {
            return known;
        }
        StringBuilder b = new StringBuilder()
                .append(s.getClass().getSimpleName())
                .append('|')
                .append(s.description())
                .append('|')
                .append(s.deprecated())
                .append('|');
        s.match(
                o -> {
                    for (Property p : o.properties()) {
                        b.append(p.name())
                                .append(':')
                                .append(shape(p.type()))
                                .append(p.required() ? "!" : "")
                                .append(p.nullable() ? "?" : "")
                                .append(p.readOnly() ? "r" : "")
                                .append(p.deprecated() ? "d" : "")
                                .append('#')
                                .append(p.description())
                                .append(';');
                    }
                    return b.append("+")
                            .append(o.additionalProperties() == null ? "" : shape(o.additionalProperties()));
                },
                e -> b.append(e.valueType()).append(e.values()),
                u -> {
                    u.variants().forEach(v -> b.append('/').append(shape(v)));
                    return u.discriminator() == null ? b : b.append("@").append(u.discriminator());
                });
        // an id made of the description alone: the same whatever order the shapes are met in
        String result = shapeIds.computeIfAbsent(b.toString(), TypeRegistry::digest);
        shapes.put(s, result);
        return result;
    }

    private static String digest(String description) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(description.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "#" + java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private String shape(TypeRef t) {
        if (t instanceof TypeRef.Inline i) {
            return "{" + shape(i.schema()) + "}";
        }
        if (t instanceof TypeRef.ArrayOf a) {
            return "[" + shape(a.items()) + "]";
        }
        if (t instanceof TypeRef.MapOf m) {
            return "<" + shape(m.values()) + ">";
        }
        return t.toString();
    }

    /** The part of an inline schema's suggested name after its owner's name ({@code "Task attributes"} -> {@code "attributes"}). */
    static String lastWord(String suggested, String ownerName) {
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

    /** The simple names of the model package's top-level classes; immutable and shared, so files need not copy it. */
    Set<String> topLevelNames() {
        return topLevelNames;
    }

    /**
     * The class names, nested ones included, that do not start with an upper-case letter ({@code _1st},
     * {@code 日本}): a member name can equal them exactly, and a field or local of that name would hide
     * the type in an expression such as {@code 日本.CONSTANT}.
     */
    Set<String> namesLikeMembers() {
        return namesLikeMembers;
    }

    /** The lower-case {@link #topLevelNames()}, for name allocators that must avoid them (ignoring case). */
    Set<String> topLevelNamesLowerCase() {
        return topLevelNamesLowerCase;
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
