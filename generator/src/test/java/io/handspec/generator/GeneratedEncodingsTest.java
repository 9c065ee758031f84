package io.handspec.generator;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.runtime.FilePart;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client generated from the {@code encodings} golden case against a local server: exact bytes
 * of multipart and form bodies, parameters in every style, constraints refused before sending.
 */
class GeneratedEncodingsTest {
    private static final String PKG = "com.example.encodings";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static ClassLoader loader;

    @BeforeAll
    static void compile(@TempDir Path tmp) throws Exception {
        Generator.generate(new GenerateRequest(
                GoldenFilesTest.GOLDENS.resolve("encodings/spec.yaml").toString(),
                tmp.resolve("src"),
                PKG,
                null,
                Map.of()));
        TestCompiler.Result result = TestCompiler.compile(tmp.resolve("src"), tmp.resolve("classes"));
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
        loader = result.loader();
    }

    @BeforeEach
    void answer() {
        wm.stubFor(any(anyUrl()).willReturn(okJson("[]")));
    }

    @Test
    void aMultipartUploadGoesOutPartByPartWithTheSpecsEncoding(@TempDir Path tmp) throws Exception {
        Path bundle = Files.writeString(tmp.resolve("app.ipa"), "IPA");
        Object meta = build(call(call(builder("model.Meta"), "size", 3), "kind", "k"));
        Object form = build(call(
                call(
                        call(call(builder("model.UploadVersionForm"), "bundle", FilePart.of(bundle)), "version", "1.2"),
                        "notes",
                        List.of("a", "b")),
                "meta",
                meta));
        wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        call(api("uploads"), "uploadVersion", "my-app", form);
        LoggedRequest r = onlyRequest();
        assertEquals("/apps/my-app/versions", r.getUrl());
        String type = r.getHeader("Content-Type");
        assertTrue(type.matches("multipart/form-data; boundary=handspec-[A-Za-z0-9]{32}"), type);
        String b = "--" + type.substring(type.indexOf('=') + 1);
        assertEquals(
                b + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"app.ipa\"\r\n"
                        + "Content-Type: application/octet-stream\r\nX-Bundle-Kind: ipa\r\n\r\nIPA\r\n"
                        + b + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n1.2\r\n"
                        + b + "\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\na\r\n"
                        + b + "\r\nContent-Disposition: form-data; name=\"notes\"\r\n\r\nb\r\n"
                        + b + "\r\nContent-Disposition: form-data; name=\"meta\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"size\":3,\"kind\":\"k\"}\r\n"
                        + b + "--\r\n",
                new String(r.getBody(), StandardCharsets.UTF_8));
    }

    @Test
    void aRequiredPartAndAConstrainedPathParameterAreCheckedBeforeSending() throws Exception {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class, () -> build(call(builder("model.UploadVersionForm"), "version", "1")));
        assertTrue(missing.getMessage().contains("'bundle'"), missing.getMessage());
        Object form = build(call(
                call(builder("model.UploadVersionForm"), "bundle", FilePart.of(new byte[] {1}, "a", null)),
                "version",
                "1"));
        IllegalArgumentException bad = assertThrows(
                IllegalArgumentException.class, () -> call(api("uploads"), "uploadVersion", "My App", form));
        assertEquals(
                "uploadVersion: parameter 'app' is 'My App', but the spec allows text matching ^[a-z0-9-]+$ (pattern)",
                bad.getMessage());
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void aFormBodyWritesEachPropertyAsItsEncodingSays() throws Exception {
        Object filter = build(call(call(builder("model.Meta"), "size", 1), "kind", "k k"));
        Object body = build(call(
                call(
                        call(
                                call(
                                        call(builder("model.CreateTestBody"), "name", "Caryn Pryor"),
                                        "arrayItems",
                                        List.of(1, 2, 3)),
                                "tags",
                                List.of("x", "y")),
                        "filter",
                        filter),
                "next",
                "/a?b=c&d"));
        call(api("forms"), "createTest", body);
        LoggedRequest r = onlyRequest();
        assertEquals("application/x-www-form-urlencoded", r.getHeader("Content-Type"));
        assertEquals(
                "name=Caryn+Pryor&array_items=1,2,3&tags=x&tags=y&filter%5Bsize%5D=1&filter%5Bkind%5D=k+k&next=/a?b%3Dc%26d",
                r.getBodyAsString());
    }

