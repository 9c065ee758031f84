package io.handspec.generator.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.handspec.generator.model.ObjectSchema;
import io.handspec.generator.model.Property;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.spec.SpecPlaces;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changed in the properties of one class. A property is an accessor and a builder method; its
 * required flag matters to Java only where {@code build()} checks it (required, not read-only, not
 * nullable) and only for classes code builds to send: so turning optional is never breaking, and
 * turning checked is breaking only for sent classes.
 */
final class PropertyDiff {
    private final Side before;
    private final Side after;
    private final Found found;

    PropertyDiff(Side before, Side after, Found found) {
        this.before = before;
        this.after = after;
        this.found = found;
    }

    void run(String owner, ObjectSchema a, ObjectSchema b, String wasAt, String at, boolean sent) {
        Map<String, Property> old = byName(a);
        Map<String, Property> next = byName(b);
        old.forEach((json, p) -> {
            Property q = next.get(json);
            String pointer = at + "/properties/" + SpecPlaces.escape(json);
            if (q == null) {
                found.breaking(
                        ChangeKind.PROPERTY_REMOVED,
                        pointer,
                        "property " + owner + "." + before.java().fieldName(owner, json) + "() removed",
                        "code that reads or sets it no longer compiles");
            } else {
                compare(owner, p, q, wasAt + "/properties/" + SpecPlaces.escape(json), pointer, sent);
            }
        });
        next.forEach((json, q) -> {
            if (!old.containsKey(json)) {
                boolean breaks = sent && checked(q);
                found.add(
                        ChangeKind.PROPERTY_ADDED,
                        breaks,
                        at + "/properties/" + SpecPlaces.escape(json),
                        "property " + owner + "." + after.java().fieldName(owner, json) + "() added"
                                + (checked(q) ? " as required " : " as optional ")
                                + after.java().spell(q.type()),
                        breaks
                                ? "code builds " + owner + " to send it: build() now fails until it is set"
                                : sent
                                        ? "optional: builders without it still work"
                                        : "code only reads " + owner + "; a new accessor breaks nothing");
            }
        });
        if (!same(a.additionalProperties(), b.additionalProperties())) {
            found.breaking(
                    ChangeKind.ADDITIONAL_PROPERTIES_CHANGED,
                    at + "/additionalProperties",
                    "type of the additional properties of " + owner + " changed from "
                            + spell(before, a.additionalProperties()) + " to " + spell(after, b.additionalProperties()),
                    "code that reads or sets them uses the old Java type");
        }
    }

    private void compare(String owner, Property p, Property q, String wasPointer, String pointer, boolean sent) {
        String wasJava = before.java().fieldName(owner, p.name());
        String nowJava = after.java().fieldName(owner, q.name());
        if (!wasJava.equals(nowJava)) {
            found.breaking(
                    ChangeKind.PROPERTY_RENAMED,
                    pointer,
                    "property " + owner + "." + wasJava + "() renamed to " + nowJava + "()",
                    "another property now has its Java name (names are unique ignoring case, handed out in spec"
                            + " order): code calling " + wasJava + "() reads or sets the other one, or no longer"
                            + " compiles");
        }
        String name = "property " + owner + "." + nowJava + "()";
        String ta = before.java().spell(p.type());
        String tb = after.java().spell(q.type());
        if (!ta.equals(tb)) {
            found.breaking(
                    ChangeKind.PROPERTY_TYPE_CHANGED,
                    pointer,
                    "type of " + name + " changed from " + ta + " to " + tb,
                    "code that reads or sets it uses the old Java type");
        } else if (p.type() instanceof TypeRef.Primitive && !p.type().equals(q.type())) {
            found.compatible(
                    ChangeKind.PROPERTY_TYPE_CHANGED,
                    pointer,
                    "format of " + name + " changed, Java type stays " + tb,
                    "the Java type is the same; only the value's format on the wire changed");
        }
        boolean nowChecked = !checked(p) && checked(q) && sent;
        String checkReason = "code builds " + owner + " to send it: build() now fails when it is not set";
        if (p.required() != q.required()) {
            found.add(
                    q.required() ? ChangeKind.PROPERTY_BECAME_REQUIRED : ChangeKind.PROPERTY_BECAME_OPTIONAL,
                    nowChecked,
                    pointer,
                    name + " became " + (q.required() ? "required" : "optional"),
                    nowChecked
                            ? checkReason
                            : q.required()
                                    ? "the accessor keeps its type, and code does not build " + owner
                                            + " to send it (or build() does not check it)"
                                    : "the accessor keeps its type " + tb + "; it may now return null");
            nowChecked = false;
        }
        if (p.nullable() != q.nullable()) {
            found.add(
                    ChangeKind.PROPERTY_NULLABLE_CHANGED,
                    nowChecked,
                    pointer + "/nullable",
                    name + (q.nullable() ? " may now be null" : " is no longer nullable"),
                    nowChecked
                            ? checkReason
                            : "the accessor keeps its type " + tb + "; only JSON null handling changed");
            nowChecked = false;
        }
        if (p.readOnly() != q.readOnly()) {
            found.add(
                    ChangeKind.PROPERTY_READ_ONLY_CHANGED,
                    nowChecked,
                    pointer + "/readOnly",
                    name + (q.readOnly() ? " became read-only" : " is no longer read-only"),
                    nowChecked ? checkReason : "the accessor and the builder method stay");
        }
        JsonNode d1 = before.places().at(wasPointer + "/default");
        JsonNode d2 = after.places().at(pointer + "/default");
        if (!d1.equals(d2)) {
            found.compatible(
                    ChangeKind.PROPERTY_DEFAULT_CHANGED,
                    pointer + "/default",
                    "default of " + name + " changed from " + ParameterDiff.text(d1) + " to " + ParameterDiff.text(d2),
                    "the server applies defaults; the generated code sends only what is set");
        }
        if (!p.deprecated() && q.deprecated()) {
            found.compatible(
                    ChangeKind.PROPERTY_DEPRECATED,
                    pointer + "/deprecated",
                    name + " deprecated",
                    "code still compiles, with a deprecation warning");
        }
    }

    /** Whether {@code build()} checks that the property is set. */
    private static boolean checked(Property p) {
        return p.required() && !p.readOnly() && !p.nullable();
    }

    private boolean same(TypeRef a, TypeRef b) {
        return spell(before, a).equals(spell(after, b));
    }

    private static String spell(Side side, TypeRef t) {
        return t == null ? "JsonNode" : side.java().spell(t);
    }

    private static Map<String, Property> byName(ObjectSchema s) {
        Map<String, Property> out = new LinkedHashMap<>();
        s.properties().forEach(p -> out.put(p.name(), p));
        return out;
    }
}
