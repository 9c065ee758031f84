package io.handspec.generator.changes;

import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.model.UnionSchema;
import io.handspec.generator.spec.SpecPlaces;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every class of one side's model package by its Java name, with the pointer of the schema it comes
 * from, and which of them code builds to send (reached from a parameter or a request body): a rule
 * like "a new required property breaks builders" holds only for those.
 */
final class Catalog {
    /**
     * One class.
     *
     * @param schema  its schema
     * @param pointer where that schema is written
     */
    record Entry(Schema schema, String pointer) {}

    private final Side side;
    private final Map<String, Entry> classes = new LinkedHashMap<>();
    private final Set<Schema> sent = Collections.newSetFromMap(new IdentityHashMap<>());

    Catalog(Side side) {
        this.side = side;
        for (Schema s : side.model().schemas()) {
            visit(s, "/components/schemas/" + SpecPlaces.escape(s.name()));
        }
        for (Operation op : side.model().operations()) {
            String at = Side.operation(op.path(), op.method());
            for (Parameter p : op.parameters()) {
                String pointer = side.places().parameter(at, p.name(), p.in().name()) + "/schema";
                visit(p.type(), pointer);
                mark(p.type());
            }
            if (op.requestBody() != null) {
                visit(
                        op.requestBody().type(),
                        at + "/requestBody/content/"
                                + SpecPlaces.escape(op.requestBody().mediaType()) + "/schema");
                mark(op.requestBody().type());
            }
            for (Response r : op.responses()) {
                if (r.type() != null && r.mediaType() != null) {
                    visit(
                            r.type(),
                            at + "/responses/" + SpecPlaces.escape(r.status()) + "/content/"
                                    + SpecPlaces.escape(r.mediaType()) + "/schema");
                }
            }
        }
    }

    Map<String, Entry> classes() {
        return classes;
    }

    /** Whether code builds values of {@code schema} to send them. */
    boolean sent(Schema schema) {
        return sent.contains(schema);
    }

    private void visit(TypeRef type, String pointer) {
        if (type instanceof TypeRef.Inline i) {
            visit(i.schema(), pointer);
        } else if (type instanceof TypeRef.ArrayOf a) {
            visit(a.items(), pointer + "/items");
        } else if (type instanceof TypeRef.MapOf m) {
            visit(m.values(), pointer + "/additionalProperties");
        }
    }

    private void visit(Schema schema, String pointer) {
        String name = side.java().className(schema);
        if (name == null || classes.containsKey(name)) {
            return;
        }
        classes.put(name, new Entry(schema, pointer));
        schema.match(
                o -> {
                    for (Property p : o.properties()) {
                        visit(p.type(), pointer + "/properties/" + SpecPlaces.escape(p.name()));
                    }
                    if (o.additionalProperties() != null) {
                        visit(o.additionalProperties(), pointer + "/additionalProperties");
                    }
                    return null;
                },
                e -> null,
                u -> {
                    String list = side.places().has(pointer + "/anyOf") ? "/anyOf/" : "/oneOf/";
                    List<TypeRef> variants = u.variants();
                    for (int i = 0; i < variants.size(); i++) {
                        visit(variants.get(i), pointer + list + i);
                    }
                    return null;
                });
    }

    private void mark(TypeRef type) {
        if (type instanceof TypeRef.ArrayOf a) {
            mark(a.items());
            return;
        }
        if (type instanceof TypeRef.MapOf m) {
            mark(m.values());
            return;
        }
        Schema s = side.java().schemaOf(type);
        if (s == null || !sent.add(s)) {
            return;
        }
        s.match(
                o -> {
                    o.properties().forEach(p -> mark(p.type()));
                    if (o.additionalProperties() != null) {
                        mark(o.additionalProperties());
                    }
                    return null;
                },
                e -> null,
                (UnionSchema u) -> {
                    u.variants().forEach(this::mark);
                    return null;
                });
    }
}
