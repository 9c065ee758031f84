package io.handspec.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A small spec with a {@code $ref} into a second file, for tests of whole jobs. */
public final class JobFixture {
    /** The main spec; its response schema lives in {@code models.yaml}. */
    public static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Tiny, version: "1"}
            paths:
              /things:
                get:
                  operationId: listThings
                  tags: [things]
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: 'models.yaml#/Thing'}
            """;
    /** The referenced file. */
    public static final String MODELS =
            """
            Thing:
              type: object
              properties:
                name: {type: string}
            """;

    private JobFixture() {}

    /** Writes {@code tiny.yaml} and {@code models.yaml} into {@code dir}; returns the spec. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("models.yaml"), MODELS);
        return Files.writeString(dir.resolve("tiny.yaml"), SPEC);
    }

    /** Every regular file under {@code dir}, relative path to content. */
    public static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
