package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.handspec.generator.model.Operation;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenAPI 3.0.3 has no null type: {@code nullable: true} beside an {@code allOf} does not admit
 * null, so "an entry or null" is a {@code oneOf} of the entry and a schema that admits only null
 * ({@code nullable: true, enum: [null]}). The Java type is the entry's, null in Java for null.
 */
class NullAlternativeTest {
    @TempDir
    Path dir;

    private TypeRef responseType(String nullAlternative) throws Exception {
        Path file = dir.resolve("api.yaml");
        Files.writeString(
                file,
                """
                openapi: 3.0.3
                info: {title: Timer, version: "1"}
                paths:
                  /current:
                    get:
                      operationId: current
                      responses:
                        "200":
                          description: The running entry, or null.
                          content:
                            application/json:
                              schema:
                                oneOf:
                                  - $ref: '#/components/schemas/Entry'
                                  - NULL
                components:
                  schemas:
                    Entry:
                      type: object
                      properties:
                        id: {type: integer}
                """
                        .replace("NULL", nullAlternative));
        Operation op = SpecLoader.load(file.toString()).model().operations().get(0);
        return op.responses().get(0).type();
    }

    @Test
    void anEntryOrNullIsTheEntrysType() throws Exception {
        assertEquals(new TypeRef.Named("Entry"), responseType("{type: object, nullable: true, enum: [null]}"));
        assertEquals(new TypeRef.Named("Entry"), responseType("{nullable: true, enum: [null]}"));
    }

    @Test
    void aNullableAlternativeThatAdmitsMoreThanNullStaysAVariant() throws Exception {
        assertEquals(
                TypeRef.Inline.class,
                responseType("{type: string, nullable: true}").getClass());
    }
}
