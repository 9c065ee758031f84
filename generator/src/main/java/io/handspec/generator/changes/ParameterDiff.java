package io.handspec.generator.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.RequestBody;
import io.handspec.generator.view.JavaSurface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed in an operation's arguments. A required parameter is an argument of the method, an
 * optional one a setter of its {@code ...Params} class, and a body always an argument: so a parameter
 * turning required or optional moves it between the two, and breaks calls either way.
 */
final class ParameterDiff {
    private final Side before;
    private final Side after;
    private final Found found;

    ParameterDiff(Side before, Side after, Found found) {
        this.before = before;
        this.after = after;
        this.found = found;
    }

    void run(Operation was, Operation now, String at, JavaSurface.Method method) {
        Map<String, Parameter> next = byKey(now);
        List<Parameter> oldLeft = new ArrayList<>();
        List<Parameter> newLeft = new ArrayList<>(now.parameters());
        List<Parameter[]> pairs = new ArrayList<>();
        for (Parameter p : was.parameters()) {
            Parameter q = next.get(key(p));
            if (q == null) {
                oldLeft.add(p);
            } else {
                pairs.add(new Parameter[] {p, q});
                newLeft.remove(q);
            }
        }
        String wasAt = Side.operation(was.path(), was.method());
        for (Parameter p : oldLeft) {
            // the same name elsewhere (query to header) is the same argument
            Parameter q = newLeft.stream()
                    .filter(n -> n.name().equals(p.name()))
                    .findFirst()
                    .orElse(null);
            if (q != null) {
                pairs.add(new Parameter[] {p, q});
                newLeft.remove(q);
                continue;
            }
            found.breaking(
                    ChangeKind.PARAMETER_REMOVED,
                    before.places().parameter(wasAt, p.name(), p.in().name()),
                    name(p, method) + " removed",
                    p.required()
                            ? "calls pass an argument the method no longer takes"
                            : "calls that set it use a setter of the params class that no longer exists");
        }
        for (Parameter[] pair : pairs) {
            compare(
                    pair[0],
                    pair[1],
                    name(pair[1], method),
                    after.places().parameter(at, pair[1].name(), pair[1].in().name()),
                    before.places()
                            .parameter(wasAt, pair[0].name(), pair[0].in().name()));
        }
        for (Parameter q : newLeft) {
            found.add(
                    ChangeKind.PARAMETER_ADDED,
                    q.required(),
                    after.places().parameter(at, q.name(), q.in().name()),
                    name(q, method) + " added as " + (q.required() ? "required" : "optional") + " "
                            + after.java().spell(q.type()),
                    q.required()
                            ? "a new argument of the method: existing calls no longer compile"
                            : "a new setter of the params class; existing calls still compile");
        }
        body(was.requestBody(), now.requestBody(), at, method);
    }

    private static String name(Parameter p, JavaSurface.Method method) {
        return "parameter " + JavaSurface.memberName(p.name()) + " of " + method.qualified();
    }

    private void compare(Parameter p, Parameter q, String name, String pointer, String wasPointer) {
        if (p.required() != q.required()) {
            found.breaking(
                    q.required() ? ChangeKind.PARAMETER_BECAME_REQUIRED : ChangeKind.PARAMETER_BECAME_OPTIONAL,
                    pointer,
                    name + " became " + (q.required() ? "required" : "optional"),
                    q.required()
                            ? "it moves from the params class into the method's arguments: existing calls no longer compile"
                            : "it moves from the method's arguments into the params class: existing calls no longer compile");
        }
        String was = before.java().spell(p.type());
        String now = after.java().spell(q.type());
        if (!was.equals(now)) {
            found.breaking(
                    ChangeKind.PARAMETER_TYPE_CHANGED,
                    pointer + "/schema",
                    "type of " + name + " changed from " + was + " to " + now,
                    "calls pass a value of the old Java type");
        } else if (p.type() instanceof io.handspec.generator.model.TypeRef.Primitive
                && !p.type().equals(q.type())) {
            found.compatible(
                    ChangeKind.PARAMETER_TYPE_CHANGED,
                    pointer + "/schema",
                    "format of " + name + " changed, Java type stays " + now,
                    "the Java type is the same; only the value's format on the wire changed");
        }
        if (p.in() != q.in()) {
            found.compatible(
                    ChangeKind.PARAMETER_LOCATION_CHANGED,
                    pointer,
                    name + " now sent in the " + q.in().name().toLowerCase(Locale.ROOT) + " instead of the "
                            + p.in().name().toLowerCase(Locale.ROOT),
                    "the argument stays; only where it goes on the wire changed");
        } else if (p.style() != q.style() || p.explode() != q.explode()) {
            found.compatible(
                    ChangeKind.PARAMETER_SERIALIZATION_CHANGED,
                    pointer,
                    name + " now written as style " + q.style() + (q.explode() ? " exploded" : ""),
                    "the argument stays; only how it is written on the wire changed");
        }
        JsonNode d1 = before.places().at(wasPointer + "/schema/default");
        JsonNode d2 = after.places().at(pointer + "/schema/default");
        if (!d1.equals(d2)) {
            found.compatible(
                    ChangeKind.PARAMETER_DEFAULT_CHANGED,
                    pointer + "/schema/default",
                    "default of " + name + " changed from " + text(d1) + " to " + text(d2),
                    "the server applies defaults; the generated code sends only what the caller sets");
        }
    }

    private void body(RequestBody was, RequestBody now, String at, JavaSurface.Method method) {
        String pointer = at + "/requestBody";
        if (was == null && now == null) {
            return;
        }
        if (was == null || now == null) {
            found.breaking(
                    was == null ? ChangeKind.REQUEST_BODY_ADDED : ChangeKind.REQUEST_BODY_REMOVED,
                    pointer,
                    "body argument of " + method.qualified()
                            + (was == null ? " added: " + after.java().spell(now.type()) : " removed"),
                    "a body is always an argument of the method: existing calls no longer compile");
            return;
        }
        String a = before.java().spell(was.type());
        String b = after.java().spell(now.type());
        if (!a.equals(b)) {
            found.breaking(
                    ChangeKind.REQUEST_BODY_TYPE_CHANGED,
                    pointer,
                    "type of the body argument of " + method.qualified() + " changed from " + a + " to " + b,
                    "calls pass a body of the old Java type");
        }
        if (!was.mediaType().equals(now.mediaType())) {
            found.compatible(
                    ChangeKind.REQUEST_BODY_MEDIA_TYPE_CHANGED,
                    pointer + "/content",
                    "body of " + method.qualified() + " now sent as " + now.mediaType() + " instead of "
                            + was.mediaType(),
                    "the argument stays; only how it is written on the wire changed");
        }
        if (was.required() != now.required()) {
            found.compatible(
                    ChangeKind.REQUEST_BODY_REQUIRED_CHANGED,
                    pointer + "/required",
                    "body of " + method.qualified() + " became " + (now.required() ? "required" : "optional"),
                    "the body is an argument either way; only whether null is accepted changed");
        }
    }

    static String text(JsonNode node) {
        return node.isMissingNode() ? "none" : node.toString();
    }

    private static String key(Parameter p) {
        return p.in() + " " + p.name();
    }

    private static Map<String, Parameter> byKey(Operation op) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        op.parameters().forEach(p -> out.put(key(p), p));
        return out;
    }
}
