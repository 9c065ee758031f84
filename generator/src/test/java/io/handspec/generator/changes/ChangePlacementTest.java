package io.handspec.generator.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.handspec.generator.SpecChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change is placed where the edit is: in the {@code $ref}'d file that holds it, on its line. */
class ChangePlacementTest {
    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Tiny, version: "1"}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Thing: {$ref: 'models/thing.yaml'}
            """;

    private static final String THING =
            """
            type: object
            properties:
              name: {type: string}
              size: {type: integer, format: int32}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String thing) throws Exception {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("models/thing.yaml"), thing);
        return Files.writeString(root.resolve("tiny.yaml"), SPEC);
    }

    @Test
    void aChangeInAReferencedFileIsPlacedInThatFileOnItsLine() throws Exception {
        Path before = write("before", THING);
        Path after = write("after", THING.replace("size: {type: integer, format: int32}", "size: {type: string}"));
        List<SpecChange> changes = SpecComparison.compare(before, after, "com.example.tiny", null);
        assertEquals(1, changes.size(), changes.toString());
        SpecChange c = changes.get(0);
        assertEquals("PROPERTY_TYPE_CHANGED", c.kind());
        assertEquals(dir.resolve("after/models/thing.yaml").toString(), c.file(), c.toString());
        assertEquals(4, c.line(), c.toString());
    }
}
