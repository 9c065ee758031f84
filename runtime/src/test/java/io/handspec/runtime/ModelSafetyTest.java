package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A built model neither changes afterwards nor prints its secrets. */
class ModelSafetyTest {
    private static final ObjectMapper MAPPER = Json.newMapper();

    @JsonDeserialize(builder = Account.Builder.class)
    static final class Account extends Model<Account.Builder, JsonNode> {
        private static final ModelType<Account, Builder> TYPE = ModelType.of(
                        Account.class, Account::new, Builder::new, "user", "password", "key", "groups", "keys", "doc")
                .secret("password");

        private Account(Builder b) {
            super(b);
        }

        byte[] key() {
            return get(2);
        }

        List<Map<String, List<String>>> groups() {
            return get(3);
        }

        List<byte[]> keys() {
            return get(4);
        }

        JsonNode doc() {
            return get(5);
        }

        @JsonPOJOBuilder(withPrefix = "")
        static final class Builder extends ModelBuilder<Account, Builder, JsonNode> {
            Builder() {
                super(TYPE);
            }

            @JsonProperty("user")
            Builder user(String user) {
                return set(0, user);
            }

            @JsonProperty("password")
            Builder password(String password) {
                return set(1, password);
            }

            @JsonProperty("key")
            Builder key(byte[] key) {
                return set(2, key);
            }

            @JsonProperty("groups")
            Builder groups(List<Map<String, List<String>>> groups) {
                return set(3, groups);
            }

            @JsonProperty("keys")
            Builder keys(List<byte[]> keys) {
                return set(4, keys);
            }

            @JsonProperty("doc")
            Builder doc(JsonNode doc) {
                return set(5, doc);
            }
        }
    }

    @Test
    void toStringMasksSecretPropertiesButJsonKeepsThem() throws Exception {
        Account a = new Account.Builder().user("ann").password("hunter2").build();
        assertFalse(a.toString().contains("hunter2"), a.toString());
        assertTrue(a.toString().contains("password=***"), a.toString());
        assertTrue(a.toString().contains("ann"), a.toString());
        assertTrue(MAPPER.writeValueAsString(a).contains("\"password\":\"hunter2\""));
        assertEquals(a, MAPPER.readValue(MAPPER.writeValueAsString(a), Account.class));
    }

    @Test
    void anAbsentOrNullSecretPrintsAsItIs() {
        assertEquals(
                "Account{{user=ann}}", new Account.Builder().user("ann").build().toString());
        assertEquals(
                "Account{{password=null}}",
                new Account.Builder().password(null).build().toString());
    }

    @Test
    void aByteArrayReadFromTheModelIsACopy() {
        Account a = new Account.Builder().key(new byte[] {1}).build();
        int hash = a.hashCode();
        a.key()[0] = 9;
        assertArrayEquals(new byte[] {1}, a.key());
        assertEquals(hash, a.hashCode());
    }

    @Test
    void nestedListsAndMapsAreCopiedAndUnmodifiable() {
        List<String> names = new ArrayList<>(List.of("a"));
        Map<String, List<String>> group = new HashMap<>(Map.of("names", names));
        Account a =
                new Account.Builder().groups(new ArrayList<>(List.of(group))).build();
        int hash = a.hashCode();
        names.add("b");
        group.put("other", List.of());
        assertEquals(List.of(Map.of("names", List.of("a"))), a.groups());
        assertEquals(hash, a.hashCode());
        assertThrows(
                UnsupportedOperationException.class, () -> a.groups().get(0).put("x", List.of()));
        assertThrows(
                UnsupportedOperationException.class,
                () -> a.groups().get(0).get("names").add("c"));
    }

