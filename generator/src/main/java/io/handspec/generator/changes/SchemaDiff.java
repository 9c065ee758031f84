package io.handspec.generator.changes;

import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.ObjectSchema;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.UnionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed in the model classes, matched by Java class name: classes added, removed, renamed (a
 * removed and an added top-level class of the same shape), changed in kind, and within a matched
 * class its properties, enum values and union variants.
 */
final class SchemaDiff {
    private final Side before;
    private final Side after;
    private final Found found;
    private final Catalog was;
    private final Catalog now;

    SchemaDiff(Side before, Side after, Found found) {
        this.before = before;
        this.after = after;
        this.found = found;
        this.was = new Catalog(before);
        this.now = new Catalog(after);
    }

    void run() {
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        was.classes().forEach((name, entry) -> {
            Catalog.Entry next = now.classes().get(name);
            if (next == null) {
                removed.add(name);
            } else {
                matched(name, entry, next);
            }
        });
        now.classes().keySet().stream()
                .filter(n -> !was.classes().containsKey(n))
                .forEach(added::add);
        for (String name : removed) {
            Catalog.Entry entry = was.classes().get(name);
            String target = added.stream()
                    .filter(n -> topLevel(n) && topLevel(name))
                    .filter(n -> shape(before, entry.schema())
                            .equals(shape(after, now.classes().get(n).schema())))
                    .findFirst()
                    .orElse(null);
            if (target != null) {
                added.remove(target);
                found.breaking(
                        ChangeKind.SCHEMA_RENAMED,
                        now.classes().get(target).pointer(),
                        "class " + name + " renamed to " + target,
                        "the schema's name is the class name; code that names " + name + " no longer compiles");
            } else if (topLevel(name)) {
                found.breaking(
                        ChangeKind.SCHEMA_REMOVED,
                        entry.pointer(),
                        "class " + name + " removed",
                        "code that names " + name + " no longer compiles");
            }
        }
        added.stream()
                .filter(SchemaDiff::topLevel)
                .forEach(name -> found.compatible(
                        ChangeKind.SCHEMA_ADDED,
                        now.classes().get(name).pointer(),
                        "class " + name + " added",
                        "a new class; existing code is not affected"));
    }

    private static boolean topLevel(String name) {
        return !name.contains(".");
    }

    private void matched(String name, Catalog.Entry a, Catalog.Entry b) {
        String kindA = kind(a.schema());
        String kindB = kind(b.schema());
        if (!kindA.equals(kindB)) {
            found.breaking(
                    ChangeKind.SCHEMA_KIND_CHANGED,
                    b.pointer(),
                    name + " changed from " + kindA + " to " + kindB,
                    "its members are of another kind; code using them no longer compiles");
            return;
        }
        if (!a.schema().deprecated() && b.schema().deprecated()) {
            found.compatible(
                    ChangeKind.SCHEMA_DEPRECATED,
                    b.pointer() + "/deprecated",
                    "class " + name + " deprecated",
                    "code still compiles, with a deprecation warning");
        }
        if (a.schema() instanceof ObjectSchema o1 && b.schema() instanceof ObjectSchema o2) {
            new PropertyDiff(before, after, found).run(name, o1, o2, a.pointer(), b.pointer(), now.sent(o2));
        } else if (a.schema() instanceof EnumSchema e1 && b.schema() instanceof EnumSchema e2) {
            enums(name, e1, e2, b.pointer());
        } else if (a.schema() instanceof UnionSchema u1 && b.schema() instanceof UnionSchema u2) {
            unions(name, u1, u2, b.pointer());
        }
    }

    private void enums(String name, EnumSchema a, EnumSchema b, String pointer) {
        if (a.valueType() != b.valueType()) {
            found.breaking(
                    ChangeKind.ENUM_VALUE_TYPE_CHANGED,
                    pointer,
                    "values of " + name + " changed from " + a.valueType() + " to " + b.valueType(),
                    "value() and of(...) take and give another Java type");
        }
        List<String> constantsA = before.java().constants(a);
        List<String> constantsB = after.java().constants(b);
        for (int i = 0; i < a.values().size(); i++) {
            int j = b.values().indexOf(a.values().get(i));
            if (j >= 0 && !constantsA.get(i).equals(constantsB.get(j))) {
                found.breaking(
                        ChangeKind.ENUM_VALUE_RENAMED,
                        pointer + "/enum",
                        "constant " + name + "." + constantsA.get(i) + " renamed to " + constantsB.get(j),
                        "an added value now has the name " + constantsA.get(i)
                                + " (names are handed out in spec order): code naming it compiles but means"
                                + " another value, or no longer compiles");
            }
            if (j < 0) {
                found.breaking(
                        ChangeKind.ENUM_VALUE_REMOVED,
                        pointer + "/enum",
                        "constant " + name + "." + constantsA.get(i) + " removed",
                        "code that names the constant no longer compiles");
            }
        }
        for (int i = 0; i < b.values().size(); i++) {
            if (!a.values().contains(b.values().get(i))) {
                found.compatible(
                        ChangeKind.ENUM_VALUE_ADDED,
                        pointer + "/enum",
                        "constant " + name + "." + constantsB.get(i) + " added",
                        "enums are open classes, not Java enums: no switch over them is exhaustive, and the"
                                + " previous client read the value as an unknown one; requests may use it now");
            }
        }
    }

    private void unions(String name, UnionSchema a, UnionSchema b, String pointer) {
        List<String> va = a.variants().stream().map(before.java()::spell).toList();
        List<String> vb = b.variants().stream().map(after.java()::spell).toList();
        va.stream()
                .filter(v -> !vb.contains(v))
                .forEach(v -> found.breaking(
                        ChangeKind.UNION_VARIANT_REMOVED,
                        pointer,
                        v + " no longer a variant of " + name,
                        "code that treats " + v + " as a " + name + " no longer compiles"));
        vb.stream()
                .filter(v -> !va.contains(v))
                .forEach(
                        v -> found.compatible(
                                ChangeKind.UNION_VARIANT_ADDED,
                                pointer,
                                v + " added as a variant of " + name,
                                "code that checks variants with instanceof still compiles (Java 17 has no exhaustive switch"
                                        + " over the sealed interface; code on a newer Java that switches over it must add a case)"));
        if (!Objects.equals(a.discriminator(), b.discriminator())) {
            found.compatible(
                    ChangeKind.UNION_DISCRIMINATOR_CHANGED,
                    pointer + "/discriminator",
                    "discriminator of " + name + " changed",
                    "the runtime picks the variant differently; the Java types are the same");
        }
    }

    private static String kind(Schema s) {
        return s.match(o -> "a class", e -> "an enum", u -> "a union");
    }

    /** What a class holds, names of its own aside: a renamed schema keeps its shape. */
    private static String shape(Side side, Schema s) {
        return s.match(
                o -> {
                    StringBuilder b = new StringBuilder("object");
                    o.properties().forEach(p -> b.append('|')
                            .append(p.name())
                            .append(':')
                            .append(side.java().spell(p.type())));
                    return b.toString();
                },
                e -> "enum" + e.values(),
                u -> "union" + u.variants().stream().map(side.java()::spell).toList());
    }
}
