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
                        Account.class, Account::new, Builder::new, "user", "password", "key", "groups")
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
}