    @Test
    void byteArraysInsideListsAreCopiedOnEveryReadAndComparedByContent() throws Exception {
        List<byte[]> keys = new ArrayList<>(List.of(new byte[] {1, 2}));
        Account a = new Account.Builder().keys(keys).build();
        int hash = a.hashCode();
        keys.get(0)[0] = 7;
        a.keys().get(0)[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, a.keys().get(0));
        assertEquals(hash, a.hashCode());
        Account same = new Account.Builder().keys(List.of(new byte[] {1, 2})).build();
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertEquals(a, MAPPER.readValue(MAPPER.writeValueAsString(a), Account.class));
        assertFalse(
                a.equals(new Account.Builder().keys(List.of(new byte[] {1, 3})).build()));
        // printed as in JSON, not as an identity hash that differs between equal objects
        assertEquals("Account{{keys=[AQI=]}}", a.toString());
        assertEquals(
                "Account{{key=AQI=}}",
                new Account.Builder().key(new byte[] {1, 2}).build().toString());
    }

    @Test
    void jsonTreesAreCopiedInAndOutSoTheModelCannotChange() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode doc =
                MAPPER.createObjectNode().put("a", 1);
        com.fasterxml.jackson.databind.node.ArrayNode extra =
                MAPPER.createArrayNode().add("x");
        Account a = new Account.Builder()
                .doc(doc)
                .additionalProperty("extra", extra)
                .build();
        int hash = a.hashCode();
        String json = MAPPER.writeValueAsString(a);
        doc.put("a", 2);
        extra.add("y");
        ((com.fasterxml.jackson.databind.node.ObjectNode) a.doc()).put("b", 3);
        ((com.fasterxml.jackson.databind.node.ArrayNode)
                        a.additionalProperties().get("extra"))
                .add("z");
        assertEquals("{\"doc\":{\"a\":1},\"extra\":[\"x\"]}", json);
        assertEquals(json, MAPPER.writeValueAsString(a));
        assertEquals(hash, a.hashCode());
        Account read = MAPPER.readValue("{\"doc\":{\"a\":1},\"more\":{\"b\":[1]}}", Account.class);
        ((com.fasterxml.jackson.databind.node.ObjectNode) read.doc()).removeAll();
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        read.additionalProperties().get("more"))
                .removeAll();
        assertEquals("{\"doc\":{\"a\":1},\"more\":{\"b\":[1]}}", MAPPER.writeValueAsString(read));
    }

    @Test
    void anAdditionalPropertyNamedLikeADeclaredOneIsRefused() {
        Account.Builder b = new Account.Builder().user("ann");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> b.additionalProperty("user", MAPPER.getNodeFactory().textNode("bob")));
        assertTrue(e.getMessage().contains("\"user\" is a declared property of Account"), e.getMessage());
        assertTrue(e.getMessage().contains("its own setter"), e.getMessage());
        assertEquals("Account{{user=ann}}", b.build().toString());
    }

    @Test
    void bytesInsideAJsonTreeAreCopiedInAndOut() throws Exception {
        byte[] mine = {1, 2};
        com.fasterxml.jackson.databind.node.ObjectNode doc = MAPPER.createObjectNode();
        doc.putArray("list").add(mine);
        doc.put("top", mine);
        Account a = new Account.Builder()
                .doc(doc)
                .additionalProperty("bin", MAPPER.getNodeFactory().binaryNode(mine))
                .build();
        String json = MAPPER.writeValueAsString(a);
        mine[0] = 9;
        a.doc().get("top").binaryValue()[1] = 9;
        a.doc().get("list").get(0).binaryValue()[1] = 9;
        a.additionalProperties().get("bin").binaryValue()[1] = 9;
        assertEquals("{\"doc\":{\"list\":[\"AQI=\"],\"top\":\"AQI=\"},\"bin\":\"AQI=\"}", json);
        assertEquals(json, MAPPER.writeValueAsString(a));
    }

    @Test
    void readableCopiesOnlyWhatACallerCouldChange() {
        List<String> strings = List.of("a");
        assertTrue(Model.readable(strings) == strings);
        byte[] bytes = {1};
        byte[] read = Model.readable(bytes);
        assertFalse(read == bytes);
        assertArrayEquals(bytes, read);
        List<byte[]> inList = List.of(bytes);
        assertFalse(Model.readable(inList).get(0) == bytes);
        JsonNode text = MAPPER.getNodeFactory().textNode("t");
        assertTrue(Model.readable(text) == text);
        assertEquals(null, Model.<Object>readable(null));
    }
}
