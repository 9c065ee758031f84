package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A property with {@code format: password} or {@code writeOnly: true} is sent as set but a
 * generated model's {@code toString()}, which ends up in logs and assertion messages, masks it.
 */
class SecretPropertiesTest {
    @Test
    void passwordAndWriteOnlyPropertiesAreMaskedWhenPrinted(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        String yaml =
                """
                openapi: 3.0.3
                info: {title: Kalo, version: "1"}
                paths:
                  /a:
                    post:
                      operationId: createUser
                      tags: [a]
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/UserCreate'}}}}
                      responses:
                        "204": {description: ok}
                components:
                  schemas:
                    Token: {type: string, writeOnly: true}
                    UserCreate:
                      type: object
                      properties:
                        name: {type: string}
                        password: {type: string, format: password}
                        token: {$ref: '#/components/schemas/Token'}
                        pin: {type: integer, writeOnly: true}
                """;
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, yaml, StandardCharsets.UTF_8);
        Path out = dir.resolve("src");
        Generator.generate(new GenerateRequest(spec.toString(), out, "com.example.secret", null, Map.of()));
        TestCompiler.Result compiled = TestCompiler.compile(out, dir.resolve("classes"));
        assertTrue(compiled.success(), "" + compiled.diagnostics());
        Class<?> model = compiled.loader().loadClass("com.example.secret.model.UserCreate");
        Object builder = model.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        b.getMethod("name", String.class).invoke(builder, "ann");
        b.getMethod("password", String.class).invoke(builder, "hunter2");
        b.getMethod("token", String.class).invoke(builder, "tok-123");
        b.getMethod("pin", Integer.class).invoke(builder, 4711);
        Object user = b.getMethod("build").invoke(builder);
        assertEquals("UserCreate{{name=ann, password=***, token=***, pin=***}}", user.toString());
    }
}
