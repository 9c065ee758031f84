package io.handspec.generator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.handspec.generator.GeneratedCodeBehaviourTest.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handspec.runtime.ApiException;
import io.handspec.runtime.ApiResponse;
import io.handspec.runtime.NotModifiedException;
import io.handspec.runtime.RetryPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the golden case {@code errors} against a local server: which type each error status is read
 * as (exact status, then range, then {@code default}, then {@code x-handspec-errors}), the generated
 * typed accessors, and a conditional GET answered 304.
 */
class ErrorMappingBehaviourTest {
    private static final String PKG = "com.example.errors";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static ClassLoader loader;

    @BeforeAll
    static void compile(@TempDir Path tmp) throws Exception {
        Generator.generate(new GenerateRequest(
                GoldenFilesTest.GOLDENS.resolve("errors/spec.yaml").toString(),
                tmp.resolve("src"),
                PKG,
                null,
                Map.of()));
        TestCompiler.Result result = TestCompiler.compile(tmp.resolve("src"), tmp.resolve("classes"));
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
        loader = result.loader();
    }

    private static Object notes() throws Exception {
        Object b = Class.forName(PKG + ".NotesClient", true, loader)
                .getMethod("builder")
                .invoke(null);
        call(b, "baseUri", wm.baseUrl());
        call(b, "retryPolicy", RetryPolicy.none());
        return call(call(b, "build"), "notes");
    }

    /** The generated static accessor {@code NotesErrors.name(e)}. */
    private static Optional<?> accessor(String name, ApiException e) throws Exception {
        return (Optional<?>) Class.forName(PKG + ".NotesErrors", true, loader)
                .getMethod(name, ApiException.class)
                .invoke(null, e);
    }

    private static String simpleName(Optional<?> error) {
        return error.orElseThrow().getClass().getSimpleName();
    }

    @ParameterizedTest
    @CsvSource({
        "404, Missing", // exact status
        "503, Outage", // the 5XX range, not hidden by the default
        "500, Outage",
        "418, Problem", // default
        "400, Problem"
    })
    void theMostSpecificTypedDeclarationOfTheOperationWins(int status, String type) throws Exception {
        wm.stubFor(delete("/notes/n1").willReturn(aResponse().withStatus(status).withBody("{}")));
        ApiException e = assertThrows(ApiException.class, () -> call(notes(), "deleteNote", "n1"));
        assertEquals(status, e.status());
        assertEquals(type, simpleName(e.error()));
    }

    @Test
    void theApiWideErrorCoversStatusesTheOperationDoesNotType() throws Exception {
        wm.stubFor(get("/notes/n1")
                .willReturn(aResponse().withStatus(404).withBody("{\"code\":44,\"message\":\"gone\"}")));
        ApiException.NotFound e = assertThrows(ApiException.NotFound.class, () -> call(notes(), "getNote", "n1"));
        Object error = accessor("of", e).orElseThrow();
        assertEquals("ApiError", error.getClass().getSimpleName());
        assertEquals(44, call(error, "code"));
        assertEquals(error, accessor("apiError", e).orElseThrow());
        wm.stubFor(get("/notes/n2").willReturn(aResponse().withStatus(502).withBody("{\"code\":2}")));
        ApiException.ServerError e2 =
                assertThrows(ApiException.ServerError.class, () -> call(notes(), "getNote", "n2"));
        assertEquals("ApiError", simpleName(e2.error()));
    }

    @Test
    void anOperationRangeBeatsTheApiWideTypeAndTheRestFallsThrough() throws Exception {
        wm.stubFor(post("/notes").willReturn(aResponse().withStatus(422).withBody("[{\"title\":\"text is empty\"}]")));
        Object note = call(
                Class.forName(PKG + ".model.Note", true, loader)
                        .getMethod("builder")
                        .invoke(null),
                "build");
        ApiException.UnprocessableEntity e =
                assertThrows(ApiException.UnprocessableEntity.class, () -> call(notes(), "createNote", note));
        assertInstanceOf(List.class, e.error().orElseThrow());
        assertTrue(accessor("of", e).isEmpty(), "the API-wide accessor does not claim another type");
        wm.stubFor(post("/notes").willReturn(aResponse().withStatus(500).withBody("{\"code\":5}")));
        ApiException e500 = assertThrows(ApiException.class, () -> call(notes(), "createNote", note));
        assertEquals("ApiError", simpleName(e500.error()));
    }

    @Test
    void aConditionalGetAnswered304IsExplicitNeverNull() throws Exception {
        wm.stubFor(get("/notes/n1")
                .withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));
        Object params = call(
                call(
                        Class.forName(PKG + ".api.NotesApi$GetNoteParams", true, loader)
                                .getMethod("builder")
                                .invoke(null),
                        "ifNoneMatch",
                        "\"v1\""),
                "build");
        NotModifiedException e = assertThrows(NotModifiedException.class, () -> call(notes(), "getNote", "n1", params));
        assertEquals("\"v1\"", e.etag().orElseThrow());
        ApiResponse<?> raw = (ApiResponse<?>) call(
                call(notes(), "withRawResponse"), "getNote", "n1", params, io.handspec.runtime.RequestOptions.none());
        assertTrue(raw.notModified());
        assertThrows(NotModifiedException.class, raw::body);
        wm.verify(2, getRequestedFor(urlEqualTo("/notes/n1")).withHeader("If-None-Match", equalTo("\"v1\"")));
        wm.stubFor(get("/notes/n2").willReturn(okJson("{\"id\":\"n2\"}").withHeader("ETag", "\"v2\"")));
        Object fresh = call(notes(), "getNote", "n2");
        assertEquals("n2", call(fresh, "id"));
    }
}
