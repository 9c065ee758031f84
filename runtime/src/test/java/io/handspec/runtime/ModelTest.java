package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model base as generated models use it: hand-written models shaped like {@code model.mustache}'s output. */
class ModelTest {
    private static final ObjectMapper MAPPER = Json.newMapper();

    @JsonDeserialize(builder = Pet.Builder.class)
    static final class Pet extends Model<Pet.Builder, JsonNode> {
        private static final ModelType<Pet, Builder> TYPE = ModelType.<Pet, Builder>of(
                        MethodHandles.lookup(), "name", "tags", "photo", "kind")
                .required("name")
                .preset("kind", "pet");

        private Pet(Builder b) {
            super(b);
        }

        static Builder builder() {
            return new Builder();
        }

        String name() {
            return get(0);
        }

        List<String> tags() {
            return get(1);
        }

        byte[] photo() {
            return get(2);
        }

        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder extends ModelBuilder<Pet, Builder, JsonNode> {
            Builder() {
                super(TYPE);
            }

            @JsonProperty("name")
            Builder name(String name) {
                return set(0, name);
            }

            @JsonProperty("tags")
            Builder tags(List<String> tags) {
                return set(1, tags);
            }

            @JsonProperty("photo")
            Builder photo(byte[] photo) {
                return set(2, photo);
            }

            @JsonProperty("kind")
            Builder kind(String kind) {
                return set(3, kind);
            }
        }
    }

    /** Typed additional properties, and a discriminator with a single value. */
    @JsonDeserialize(builder = Cat.Builder.class)
    static final class Cat extends Model<Cat.Builder, Integer> {
        private static final ModelType<Cat, Builder> TYPE =
                ModelType.of(Cat.class, Cat::new, Builder::new, "type", "lives").discriminator("type", Kind.CAT);

        private Cat(Builder b) {
            super(b);
        }

        Kind type() {
            return get(0);
        }

        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder extends ModelBuilder<Cat, Builder, Integer> {
            Builder() {
                super(TYPE);
            }

            @JsonProperty("type")
            Builder type(Kind type) {
                return set(0, type);
            }

            @JsonProperty("lives")
            Builder lives(Integer lives) {
                return set(1, lives);
            }
        }
    }

    /** A discriminator property with two values mapped to one class: checked, not preset. */
    @JsonDeserialize(builder = Dog.Builder.class)
    static final class Dog extends Model<Dog.Builder, JsonNode> {
        private static final ModelType<Dog, Builder> TYPE =
                ModelType.of(Dog.class, Dog::new, Builder::new, "type").discriminator("type", "dog", "hound");

        private Dog(Builder b) {
            super(b);
        }

        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder extends ModelBuilder<Dog, Builder, JsonNode> {
            Builder() {
                super(TYPE);
            }

            @JsonProperty("type")
            Builder type(String type) {
                return set(0, type);
            }
        }
    }

    static final class Kind extends OpenEnum<String, Kind.Known> {
        private static final EnumIndex<String, Kind> KNOWN = new EnumIndex<>();
        static final Kind CAT = KNOWN.add(new Kind("cat", Known.CAT));

        private Kind(String value, Known known) {
            super(value, known);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        static Kind of(String value) {
            return KNOWN.of(value, v -> new Kind(v, Known.UNKNOWN));
        }

        enum Known {
            CAT,
            UNKNOWN
        }
    }

    @Test
    void onlyPresentPropertiesAreWrittenInDeclarationOrderThenAdditionalOnes() throws Exception {
        Pet pet = Pet.builder()
                .additionalProperty("colour", MAPPER.readTree("\"brown\""))
                .tags(null)
                .name("Rex")
                .build();
        assertEquals(
                "{\"name\":\"Rex\",\"tags\":null,\"kind\":\"pet\",\"colour\":\"brown\"}",
                MAPPER.writeValueAsString(pet));
        assertTrue(pet.isSet("tags"));
        assertFalse(pet.isSet("photo"));
        assertFalse(pet.isSet("colour"), "isSet speaks of declared properties");
        assertEquals("Pet{{name=Rex, tags=null, kind=pet, colour=\"brown\"}}", pet.toString());
    }

