package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedShapesTest {
    @ParameterizedTest
    @CsvSource({"Relationships, Relationship", "Entries, Entry", "Status, Status", "Address, Address", "Basis, Basis"})
    void ownerWordsAreMadeSingular(String word, String singular) {
        assertEquals(singular, SharedShapes.singular(word));
    }
}
