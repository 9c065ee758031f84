package io.handspec.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a {@code oneOf}/{@code anyOf} value into the variant it matches. With a discriminator the
 * property's value picks the variant. Without one, the variants whose JSON kind matches are scored:
 * an object variant must have all its required properties and scores by how many of the JSON's
 * properties it knows; the best scoring variant wins, the first on a tie. JSON that matches no
 * variant becomes the union's {@code Unknown} value instead of an error, so a new variant on the
 * server does not break old clients.
 *
 * @param <T> the union type
 */
public class UnionDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient List<Variant> variants;
    private final String discriminator;
    private final transient Map<String, Class<?>> mapping;
    private final transient Function<JsonNode, T> unknown;

    /**
     * Takes arrays, not collections: generated code builds them without the generic factories
     * ({@code List.of}, {@code Map.of}) whose overloads javac must resolve and infer one by one.
     *
     * @param union         the union type
     * @param discriminator the discriminator property, or {@code null}
     * @param mapping       discriminator values, each followed by the variant class it stands for
     *                      ({@code "card", Card.class, ...}); {@code null} for none
     * @param variants      the variants in spec order
     * @param unknown       makes the value for JSON that matches nothing
     */
    protected UnionDeserializer(
            Class<T> union, String discriminator, Object[] mapping, Variant[] variants, Function<JsonNode, T> unknown) {
        super(union);
        this.discriminator = discriminator;
        Map<String, Class<?>> byValue = new LinkedHashMap<>();
        for (int i = 0; mapping != null && i < mapping.length; i += 2) {
            byValue.put((String) mapping[i], (Class<?>) mapping[i + 1]);
        }
        this.mapping = Map.copyOf(byValue);
        this.variants = List.of(variants);
        this.unknown = unknown;
    }

    /**
     * A variant that is not read by its properties: a wrapper of a string, number, boolean or array,
     * or an object type without declared properties.
     *
     * @param type the class to read
     * @param kind the JSON kind it accepts: OBJECT, STRING, NUMBER, BOOLEAN, ARRAY or ANY
     * @return the variant
     */
    protected static Variant variant(Class<?> type, String kind) {
        return new Variant(type, kind, Set.of(), Set.of());
    }

    /**
     * A variant scored by the JSON properties it knows and needs.
     *
     * @param type       the class to read
     * @param kind       the JSON kind it accepts
     * @param properties the JSON properties it knows
     * @param required   the JSON properties it needs
     * @return the variant
     */
    protected static Variant variant(Class<?> type, String kind, String[] properties, String[] required) {
        return new Variant(type, kind, Set.of(properties), Set.of(required));
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (discriminator != null && node.isObject() && node.hasNonNull(discriminator)) {
            Class<?> target = mapping.get(node.get(discriminator).asText());
            if (target != null) {
                return cast(context.readTreeAsValue(node, target));
            }
        }
        Variant best = null;
        int bestScore = -1;
        for (Variant v : variants) {
            int score = v.score(node);
            if (score > bestScore) {
                best = v;
                bestScore = score;
            }
        }
        if (best != null) {
            try {
                return cast(context.readTreeAsValue(node, best.type()));
            } catch (IOException | RuntimeException notThisOne) {
                return unknown.apply(node);
            }
        }
        return unknown.apply(node);
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
        return (T) value;
    }

    /**
     * One candidate.
     *
     * @param type       the class to read (a model, or the union's wrapper record)
     * @param kind       the JSON kind it accepts: OBJECT, STRING, NUMBER, BOOLEAN, ARRAY or ANY
     * @param properties the JSON properties an object variant knows
     * @param required   the JSON properties an object variant needs
     */
    public record Variant(Class<?> type, String kind, Set<String> properties, Set<String> required) {
        int score(JsonNode node) {
            switch (kind) {
                case "OBJECT" -> {
                    if (!node.isObject()) {
                        return -1;
                    }
                    for (String r : required) {
                        if (!node.has(r)) {
                            return -1;
                        }
                    }
                    int known = 0;
                    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                        if (properties.contains(it.next())) {
                            known++;
                        }
                    }
                    return 1 + known;
                }
                case "STRING" -> {
                    return node.isTextual() ? 1 : -1;
                }
                case "NUMBER" -> {
                    return node.isNumber() ? 1 : -1;
                }
                case "BOOLEAN" -> {
                    return node.isBoolean() ? 1 : -1;
                }
                case "ARRAY" -> {
                    return node.isArray() ? 1 : -1;
                }
                default -> {
                    return 0;
                }
            }
        }
    }
}
