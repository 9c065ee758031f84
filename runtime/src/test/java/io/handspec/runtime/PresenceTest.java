package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Which properties are present (set, possibly to {@code null}) in a model of more properties than fit
 * one machine word, at the edges of the words: the first and last property of each and one past.
 */
class PresenceTest {
    private static final ObjectMapper MAPPER = Json.newMapper();

    /** 130 properties {@code p0} to {@code p129}: three words of presence; {@code p65} preset. */
    @JsonDeserialize(builder = Wide.Builder.class)
    static final class Wide extends Model<Wide.Builder, JsonNode> {
        static final int SIZE = 130;
        private static final ModelType<Wide, Builder> TYPE = ModelType.of(
                        Wide.class,
                        Wide::new,
                        Builder::new,
                        IntStream.range(0, SIZE).mapToObj(i -> "p" + i).toArray(String[]::new))
                .preset("p65", "preset");

        private Wide(Builder b) {
            super(b);
        }

        static Builder builder() {
            return new Builder();
        }

        Object at(int index) {
            return valueAt(index);
        }

        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder extends ModelBuilder<Wide, Builder, JsonNode> {
            Builder() {
                super(TYPE);
            }

            Builder at(int index, Object value) {
                return set(index, value);
            }

            @JsonProperty("p0")
            Builder p0(String value) {
                return set(0, value);
            }

            @JsonProperty("p63")
            Builder p63(String value) {
                return set(63, value);
            }

            @JsonProperty("p64")
            Builder p64(String value) {
                return set(64, value);
            }

            @JsonProperty("p65")
            Builder p65(String value) {
                return set(65, value);
            }

            @JsonProperty("p127")
            Builder p127(String value) {
                return set(127, value);
            }

            @JsonProperty("p128")
            Builder p128(String value) {
                return set(128, value);
            }

            @JsonProperty("p129")
            Builder p129(String value) {
                return set(129, value);
            }
        }
    }

    /** Which of the properties are present, as their indexes. */
    private static String present(Model<?, ?> model) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < model.values.length; i++) {
            if (model.isSet("p" + i)) {
                out.append(out.isEmpty() ? "" : ",").append(i);
            }
        }
        return out.toString();
    }

    @Test
    void aPresetPropertyBeyondTheFirstWordIsPresentInANewBuilder() throws Exception {
        Wide empty = Wide.builder().build();
        assertEquals("65", present(empty));
        assertEquals("{\"p65\":\"preset\"}", MAPPER.writeValueAsString(empty));
    }

    @Test
    void explicitNullsAtTheEdgesOfEachWordArePresentWrittenAndReadBack() throws Exception {
        Wide wide = Wide.builder()
                .at(129, null)
                .at(0, null)
                .at(63, "a")
                .at(64, null)
                .at(127, "b")
                .at(128, null)
                .build();
        assertEquals("0,63,64,65,127,128,129", present(wide));
        String json =
                "{\"p0\":null,\"p63\":\"a\",\"p64\":null,\"p65\":\"preset\",\"p127\":\"b\",\"p128\":null,\"p129\":null}";
        assertEquals(json, MAPPER.writeValueAsString(wide));
        assertTrue(wide.toString().startsWith("Wide{{p0=null, p63=a, p64=null, p65=preset"), wide.toString());
        Wide read = MAPPER.readValue(json, Wide.class);
        assertEquals("0,63,64,65,127,128,129", present(read));
        assertEquals(wide, read);
        assertEquals(wide.hashCode(), read.hashCode());
        assertEquals(json, MAPPER.writeValueAsString(read));
    }

    @Test
    void aPropertyPresentOnlyBeyondTheFirstWordMakesModelsDiffer() {
        Wide a = Wide.builder().at(100, null).build();
        Wide b = Wide.builder().build();
        Wide c = Wide.builder().at(36, null).build();
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(b, c);
        assertEquals(a, Wide.builder().at(100, null).build());
        assertEquals(a.hashCode(), Wide.builder().at(100, null).build().hashCode());
    }

    @Test
    void toBuilderCopiesPresenceAndUnsetClearsItInEveryWord() throws Exception {
        Wide.Builder builder = Wide.builder().at(3, null).at(70, null).at(129, "z");
        Wide first = builder.build();
        // the builder goes on; the model built does not change with it
        builder.at(5, "later").unset("p70");
        assertEquals("3,65,70,129", present(first));
        assertEquals("3,5,65,129", present(builder.build()));
        Wide derived = first.toBuilder().unset("p65").unset("p129").at(99, 1).build();
        assertEquals("3,70,99", present(derived));
        assertEquals("{\"p3\":null,\"p70\":null,\"p99\":1}", MAPPER.writeValueAsString(derived));
        assertEquals(first, first.toBuilder().build());
        assertFalse(derived.isSet("p65"));
    }

    /** A holder leaving out an empty model. */
    record Holder(@JsonInclude(JsonInclude.Include.NON_EMPTY) Wide w) {}

    @Test
    void aModelOfNoPresentPropertyIsEmptyForInclusion() throws Exception {
        Wide none = Wide.builder().unset("p65").build();
        assertEquals("", present(none));
        assertEquals("{}", MAPPER.writeValueAsString(new Holder(none)));
        assertEquals(
                "{\"w\":{\"p128\":null}}",
                MAPPER.writeValueAsString(
                        new Holder(none.toBuilder().at(128, null).build())));
    }
}
