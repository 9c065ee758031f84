package io.handspec.generator.changes;

import io.handspec.generator.model.Operation;
import io.handspec.generator.view.JavaSurface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the operations, matched by {@code operationId} (the method's identity): methods
 * added, removed, renamed (same method and path, new id), moved to another API class, and within a
 * matched operation its path, parameters, body, return type, paging and envelope.
 */
final class OperationDiff {
    private final Side before;
    private final Side after;
    private final Found found;

    OperationDiff(Side before, Side after, Found found) {
        this.before = before;
        this.after = after;
        this.found = found;
    }

    void run() {
        Map<String, Operation> was = byId(before);
        Map<String, Operation> now = byId(after);
        List<Operation> removed = new ArrayList<>();
        List<Operation> added = new ArrayList<>();
        was.forEach((id, op) -> {
            if (now.containsKey(id)) {
                matched(op, now.get(id));
            } else {
                removed.add(op);
            }
        });
        now.forEach((id, op) -> {
            if (!was.containsKey(id)) {
                added.add(op);
            }
        });
        for (Operation old : removed) {
            Operation renamed = added.stream()
                    .filter(n -> n.method().equals(old.method()) && n.path().equals(old.path()))
                    .findFirst()
                    .orElse(null);
            JavaSurface.Method m = before.java().method(old.operationId());
            if (renamed != null) {
                added.remove(renamed);
                JavaSurface.Method n = after.java().method(renamed.operationId());
                found.breaking(
                        ChangeKind.OPERATION_RENAMED,
                        pointer(renamed) + "/operationId",
                        "method " + m.qualified() + " renamed to " + n.qualified(),
                        "the operationId names the method; calls of " + m.name() + " no longer compile");
                compare(old, renamed);
            } else {
                found.breaking(
                        ChangeKind.OPERATION_REMOVED,
                        pointer(old),
                        "method " + m.qualified() + " removed",
                        "calls of " + m.name() + " no longer compile");
            }
        }
        for (Operation op : added) {
            found.compatible(
                    ChangeKind.OPERATION_ADDED,
                    pointer(op),
                    "method " + after.java().method(op.operationId()).qualified() + " added",
                    "a new method; existing code is not affected");
        }
        apiClasses();
    }

    private void apiClasses() {
        Map<String, String> was = classes(before);
        Map<String, String> now = classes(after);
        String client = after.java().clientClass();
        was.forEach((name, accessor) -> {
            if (!now.containsKey(name)) {
                found.breaking(
                        ChangeKind.API_CLASS_REMOVED,
                        "/paths",
                        "API class " + name + " and " + client + "." + accessor + " removed",
                        "no operation has its tag any more; code that reaches it no longer compiles");
            }
        });
        now.forEach((name, accessor) -> {
            if (!was.containsKey(name)) {
                found.compatible(
                        ChangeKind.API_CLASS_ADDED,
                        "/paths",
                        "API class " + name + " added, reached by " + client + "." + accessor,
                        "a new tag; existing code is not affected");
            }
        });
    }

    private static Map<String, String> classes(Side side) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Operation op : side.model().operations()) {
            JavaSurface.Method m = side.java().method(op.operationId());
            out.put(m.apiClass(), m.accessor());
        }
        return out;
    }

    private void matched(Operation was, Operation now) {
        JavaSurface.Method m = before.java().method(was.operationId());
        JavaSurface.Method n = after.java().method(now.operationId());
        if (!m.apiClass().equals(n.apiClass())) {
            found.breaking(
                    ChangeKind.OPERATION_MOVED,
                    pointer(now) + "/tags",
                    "method " + m.qualified() + " moved to " + n.qualified() + " (reached by " + n.accessor() + ")",
                    "its first tag names the API class; calls through " + m.accessor() + " no longer compile");
        } else if (!m.name().equals(n.name())) {
            found.breaking(
                    ChangeKind.OPERATION_RENAMED,
                    pointer(now),
                    "method " + m.qualified() + " renamed to " + n.qualified(),
                    "its Java name changed (a clash with another method's name); calls no longer compile");
        }
        compare(was, now);
    }

    private void compare(Operation was, Operation now) {
        JavaSurface.Method n = after.java().method(now.operationId());
        String at = pointer(now);
        if (!was.path().equals(now.path())) {
            found.compatible(
                    ChangeKind.OPERATION_PATH_CHANGED,
                    at,
                    "method " + n.qualified() + " now calls " + now.path() + " instead of " + was.path(),
                    "the method keeps its name and arguments; only the URL it calls changed");
        }
        if (!was.method().equals(now.method())) {
            found.compatible(
                    ChangeKind.OPERATION_HTTP_METHOD_CHANGED,
                    at,
                    "method " + n.qualified() + " now sends " + now.method() + " instead of " + was.method(),
                    "the method keeps its name and arguments; only the HTTP method it sends changed");
        }
        if (!was.deprecated() && now.deprecated()) {
            found.compatible(
                    ChangeKind.OPERATION_DEPRECATED,
                    at + "/deprecated",
                    "method " + n.qualified() + " deprecated",
                    "calls still compile, with a deprecation warning");
        }
        new ParameterDiff(before, after, found).run(was, now, at, n);
        new ResultDiff(before, after, found).run(was, now, at);
    }

    private String pointer(Operation op) {
        return Side.operation(op.path(), op.method());
    }

    private static Map<String, Operation> byId(Side side) {
        Map<String, Operation> out = new LinkedHashMap<>();
        side.model().operations().forEach(op -> out.put(op.operationId(), op));
        return out;
    }
}
