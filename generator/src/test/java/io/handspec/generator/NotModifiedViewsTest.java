package io.handspec.generator;

import static io.handspec.generator.GeneratedCodeBehaviourTest.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.runtime.ApiResponse;
import io.handspec.runtime.ClientConfig;
import io.handspec.runtime.HttpResult;
import io.handspec.runtime.HttpTransport;
import io.handspec.runtime.NotModifiedException;
import io.handspec.runtime.RetryPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 304 Not Modified through each view of a generated API: an operation without a body returns as on
 * any success (its raw response says 304); one with a body throws, since its result is not there.
 */
class NotModifiedViewsTest {
    private static final String SPEC =
            """
            openapi: 3.0.3
            info: {title: Cache, version: "1"}
            paths:
              /touch:
                get:
                  operationId: touch
                  tags: [things]
                  responses: {"204": {description: ok}}
              /thing:
                get:
                  operationId: getThing
                  tags: [things]
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: object, properties: {a: {type: string}}}}}}
            """;

    @Test
    void aNotModifiedVoidOperationReturnsInEveryViewAndOneWithABodyThrows(@TempDir Path tmp) throws Exception {
        TestCompiler.Result compiled = NameClashTest.generateAndCompile(SPEC, tmp);
        assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
        HttpTransport transport = exchange -> CompletableFuture.completedFuture(
                new HttpResult(304, Map.of("ETag", List.of("\"v1\"")), new byte[0], null));
        Object builder = Class.forName("com.example.clash.CacheClient", true, compiled.loader())
                .getMethod("builder")
                .invoke(null);
        call(builder, "config", (UnaryOperator<ClientConfig.Builder>)
                c -> c.transport(transport).retryPolicy(RetryPolicy.none()));
        Object things = call(call(builder, "build"), "things");

        assertNull(call(things, "touch"));
        ApiResponse<?> raw = (ApiResponse<?>) call(call(things, "withRawResponse"), "touch");
        assertTrue(raw.notModified());
        assertEquals("\"v1\"", raw.etag().orElseThrow());
        assertNull(raw.body());
        assertNull(((CompletableFuture<?>) call(call(things, "async"), "touch")).get());
        ApiResponse<?> asyncRaw = (ApiResponse<?>)
                ((CompletableFuture<?>) call(call(call(things, "async"), "withRawResponse"), "touch")).get();
        assertTrue(asyncRaw.notModified());

        NotModifiedException plain = assertThrows(NotModifiedException.class, () -> call(things, "getThing"));
        assertEquals("\"v1\"", plain.etag().orElseThrow());
        assertTrue(((ApiResponse<?>) call(call(things, "withRawResponse"), "getThing")).notModified());
        ExecutionException async = assertThrows(
                ExecutionException.class, () -> ((CompletableFuture<?>) call(call(things, "async"), "getThing")).get());
        assertInstanceOf(NotModifiedException.class, async.getCause());
    }
}