    @Test
    void parametersGoOutInTheirStyleWithExactlyTheEscapingTheyNeed() throws Exception {
        Object status = type("model.Status").getField("ACTIVE").get(null);
        Object filter = build(call(builder("model.Meta"), "size", 2));
        Object params = build(call(
                call(
                        call(
                                call(
                                        call(call(call(paramsBuilder(), "limit", 20), "ratio", 0.5), "status", status),
                                        "tags",
                                        List.of("a|b", "c")),
                                "words",
                                List.of("x y", "z")),
                        "filter",
                        filter),
                "next",
                "/p?q=r&s"));
        call(api("params"), "findItems", "andreas@kiliaro.com", List.of(1, 2), List.of(1.5, 2.0), params);
        assertEquals(
                "/users;email=andreas@kiliaro.com/items/1,2.1%2E5,2%2E0?limit=20&ratio=0.5&status=active"
                        + "&tags=a%7Cb%7Cc&words=x%20y%20z&filter%5Bsize%5D=2&next=/p?q=r&s",
                onlyRequest().getUrl());
    }

    @Test
    void valuesOutsideTheSpecsBoundsAreRefusedNamingParameterValueAndConstraint() throws Exception {
        Object tooMany = build(call(paramsBuilder(), "limit", 101));
        IllegalArgumentException limit = assertThrows(
                IllegalArgumentException.class,
                () -> call(api("params"), "findItems", "a@b.c", List.of(1), List.of(1.0), tooMany));
        assertEquals(
                "findItems: parameter 'limit' is 101, but the spec allows at most 100 (maximum)", limit.getMessage());
        Object one = build(call(paramsBuilder(), "ratio", 1.0));
        IllegalArgumentException ratio = assertThrows(
                IllegalArgumentException.class,
                () -> call(api("params"), "findItems", "a@b.c", List.of(1), List.of(1.0), one));
        assertEquals(
                "findItems: parameter 'ratio' is 1.0, but the spec allows less than 1 (exclusiveMaximum)",
                ratio.getMessage());
        Object unknown = build(call(
                paramsBuilder(),
                "status",
                type("model.Status").getMethod("of", String.class).invoke(null, "deleted")));
        IllegalArgumentException status = assertThrows(
                IllegalArgumentException.class,
                () -> call(api("params"), "findItems", "a@b.c", List.of(1), List.of(1.0), unknown));
        assertEquals(
                "findItems: parameter 'status' is 'deleted', but the spec allows one of [active, archived] (enum)",
                status.getMessage());
        IllegalArgumentException ids = assertThrows(
                IllegalArgumentException.class,
                () -> call(api("params"), "findItems", "a@b.c", List.of(), List.of(1.0)));
        assertEquals(
                "findItems: parameter 'ids' has 0 items, but the spec allows at least 1 (minItems)", ids.getMessage());
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    @Test
    void theAsyncViewsReportAViolatedConstraintInTheFutureNotByThrowing() throws Exception {
        Object tooMany = build(call(paramsBuilder(), "limit", 101));
        Object async = call(api("params"), "async");
        for (Object view : List.of(async, call(async, "withRawResponse"))) {
            CompletableFuture<?> result =
                    (CompletableFuture<?>) call(view, "findItems", "a@b.c", List.of(1), List.of(1.0), tooMany);
            ExecutionException e = assertThrows(ExecutionException.class, result::get);
            IllegalArgumentException limit = assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertEquals(
                    "findItems: parameter 'limit' is 101, but the spec allows at most 100 (maximum)",
                    limit.getMessage());
        }
        assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
        assertEquals(1, all.size(), "requests sent");
        return all.get(0);
    }

    private static Object api(String accessor) throws Exception {
        Object b = builder("EncodingsClient");
        call(b, "baseUri", wm.baseUrl());
        return call(call(b, "build"), accessor);
    }

    private static Object paramsBuilder() throws Exception {
        return type("api.ParamsApi$FindItemsParams").getMethod("builder").invoke(null);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(PKG + "." + name, true, loader);
    }

    private static Object builder(String name) throws Exception {
        return type(name).getMethod("builder").invoke(null);
    }

    private static Object build(Object builder) throws Exception {
        return call(builder, "build");
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length && accepts(m, args)) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static boolean accepts(Method m, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            Class<?> p = m.getParameterTypes()[i];
            if (args[i] != null && !p.isPrimitive() && !p.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
