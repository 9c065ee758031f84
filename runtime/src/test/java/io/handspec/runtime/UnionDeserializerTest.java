package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.junit.jupiter.api.Test;

/** The deserializer as generated code builds it: arrays of variants and of discriminator pairs. */
class UnionDeserializerTest {
    sealed interface Shape permits Circle, Square, Label, Other {}

    record Circle(double r) implements Shape {}

    record Square(double side) implements Shape {}

    record Label(String value) implements Shape {
        @com.fasterxml.jackson.annotation.JsonCreator(
                mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        Label {}
    }

    record Other(JsonNode json) implements Shape {}

    static final class Json extends UnionDeserializer<Shape> {
        private static final long serialVersionUID = 1L;

        Json(String discriminator, Object[] mapping) {
            super(
                    Shape.class,
                    discriminator,
                    mapping,
                    new Variant[] {
                        variant(Circle.class, "OBJECT", new String[] {"kind", "r"}, new String[] {"r"}),
                        variant(Square.class, "OBJECT", new String[] {"kind", "side"}, new String[] {"side"}),
                        variant(Label.class, "STRING")
                    },
                    Other::new);
        }
    }

    private static ObjectMapper mapper(Json json) {
        return new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new SimpleModule().addDeserializer(Shape.class, json));
    }

    @Test
    void withoutADiscriminatorTheVariantThatKnowsTheJsonWins() throws Exception {
        ObjectMapper m = mapper(new Json(null, null));
        assertEquals(new Circle(1), m.readValue("{\"r\":1}", Shape.class));
        assertEquals(new Square(2), m.readValue("{\"side\":2,\"kind\":\"x\"}", Shape.class));
        assertEquals(new Label("hi"), m.readValue("\"hi\"", Shape.class));
        Other other = assertInstanceOf(Other.class, m.readValue("{\"edges\":5}", Shape.class));
        assertEquals(5, other.json().get("edges").asInt());
        assertInstanceOf(Other.class, m.readValue("true", Shape.class));
    }

    @Test
    void theDiscriminatorPairsPickTheVariant() throws Exception {
        ObjectMapper m = mapper(new Json("kind", new Object[] {"circle", Circle.class, "square", Square.class}));
        // the pairs decide, even where the properties would point elsewhere
        assertEquals(new Square(0), m.readValue("{\"kind\":\"square\",\"r\":3}", Shape.class));
        assertEquals(new Circle(3), m.readValue("{\"kind\":\"circle\",\"r\":3}", Shape.class));
        // a value without a pair falls back to the properties
        assertEquals(new Circle(4), m.readValue("{\"kind\":\"oval\",\"r\":4}", Shape.class));
    }
}
