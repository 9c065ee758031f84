package io.handspec.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.handspec.generator.SpecProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A JSON object is indexed from its bytes; its problems stand where they stand in its text, in characters. */
class SourceIndexTest {
    /** Characters of two and four bytes (one a surrogate pair) before the places looked up, on their lines. */
    private static final String JSON = "{\r\n  \"a\": {\"é\": 1, \"🚒x\": {\"b\": [1, {\"c\": 2}]}},\n"
            + "  \"d\": \"—\", \"e\": {\"f\": true}\n}\n";

    private static SpecText.Text text(String s) {
        return (SpecText.Text) SpecText.decode(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void placesFromBytesAreThePlacesInTheText() {
        assertNotNull(text(JSON).jsonObject(), "read from its bytes");
        List<SpecProblem> problems = new ArrayList<>();
        SourceIndex fromBytes = SourceIndex.of("x.json", text(JSON), problems);
        SourceIndex fromText = SourceIndex.of("x.json", JSON, problems);
        assertEquals(List.of(), problems);
        for (String pointer : List.of("/a/🚒x/b/1/c", "/e/f", "/e/g", "/d", "/a/é")) {
            SpecProblem bytes = fromBytes.problem(pointer, "m");
            SpecProblem chars = fromText.problem(pointer, "m");
            assertEquals(chars, bytes, pointer);
        }
        assertEquals(2, fromBytes.problem("/a/🚒x/b/1/c", "m").line());
        assertEquals(40, fromBytes.problem("/a/🚒x/b/1/c", "m").column(), "in UTF-16 units, as the editor's column");
    }

    @Test
    void aSyntaxErrorFromBytesIsPlacedInCharacters() {
        String bad = JSON.replace("\"f\": true", "\"f\": true, \"f\": false");
        List<SpecProblem> fromBytes = new ArrayList<>();
        List<SpecProblem> fromText = new ArrayList<>();
        assertNull(SourceIndex.of("x.json", text(bad), fromBytes));
        assertNull(SourceIndex.of("x.json", bad, fromText));
        assertEquals(fromText, fromBytes);
        assertEquals(3, fromBytes.get(0).line(), fromBytes.toString());
    }

    @Test
    void aKeyIsTooLongByItsCharactersNotItsBytes() {
        for (String key : List.of("\u4e00".repeat(20_000), "k".repeat(50_001), "\u4e00".repeat(50_001))) {
            String json = "{\"" + key + "\": 1}";
            List<SpecProblem> fromBytes = new ArrayList<>();
            List<SpecProblem> fromText = new ArrayList<>();
            SourceIndex bytes = SourceIndex.of("x.json", text(json), fromBytes);
            SourceIndex chars = SourceIndex.of("x.json", json, fromText);
            assertEquals(fromText, fromBytes, key.length() + " characters");
            assertEquals(chars == null, bytes == null);
            assertEquals(key.length() > 50_000, bytes == null, key.length() + " characters");
        }
    }

    @Test
    void aTextThatIsNotAJsonObjectIsReadAsText() {
        assertNull(text("openapi: 3.0.3\n").jsonObject());
        assertNull(text("\uFEFF{}").jsonObject(), "a byte order mark");
        assertNull(text("[1]").jsonObject());
        assertNotNull(text(" \t\n{}").jsonObject());
    }
}
