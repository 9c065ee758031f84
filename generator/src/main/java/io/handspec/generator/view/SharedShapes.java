package io.handspec.generator.view;

import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.model.UnionSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the inline schemas of one shape that stand in more than one owner, such as a JSON:API
 * relationship {@code {data: FreelancerIdentifier}} written inline in both {@code TaskRelationships}
 * and {@code InvoiceRelationships}. Nested in the owner seen first, such a class would be named after
 * a place ({@code InvoiceRelationships.Freelancer} as the type of {@code TaskRelationships.freelancer()}),
 * and which place came first would decide it. It becomes a top-level class instead, named from what
 * it is, whatever the order of reading:
 *
 * <ul>
 *   <li>the name of the property it stands at (the most frequent one, ties by name), then
 *   <li>the last word its owners' names share, made singular: {@code FreelancerRelationship};
 *       else the first word they share, in front: {@code ProjectType} for the {@code type} of
 *       {@code Project} and {@code ProjectPatch}; none when they share neither: {@code Freelancer}.
 * </ul>
 */
final class SharedShapes {
    /** Where one shape stands: its first schema, its owners, and the property names it stands at. */
    private static final class Places {
        final Schema first;
        final Set<String> owners = new HashSet<>();
        final Map<String, Integer> properties = new TreeMap<>();
        final Set<String> ownerWords = new HashSet<>();
        final Set<String> ownerFirstWords = new HashSet<>();
        /** {@code Owner.property} for each place, in order, for messages. */
        final Set<String> where = new TreeSet<>();

        Places(Schema first) {
            this.first = first;
        }
    }

    /**
     * A shared shape: the schema that stands for all of its places, the class name it suggests, and
     * where it stands ({@code Owner.property}, sorted), for messages.
     */
    record Shared(String shape, Schema schema, String name, List<String> places) {}

    private final Function<Schema, String> shape;
    private final Map<String, Places> places = new HashMap<>();

    /** @param shape a schema's shape, equal for schemas that would make the same class */
    SharedShapes(Function<Schema, String> shape) {
        this.shape = shape;
    }

    /** Records the inline schemas under the top-level schema {@code owner}, and under those, recursively. */
    void survey(Schema owner) {
        survey(owner, "top:" + System.identityHashCode(owner));
    }

    private void survey(Schema owner, String ownerKey) {
        List<TypeRef> children = new ArrayList<>();
        owner.match(
                o -> {
                    o.properties().forEach(p -> children.add(p.type()));
                    if (o.additionalProperties() != null) {
                        children.add(o.additionalProperties());
                    }
                    return null;
                },
                e -> null,
                u -> {
                    // variants are never shared (each implements its own union), but their children may be
                    u.variants().stream()
                            .map(SharedShapes::inline)
                            .filter(v -> v != null)
                            .forEach(v -> survey(v.schema(), "shape:" + shape.apply(v.schema())));
                    return null;
                });
        List<String> ownerWords = JavaNames.words(JavaNames.typeName(owner.name()));
        String ownerWord = ownerWords.isEmpty() ? "" : ownerWords.get(ownerWords.size() - 1);
        String ownerFirstWord = ownerWords.isEmpty() ? "" : ownerWords.get(0);
        for (TypeRef child : children) {
            TypeRef.Inline inline = inline(child);
            if (inline == null
                    || inline.schema() instanceof UnionSchema
                    || TypeRegistry.tooLargeForClass(inline.schema())) {
                continue;
            }
            String s = shape.apply(inline.schema());
            Places p = places.get(s);
            boolean first = p == null;
            if (first) {
                p = new Places(inline.schema());
                places.put(s, p);
            }
            p.owners.add(ownerKey);
            p.ownerWords.add(ownerWord);
            p.ownerFirstWords.add(ownerFirstWord);
            String property = TypeRegistry.lastWord(inline.suggestedName(), owner.name());
            p.properties.merge(JavaNames.typeName(property), 1, Integer::sum);
            p.where.add(owner.name() + "." + property);
            if (first) {
                survey(inline.schema(), "shape:" + s);
            }
        }
    }

    /** The inline schema {@code t} is or holds (as array items or map values), or {@code null}. */
    private static TypeRef.Inline inline(TypeRef t) {
        if (t instanceof TypeRef.Inline i) {
            return i;
        }
        if (t instanceof TypeRef.ArrayOf a) {
            return inline(a.items());
        }
        if (t instanceof TypeRef.MapOf m) {
            return inline(m.values());
        }
        return null;
    }

    /** The shapes with more than one owner, but none of {@code except}, sorted by suggested name, then shape. */
    List<Shared> shared(Set<String> except) {
        List<Shared> out = new ArrayList<>();
        places.forEach((s, p) -> {
            if (p.owners.size() > 1 && !except.contains(s)) {
                out.add(new Shared(s, p.first, name(p), List.copyOf(p.where)));
            }
        });
        out.sort(Comparator.comparing(Shared::name).thenComparing(Shared::shape));
        return out;
    }

    private static String name(Places p) {
        String property = p.properties.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
        if (p.ownerWords.size() == 1) {
            return property + singular(p.ownerWords.iterator().next());
        }
        if (p.ownerFirstWords.size() == 1) {
            String first = p.ownerFirstWords.iterator().next();
            return property.startsWith(first) ? property : first + property;
        }
        return property;
    }

    /** {@code Relationships} to {@code Relationship}, {@code Entries} to {@code Entry}; {@code Status}, {@code Address} unchanged. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
