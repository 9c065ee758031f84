package io.handspec.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@link Model}, {@link ModelBuilder} and {@link OpenEnum} are not declared abstract; read as types of
 * their own (a careless {@code ResponseSpec.json(Model.class, "")}), they still fail as Jackson's
 * mapping errors, not as a half-made value or a runtime error of another kind.
 */
class BaseClassReadTest {
    @Test
    void theBaseClassesAreNotReadAsValuesOfTheirOwn() {
        ObjectMapper mapper = Json.newMapper();
        assertThrows(DatabindException.class, () -> mapper.readValue("{\"a\":1}", Model.class));
        assertThrows(DatabindException.class, () -> mapper.readValue("{\"a\":1}", ModelBuilder.class));
        assertThrows(DatabindException.class, () -> mapper.readValue("\"a\"", OpenEnum.class));
        assertThrows(DatabindException.class, () -> mapper.readValue("1", OpenEnum.class));
    }
}
