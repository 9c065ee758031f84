package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.handspec.runtime.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the output of golden cases and exercises it: JSON round trips, partial updates, open
 * enums, unions, required checks. Reflection keeps the test independent of generated sources.
 */
class GeneratedCodeBehaviourTest {
    private static final ObjectMapper MAPPER = Json.newMapper();
    private static ClassLoader basics;
    private static ClassLoader composition;
    private static ClassLoader formats;

    @BeforeAll
    static void compile(@TempDir Path tmp) throws Exception {
        basics = compileCase("basics", "com.example.pets", tmp.resolve("basics"));
        composition = compileCase("composition", "com.example.composition", tmp.resolve("composition"));
        formats = compileCase("formats", "com.example.formats", tmp.resolve("formats"));
    }

    private static ClassLoader compileCase(String name, String pkg, Path dir) throws Exception {
        Generator.generate(new GenerateRequest(
                GoldenFilesTest.GOLDENS.resolve(name + "/spec.yaml").toString(),
                dir.resolve("src"),
                pkg,
                null,
                Map.of()));
        TestCompiler.Result result = TestCompiler.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(result.success(), () -> String.join("\n", result.diagnostics()));
        return result.loader();
    }

    private static Class<?> type(ClassLoader loader, String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static Object builder(ClassLoader loader, String type) throws Exception {
        return type(loader, type).getMethod("builder").invoke(null);
    }

    @Test
    void onlyFieldsThatWereSetAreWrittenAndAnExplicitNullIsKept() throws Exception {
        Object b = builder(basics, "com.example.pets.model.Pet");
        call(b, "name", "Rex");
        call(b, "tags", (Object) null);
        Object pet = call(b, "build");
        assertEquals("{\"name\":\"Rex\",\"tags\":null}", MAPPER.writeValueAsString(pet));
        assertTrue((Boolean) call(pet, "isSet", "tags"));
        assertFalse((Boolean) call(pet, "isSet", "born"));
        Object unset = call(call(call(pet, "toBuilder"), "unset", "tags"), "build");
        assertEquals("{\"name\":\"Rex\"}", MAPPER.writeValueAsString(unset));
    }

    @Test
    void aServerVariableWhoseDefaultIsOnlyAnExampleMustBeSet() throws Exception {
        Object b = builder(formats, "com.example.formats.FormatsClient");
        io.handspec.runtime.HandspecException e =
                assertThrows(io.handspec.runtime.HandspecException.class, () -> call(b, "build"));
        assertTrue(e.getMessage().contains(".tenant(...)"), e.getMessage());
        Object client = call(call(b, "tenant", "acme"), "build");
        assertEquals(
                "https://acme.example.com/api/v1",
                call(call(client, "config"), "baseUri").toString());
    }

    @Test
    void aServerVariableWithAnEnumRefusesOtherValues() throws Exception {
        Object b = builder(basics, "com.example.pets.PetStoreClient");
        io.handspec.runtime.HandspecException e =
                assertThrows(io.handspec.runtime.HandspecException.class, () -> call(b, "region", "evil.example/x"));
        assertTrue(e.getMessage().contains("[eu, us]"), e.getMessage());
        Object client = call(call(b, "region", "us"), "build");
        assertEquals(
                "https://us.pets.example/v1",
                call(call(client, "config"), "baseUri").toString());
    }

    @Test
    void theViewsTakeTheShortFormsAndAnOperationWithoutBodyReturnsNothing() throws Exception {
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.handspec.runtime.HttpTransport transport = exchange -> {
            sent.add(exchange.method() + " " + exchange.uri().getPath());
            boolean put = exchange.method().equals("PUT");
            return java.util.concurrent.CompletableFuture.completedFuture(new io.handspec.runtime.HttpResult(
                    put ? 204 : 200,
                    Map.of("Content-Type", List.of("application/json"), "X-Request-Id", List.of("r1")),
                    put ? new byte[0] : "{\"data\":{\"id\":7}}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null));
        };
        Object b = builder(formats, "com.example.formats.FormatsClient");
        call(b, "tenant", "acme");
        call(b, "config", (java.util.function.UnaryOperator<io.handspec.runtime.ClientConfig.Builder>)
                c -> c.transport(transport).retryPolicy(io.handspec.runtime.RetryPolicy.none()));
        Object things = call(call(b, "build"), "things");
        Object thing = call(things, "getThing", 7L);
        assertEquals(7L, call(thing, "id"));
        io.handspec.runtime.ApiResponse<?> raw =
                (io.handspec.runtime.ApiResponse<?>) call(call(things, "withRawResponse"), "getThing", 7L);
        assertEquals(200, raw.status());
        assertEquals(7L, call(raw.body(), "id"));
        Object later = ((java.util.concurrent.CompletableFuture<?>) call(call(things, "async"), "getThing", 7L)).get();
        assertEquals(7L, call(later, "id"));
        Object asyncRaw = call(call(things, "async"), "withRawResponse");
        assertEquals(
                asyncRaw.getClass(),
                call(call(things, "withRawResponse"), "async").getClass());
        io.handspec.runtime.ApiResponse<?> rawLater = (io.handspec.runtime.ApiResponse<?>)
                ((java.util.concurrent.CompletableFuture<?>) call(asyncRaw, "getThing", 7L)).get();
        assertEquals(List.of("r1"), rawLater.headers().get("X-Request-Id"));
        Object body = call(builder(formats, "com.example.formats.model.Thing"), "build");
        Method put = things.getClass().getMethod("putThing", Long.class, body.getClass());
        assertEquals(void.class, put.getReturnType());
        put.invoke(things, 7L, body);
        io.handspec.runtime.ApiResponse<?> putRaw =
                (io.handspec.runtime.ApiResponse<?>) call(call(things, "withRawResponse"), "putThing", 7L, body);
        assertEquals(204, putRaw.status());
        assertEquals(null, putRaw.body());
        assertEquals(6, sent.size());
        assertTrue(sent.stream().allMatch(r -> r.endsWith("/things/7")), sent::toString);

        // a required path parameter left out: the blocking forms throw, the asynchronous ones fail the future
        Object none = null;
        for (Object view : List.of(things, call(things, "withRawResponse"))) {
            io.handspec.runtime.HandspecException e =
                    assertThrows(io.handspec.runtime.HandspecException.class, () -> call(view, "getThing", none));
            assertEquals("path parameter 'id' is required", e.getMessage());
        }
        for (Object view : List.of(call(things, "async"), asyncRaw)) {
            java.util.concurrent.CompletableFuture<?> failed =
                    (java.util.concurrent.CompletableFuture<?>) call(view, "getThing", none);
            java.util.concurrent.ExecutionException e =
                    assertThrows(java.util.concurrent.ExecutionException.class, failed::get);
            assertInstanceOf(io.handspec.runtime.HandspecException.class, e.getCause());
            assertEquals("path parameter 'id' is required", e.getCause().getMessage());
        }
        assertEquals(6, sent.size(), "nothing sent for the calls that failed");
    }

    @Test
    void aCookieSessionIsABuilderMethodThatLogsInWithUserAndPassword() throws Exception {
        List<String> credentials = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.handspec.runtime.HttpTransport transport = exchange -> {
            List<String> cookie = exchange.headers().getOrDefault("Cookie", List.of());
            List<String> basic = exchange.headers().getOrDefault("Authorization", List.of());
            credentials.add(cookie.isEmpty() ? String.join("", basic) : String.join("", cookie));
            return java.util.concurrent.CompletableFuture.completedFuture(new io.handspec.runtime.HttpResult(
                    200,
                    Map.of(
                            "Content-Type", List.of("application/json"),
                            "Set-Cookie", List.of("pet-session=s3cr3t; Path=/; Secure; HttpOnly")),
                    "{\"name\":\"Rex\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null));
        };
        Object b = builder(basics, "com.example.pets.PetStoreClient");
        call(b, "session", "ada@example.org", "pw");
        call(b, "config", (java.util.function.UnaryOperator<io.handspec.runtime.ClientConfig.Builder>)
                c -> c.transport(transport).retryPolicy(io.handspec.runtime.RetryPolicy.none()));
        Object pets = call(call(b, "build"), "pets");
        call(pets, "getPet", "1");
        call(pets, "getPet", "1");
        assertEquals(
                List.of(
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                "ada@example.org:pw".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "pet-session=s3cr3t"),
                credentials);
    }

    @Test
    void aRequiredPropertyMustBeSet() throws Exception {
        Object b = builder(basics, "com.example.pets.model.Pet");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(b, "build"));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }

    @Test
    void unknownFieldsAndUnknownEnumValuesSurviveARoundTrip() throws Exception {
        String json = "{\"id\":5,\"name\":\"Rex\",\"status\":\"adopted\",\"born\":\"2020-02-29\",\"photo\":\"AQID\","
                + "\"owner\":{\"name\":\"Ann\",\"kind\":\"robot\"},\"colour\":\"brown\",\"extra\":{\"a\":1}}";
        Object pet = MAPPER.readValue(json, type(basics, "com.example.pets.model.Pet"));
        Object status = call(pet, "status");
        assertEquals("adopted", call(status, "value"));
        assertFalse((Boolean) call(status, "isKnown"));
        assertEquals("UNKNOWN", call(status, "known").toString());
        assertEquals(
                "brown",
                ((Map<?, ?>) call(pet, "additionalProperties"))
                        .get("colour")
                        .toString()
                        .replace("\"", ""));
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(pet)));
        Object known = MAPPER.readValue("\"sold out\"", type(basics, "com.example.pets.model.Status"));
        assertEquals("SOLD_OUT", call(known, "known").toString());
        assertTrue(
                known
                        == type(basics, "com.example.pets.model.Status")
                                .getField("SOLD_OUT")
                                .get(null),
                "known values are the constants");
    }

    @Test
    void aDiscriminatorPicksTheVariant() throws Exception {
        Class<?> animal = type(composition, "com.example.composition.model.Animal");
        Object dog = MAPPER.readValue("{\"type\":\"dog\",\"id\":1,\"good\":true}", animal);
        assertEquals("Dog", dog.getClass().getSimpleName());
        assertTrue(animal.isInstance(dog), "the variant class is the component class, and it implements the union");
        assertEquals(Boolean.TRUE, call(dog, "good"));
        Object cat = MAPPER.readValue("{\"type\":\"cat\",\"id\":2,\"lives\":9}", animal);
        assertEquals("Cat", cat.getClass().getSimpleName());
        assertEquals("{\"id\":2,\"type\":\"cat\",\"lives\":9}", MAPPER.writeValueAsString(cat));
    }

    @Test
    void aVariantsBuilderHoldsItsDiscriminatorValueAndRefusesAnother() throws Exception {
        Object cat = call(call(builder(composition, "com.example.composition.model.Cat"), "id", 2L), "build");
        assertEquals("{\"id\":2,\"type\":\"cat\"}", MAPPER.writeValueAsString(cat));
        Class<?> animal = type(composition, "com.example.composition.model.Animal");
        assertEquals(cat, MAPPER.readValue(MAPPER.writeValueAsString(cat), animal));
        Object dog = builder(composition, "com.example.composition.model.Dog");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call(dog, "type", "cat"));
        assertTrue(e.getMessage().contains("\"type\" of Dog is the discriminator"), e.getMessage());
        assertTrue(e.getMessage().contains("must be \"dog\", not \"cat\""), e.getMessage());
        assertEquals("dog", call(call(call(call(dog, "type", "dog"), "id", 1L), "build"), "type"));
    }

    @Test
    void withoutADiscriminatorTheBestMatchWinsAndTheRestIsKept() throws Exception {
        Class<?> level = type(composition, "com.example.composition.model.Level");
        assertEquals("Priority", MAPPER.readValue("2", level).getClass().getSimpleName());
        assertEquals("OfString", MAPPER.readValue("\"high\"", level).getClass().getSimpleName());
        Object list = MAPPER.readValue("[1,2]", level);
        assertEquals("OfListInteger", list.getClass().getSimpleName());
        assertEquals("[1,2]", MAPPER.writeValueAsString(list));
        assertEquals(
                "Option4",
                MAPPER.readValue("{\"custom\":\"x\"}", level).getClass().getSimpleName());
        Object unknown = MAPPER.readValue("true", level);
        assertEquals("Unknown", unknown.getClass().getSimpleName());
        assertEquals("true", MAPPER.writeValueAsString(unknown));
        Class<?> animal = type(composition, "com.example.composition.model.Animal");
        assertEquals(
                "Unknown",
                MAPPER.readValue("{\"type\":\"bird\"}", animal).getClass().getSimpleName(),
                "no required id: no variant fits");
    }

    @Test
    void nullableThreeOneTypesAreReadAsNull() throws Exception {
        Object patch = MAPPER.readValue(
                "{\"name\":null,\"nickname\":null,\"tags\":[\"a\"]}",
                type(composition, "com.example.composition.model.AnimalPatch"));
        assertEquals(null, call(patch, "name"));
        assertTrue((Boolean) call(patch, "isSet", "name"));
        assertEquals(List.of("a"), call(patch, "tags"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) call(patch, "tags")).clear());
    }
}
