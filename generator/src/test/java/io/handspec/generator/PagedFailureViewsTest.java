package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.runtime.ClientConfig;
import io.handspec.runtime.HttpResult;
import io.handspec.runtime.HttpTransport;
import io.handspec.runtime.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A paged operation whose argument breaks its constraint: every view reports the same exception,
 * the blocking ones by throwing it, the asynchronous ones (every page, or one page raw) by failing
 * their future with it; nothing is sent.
 */
class PagedFailureViewsTest {
    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Paged, version: "1"}
            paths:
              /things/{group}:
                get:
                  operationId: listThings
                  tags: [things]
                  x-handspec-pagination: {style: offset, offsetParam: offset, limitParam: limit, items: /data}
                  parameters:
                    - {name: group, in: path, required: true, schema: {type: string, minLength: 2}}
                    - {name: offset, in: query, schema: {type: integer}}
                    - {name: limit, in: query, schema: {type: integer, maximum: 30}}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, properties: {data: {type: array, items: {type: string}}}}
            """;

    @Test
    void everyViewOfAPagedOperationReportsTheBrokenArgumentAlike() throws Exception {
        Path dir = Files.createTempDirectory("handspec-paged");
        try {
            TestCompiler.Result compiled = NameClashTest.generateAndCompile(SPEC, dir);
            assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
            List<String> sent = new CopyOnWriteArrayList<>();
            HttpTransport transport = exchange -> {
                sent.add(exchange.uri().toString());
                return CompletableFuture.completedFuture(new HttpResult(
                        200,
                        Map.of("Content-Type", List.of("application/json")),
                        "{\"data\":[]}".getBytes(StandardCharsets.UTF_8),
                        null));
            };
            Object b = Class.forName("com.example.clash.PagedClient", true, compiled.loader())
                    .getMethod("builder")
                    .invoke(null);
            GeneratedCodeBehaviourTest.call(b, "config", (UnaryOperator<ClientConfig.Builder>)
                    c -> c.transport(transport).retryPolicy(RetryPolicy.none()));
            Object things = GeneratedCodeBehaviourTest.call(GeneratedCodeBehaviourTest.call(b, "build"), "things");
            Object async = GeneratedCodeBehaviourTest.call(things, "async");
            Object asyncRaw = GeneratedCodeBehaviourTest.call(async, "withRawResponse");
            Object raw = GeneratedCodeBehaviourTest.call(things, "withRawResponse");
            // too short, or empty: the constraint is checked before the path is written, as before
            for (String group : List.of("g", "")) {
                String expected = "listThings: parameter 'group' is '" + group + "'";
                for (Object view : List.of(things, raw)) {
                    RuntimeException e = assertThrows(
                            RuntimeException.class, () -> GeneratedCodeBehaviourTest.call(view, "listThings", group));
                    assertTrue(e.getMessage().contains(expected), e::getMessage);
                }
                for (Object view : List.of(async, asyncRaw)) {
                    CompletableFuture<?> f =
                            (CompletableFuture<?>) GeneratedCodeBehaviourTest.call(view, "listThings", group);
                    ExecutionException e = assertThrows(ExecutionException.class, f::get);
                    assertInstanceOf(RuntimeException.class, e.getCause());
                    assertTrue(e.getCause().getMessage().contains(expected), e.getCause()::getMessage);
                }
            }
            assertEquals(List.of(), sent, "nothing sent for the calls that failed");
            Object page = GeneratedCodeBehaviourTest.call(raw, "listThings", "ok");
            assertEquals(List.of(), GeneratedCodeBehaviourTest.call(page, "body"));
            assertEquals(1, sent.size(), sent::toString);
        } finally {
            GoldenFilesTest.deleteRecursively(dir);
        }
    }
}