    @Test
    void jsonRoundTripKeepsUnknownPropertiesAndExplicitNulls() throws Exception {
        String json = "{\"name\":\"Rex\",\"tags\":[\"a\",null],\"photo\":\"AQID\",\"kind\":null,\"extra\":{\"a\":1}}";
        Pet pet = MAPPER.readValue(json, Pet.class);
        assertEquals("Rex", pet.name());
        assertEquals(java.util.Arrays.asList("a", null), pet.tags());
        assertArrayEquals(new byte[] {1, 2, 3}, pet.photo());
        assertEquals(MAPPER.readTree("{\"a\":1}"), pet.additionalProperties().get("extra"));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(pet)));
        assertEquals(pet, MAPPER.readValue(MAPPER.writeValueAsString(pet), Pet.class));
    }

    @Test
    void builderMethodsThatAreNotPropertiesAreNotReachableFromJson() throws Exception {
        Pet pet = MAPPER.readValue("{\"name\":\"Rex\",\"unset\":\"name\",\"build\":1}", Pet.class);
        assertEquals("Rex", pet.name());
        assertEquals(MAPPER.readTree("\"name\""), pet.additionalProperties().get("unset"));
        assertEquals(MAPPER.readTree("1"), pet.additionalProperties().get("build"));
    }

    @Test
    void aRequiredPropertyMustBeSetAndNotNull() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Pet.builder().build());
        assertEquals("required property name of Pet is not set", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Pet.builder().name(null).build());
        assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"tags\":[]}", Pet.class));
    }

    @Test
    void valuesAreCopiedSoTheBuiltObjectCannotChange() {
        List<String> tags = new ArrayList<>(List.of("a"));
        byte[] photo = {1};
        Pet.Builder b = Pet.builder().name("Rex").tags(tags).photo(photo);
        Pet pet = b.build();
        tags.add("b");
        photo[0] = 9;
        b.name("Max");
        assertEquals(List.of("a"), pet.tags());
        assertArrayEquals(new byte[] {1}, pet.photo());
        assertEquals("Rex", pet.name());
        assertThrows(UnsupportedOperationException.class, () -> pet.tags().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> pet.additionalProperties()
                .put("x", null));
    }

    @Test
    void toBuilderDerivesACopyAndUnsetRemovesDeclaredAndAdditionalProperties() throws Exception {
        Pet pet = Pet.builder()
                .name("Rex")
                .tags(List.of("a"))
                .additionalProperty("colour", MAPPER.readTree("1"))
                .build();
        Pet same = pet.toBuilder().build();
        assertEquals(pet, same);
        assertEquals(pet.hashCode(), same.hashCode());
        assertNotSame(pet, same);
        Pet changed =
                pet.toBuilder().unset("tags").unset("colour").unset("kind").build();
        assertEquals("{\"name\":\"Rex\"}", MAPPER.writeValueAsString(changed));
        assertNotEquals(pet, changed);
        Pet explicitNull = pet.toBuilder().tags(null).build();
        Pet absent = pet.toBuilder().unset("tags").build();
        assertNotEquals(explicitNull, absent, "an explicit null differs from an absent property");
        assertEquals(absent.toBuilder().tags(null).build(), explicitNull);
    }

    @Test
    void equalityComparesByteArraysByContent() {
        Pet a = Pet.builder().name("Rex").photo(new byte[] {1, 2}).build();
        Pet b = Pet.builder().name("Rex").photo(new byte[] {1, 2}).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Pet.builder().name("Rex").photo(new byte[] {1, 3}).build());
        assertNotEquals(a, null);
        assertNotEquals(a, "Rex");
    }

    @Test
    void typedAdditionalPropertiesAreReadAsTheirType() throws Exception {
        Cat cat = MAPPER.readValue("{\"type\":\"cat\",\"lives\":9,\"age\":3}", Cat.class);
        assertEquals(Integer.valueOf(3), cat.additionalProperties().get("age"));
        assertEquals("{\"type\":\"cat\",\"lives\":9,\"age\":3}", MAPPER.writeValueAsString(cat));
    }

    @Test
    void aSingleDiscriminatorValueIsPresetAndAnotherIsRefused() throws Exception {
        Cat cat = new Cat.Builder().lives(9).build();
        assertEquals(Kind.CAT, cat.type());
        assertEquals("{\"type\":\"cat\",\"lives\":9}", MAPPER.writeValueAsString(cat));
        assertEquals(cat, new Cat.Builder().type(Kind.of("cat")).lives(9).build());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new Cat.Builder().type(Kind.of("dog")));
        assertEquals(
                "property \"type\" of Cat is the discriminator that selects Cat: it must be \"cat\", not \"dog\";"
                        + " build the class that \"dog\" stands for instead",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Cat.Builder().type(null));
        JsonMappingException json =
                assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"type\":\"dog\"}", Cat.class));
        assertTrue(json.getMessage().contains("must be \"cat\", not \"dog\""), json.getMessage());
    }

    @Test
    void severalDiscriminatorValuesAreCheckedButNoneIsPreset() throws Exception {
        assertEquals("{}", MAPPER.writeValueAsString(new Dog.Builder().build()));
        assertEquals(
                "{\"type\":\"hound\"}",
                MAPPER.writeValueAsString(new Dog.Builder().type("hound").build()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dog.Builder().type("cat"));
        assertTrue(e.getMessage().contains("must be one of \"dog\", \"hound\", not \"cat\""), e.getMessage());
    }

    @Test
    void aTableFromALookupFindsThePrivateConstructorsAndRefusesAClassWithoutBuilder() {
        assertEquals(
                "Rex", Pet.builder().name("Rex").build().toBuilder().build().name());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ModelType.<Pet, Pet.Builder>of(MethodHandles.lookup(), "x"));
        assertTrue(e.getMessage().startsWith("io.handspec.runtime.ModelTest is not a generated model"), e.getMessage());
    }

    @Test
    void aTableNamingAnUndeclaredPropertyIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ModelType.of(Dog.class, Dog::new, Dog.Builder::new, "type")
                        .required("kind"));
        assertEquals("Dog declares no property \"kind\"; it has [type]", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> ModelType.of(Dog.class, Dog::new, Dog.Builder::new, "type", "type"));
    }

    @Test
    void openEnumsKeepUnknownValuesAndCompareByValue() throws Exception {
        Kind cat = MAPPER.readValue("\"cat\"", Kind.class);
        assertTrue(cat == Kind.CAT, "known values are the constants");
        assertTrue(cat.isKnown());
        assertEquals(Kind.Known.CAT, cat.known());
        Kind robot = MAPPER.readValue("\"robot\"", Kind.class);
        assertFalse(robot.isKnown());
        assertEquals(Kind.Known.UNKNOWN, robot.known());
        assertEquals("\"robot\"", MAPPER.writeValueAsString(robot));
        assertEquals(Kind.of("robot"), robot);
        assertEquals(Kind.of("robot").hashCode(), robot.hashCode());
        assertNotEquals(Kind.CAT, robot);
        assertEquals("robot", robot.toString());
        assertEquals("robot", robot.wireValue());
        assertThrows(NullPointerException.class, () -> Kind.of(null));
        assertEquals(Map.of("k", Kind.CAT), Map.of("k", Kind.of("cat")));
    }
}
