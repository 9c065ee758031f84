package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written specs in {@code specs/}: swagger-parser reads each with zero messages, the
 * generated client compiles without warnings, and the behaviours each vendor documents are present,
 * so a later edit cannot silently drop one.
 */
class SpecsTest {
    static final Path SPECS = Path.of(System.getProperty("handspec.specs", "../specs"));

    static OpenAPI parse(String name) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser()
                .readLocation(SPECS.resolve(name).toAbsolutePath().toUri().toString(), null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), name);
        assertNotNull(result.getOpenAPI(), name);
        return result.getOpenAPI();
    }

    static List<Operation> operations(OpenAPI api) {
        List<Operation> out = new ArrayList<>();
        api.getPaths().values().forEach(item -> out.addAll(item.readOperations()));
        return out;
    }

    static Parameter param(OpenAPI api, Parameter p) {
        if (p.get$ref() == null) {
            return p;
        }
        return api.getComponents()
                .getParameters()
                .get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }

    static Set<String> statuses(OpenAPI api) {
        Set<String> out = new TreeSet<>();
        operations(api).forEach(op -> out.addAll(op.getResponses().keySet()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"kalo.yaml", "kiliaro.yaml", "toggl.yaml", "toggl-reports.yaml", "kickfolio.yaml", "kayako.yaml"
            })
    void everySpecDeclaresItsErrorBodyOnce(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> errors =
                (Map<String, Object>) parse(name).getExtensions().get("x-handspec-errors");
        assertNotNull(errors, name);
        assertTrue(((Map<?, ?>) errors.get("schema")).get("$ref").toString().startsWith("#/components/schemas/"));
        List<?> expected = name.equals("kalo.yaml") ? List.of(400, 401, 403, 404, 500) : List.of("4XX", "5XX");
        assertEquals(expected, errors.get("statuses"), name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"kalo.yaml", "kiliaro.yaml", "toggl.yaml", "toggl-reports.yaml", "kickfolio.yaml", "kayako.yaml"
            })
    void everySpecParsesCleanlyAndItsClientCompiles(String name, @TempDir Path tmp) throws Exception {
        OpenAPI api = parse(name);
        for (Operation op : operations(api)) {
            assertNotNull(op.getOperationId(), name);
            assertEquals(1, op.getTags().size(), op.getOperationId() + " has one tag");
            assertNotNull(op.getSummary(), op.getOperationId());
        }
        GenerateResult result = Generator.generate(new GenerateRequest(
                SPECS.resolve(name).toString(),
                tmp.resolve("src"),
                "com.example." + name.replace(".yaml", "").replace("-", ""),
                null,
                Map.of()));
        assertEquals(List.of(), result.warnings(), name + " generates without warnings");
        TestCompiler.Result compiled = TestCompiler.compile(tmp.resolve("src"), tmp.resolve("classes"));
        assertTrue(compiled.success(), () -> String.join("\n", compiled.diagnostics()));
    }

    @Test
    void kaloListsAllPageWithAtMostThirtyAndTheKeyHeader() {
        OpenAPI api = parse("kalo.yaml");
        SecurityScheme key = api.getComponents().getSecuritySchemes().get("kaloApiKey");
        assertEquals("X-Kalo-Api-Key", key.getName());
        assertEquals(SecurityScheme.In.HEADER, key.getIn());
        int lists = 0;
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            Operation get = e.getValue().getGet();
            if (get == null || e.getKey().endsWith("}/")) {
                continue;
            }
            lists++;
            Map<String, Parameter> params = new java.util.HashMap<>();
            get.getParameters().forEach(p -> params.put(param(api, p).getName(), param(api, p)));
            assertTrue(params.containsKey("page[offset]"), e.getKey());
            assertEquals(30, params.get("page[limit]").getSchema().getMaximum().intValue(), e.getKey());
            assertEquals("kalo", get.getExtensions().get("x-handspec-pagination"), e.getKey());
        }
        assertEquals(5, lists);
        assertTrue(statuses(api).containsAll(Set.of("200", "201", "400", "401", "403", "404", "500")));
        Schema<?> status = api.getComponents().getSchemas().get("TaskStatus");
        assertTrue(status.getEnum().containsAll(List.of("ongoing", "completed")));
        assertEquals(
                List.of("fixed", "daily", "hourly"),
                api.getComponents().getSchemas().get("RateType").getEnum());
        assertNotNull(api.getPaths().get("/projects/{id}/tasks/{taskId}/").getGet());
        assertNotNull(api.getPaths().get("/tasks/{id}/").getPatch());
        for (String resource : List.of("projects", "tasks", "freelancers", "invoices")) {
            assertNotNull(api.getPaths().get("/" + resource + "/").getGet(), resource + " list");
            assertNotNull(api.getPaths().get("/" + resource + "/").getPost(), resource + " create");
            assertNotNull(api.getPaths().get("/" + resource + "/{id}/").getGet(), resource + " get one");
            assertNotNull(api.getPaths().get("/" + resource + "/{id}/").getPatch(), resource + " patch");
        }
        for (Operation op : operations(api)) {
            assertTrue(
                    op.getResponses().keySet().containsAll(Set.of("400", "401", "403", "404", "500")),
                    op.getOperationId() + " declares the general statuses");
        }
    }

    @Test
    void kiliaroHasFourCredentialFormsTheMatrixLookupAndTheErrorBody() {
        OpenAPI api = parse("kiliaro.yaml");
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        assertEquals("apikey", schemes.get("apiKey").getName());
        assertEquals("access_token", schemes.get("accessToken").getName());
        assertEquals("bearer", schemes.get("bearer").getScheme());
        assertEquals(
                Set.of("user", "images"),
                schemes.get("oauth2")
                        .getFlows()
                        .getAuthorizationCode()
                        .getScopes()
                        .keySet());
        Parameter email =
                api.getPaths().get("/users{email}").getGet().getParameters().get(0);
        assertEquals(Parameter.StyleEnum.MATRIX, email.getStyle());
        assertEquals("rfc3339", api.getExtensions().get("x-handspec-timestamps"));
        assertEquals(
                Set.of("http_code", "error", "field_errors"),
                api.getComponents()
                        .getSchemas()
                        .get("ErrorBody")
                        .getProperties()
                        .keySet());
        assertNotNull(api.getPaths().get("/users/{user_id}").getPost(), "update by POSTing changed fields");
        assertEquals(
                "^[0-9a-f]{32}$",
                api.getComponents().getParameters().get("UserId").getSchema().getPattern(),
                "every documented id has 32 hex digits");
        assertTrue(
                api.getPaths().get("/my/directories").getGet().getDescription().startsWith("Inferred"));
        assertTrue(api.getPaths().get("/my/media").getGet().getDescription().startsWith("Inferred"));
        assertTrue(api.getPaths()
                .get("/my/directories/{directory_id}")
                .getPost()
                .getResponses()
                .get("200")
                .getDescription()
                .startsWith("Inferred"));
        assertTrue(api.getComponents()
                .getSchemas()
                .get("DirectoryChanges")
                .getProperties()
                .containsKey("trashed"));
        operations(api).forEach(op -> op.getResponses().forEach((code, r) -> {
            if (code.startsWith("4")) {
                String ref = r.get$ref() != null
                        ? r.get$ref()
                        : r.getContent().get("application/json").getSchema().get$ref();
                assertTrue(ref.endsWith("/Error") || ref.endsWith("/ErrorBody"), op.getOperationId() + " " + code);
            }
        }));
    }

    @Test
    void togglHasBothBasicFormsTheCookieEveryStatusAndItsRetryRules() {
        OpenAPI api = parse("toggl.yaml");
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        assertEquals(
                Map.of("password", "api_token"),
                schemes.get("apiToken").getExtensions().get("x-handspec-auth"));
        assertEquals("basic", schemes.get("basicAuth").getScheme());
        assertEquals(SecurityScheme.In.COOKIE, schemes.get("sessionCookie").getIn());
        assertTrue(statuses(api).containsAll(Set.of("400", "401", "402", "403", "404", "409", "410", "429", "500")));
        @SuppressWarnings("unchecked")
        Map<String, Object> retry = (Map<String, Object>) api.getExtensions().get("x-handspec-retry");
        assertTrue(((List<?>) retry.get("never")).containsAll(List.of(400, 402, 410)));
        assertTrue(((List<?>) retry.get("statuses")).containsAll(List.of(429, "5XX")));
        assertEquals(Map.of("429", 1000), retry.get("minimumDelayMs"));
        assertEquals(Map.of("429", 180000), retry.get("statusDelayMs"), "back off for a few minutes");
        assertEquals(
                null,
                api.getComponents().getSchemas().get("ClientChanges").getRequired(),
                "updates send only changed fields");
        assertTrue(((Schema<?>) api.getComponents()
                        .getSchemas()
                        .get("TimeEntryCreate")
                        .getProperties()
                        .get("stop"))
                .getNullable());
        Schema<?> current = api.getPaths()
                .get("/me/time_entries/current")
                .getGet()
                .getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema();
        assertEquals(null, current.getAllOf(), "nullable beside allOf does not admit null in 3.0.3");
        assertEquals(2, current.getOneOf().size());
        Schema<?> id = (Schema<?>) api.getComponents()
                .getSchemas()
                .get("TimeEntry")
                .getProperties()
                .get("id");
        assertEquals("int64", id.getFormat());
        String te = "/workspaces/{workspace_id}/time_entries/{time_entry_id}";
        assertNotNull(api.getPaths().get(te).getPut());
        assertNotNull(api.getPaths().get(te).getPatch(), "bulk JSON Patch");
        assertNotNull(api.getPaths().get(te).getDelete());
        assertNotNull(api.getPaths().get(te + "/stop").getPatch());
        assertNotNull(api.getPaths().get("/me/time_entries/current").getGet());
        for (String p : List.of(
                "/me",
                "/me/workspaces",
                "/workspaces/{workspace_id}/projects",
                "/workspaces/{workspace_id}/clients",
                "/workspaces/{workspace_id}/tags",
                "/workspaces/{workspace_id}/projects/{project_id}/tasks",
                "/workspaces/{workspace_id}/users")) {
            assertNotNull(api.getPaths().get(p), p);
        }
    }

    @Test
    void togglReportsPageThroughHeaders() {
        OpenAPI api = parse("toggl-reports.yaml");
        Operation detailed = api.getPaths()
                .get("/workspace/{workspace_id}/search/time_entries")
                .getPost();
        @SuppressWarnings("unchecked")
        Map<String, Object> paging =
                (Map<String, Object>) detailed.getExtensions().get("x-handspec-pagination");
        assertEquals("header-cursor", paging.get("style"));
        assertEquals(Map.of("X-Next-ID", "first_id", "X-Next-Row-Number", "first_row_number"), paging.get("cursor"));
        assertTrue(detailed.getResponses()
                .get("200")
                .getHeaders()
                .keySet()
                .containsAll(Set.of("X-Next-ID", "X-Next-Row-Number")));
        assertNotNull(api.getPaths()
                .get("/workspace/{workspace_id}/summary/time_entries")
                .getPost());
        assertNotNull(api.getPaths()
                .get("/workspace/{workspace_id}/weekly/time_entries")
                .getPost());
        assertTrue(statuses(api).contains("402"));
        for (Operation op : operations(api)) {
            assertTrue(
                    op.getResponses().keySet().containsAll(Set.of("401", "410", "429", "500")),
                    op.getOperationId() + " declares v9's statuses");
        }
        assertEquals(
                "__Host-timer-session",
                api.getComponents().getSecuritySchemes().get("sessionCookie").getName());
        @SuppressWarnings("unchecked")
        Map<String, Object> retry = (Map<String, Object>) api.getExtensions().get("x-handspec-retry");
        assertEquals(Map.of("429", 180000), retry.get("statusDelayMs"));
    }

    @Test
    void kickfolioHasTokenOnlyBasicTheVendorAcceptRootKeysAndRecordInvalid() {
        OpenAPI api = parse("kickfolio.yaml");
        assertEquals(
                "token-only",
                api.getComponents()
                        .getSecuritySchemes()
                        .get("tokenBasic")
                        .getExtensions()
                        .get("x-handspec-auth"));
        assertEquals(
                "auth_token",
                api.getComponents().getSecuritySchemes().get("authToken").getName());
        assertEquals(
                Map.of("Accept", "application/vnd.kickfolio.v1"),
                api.getExtensions().get("x-handspec-headers"));
        assertNotNull(
                api.getPaths().get("/apps/{id}").getDelete().getResponses().get("204"));
        assertNotNull(
                api.getPaths().get("/versions/{id}").getDelete().getResponses().get("204"));
        assertNotNull(api.getPaths().get("/apps/{app_id}/versions").getPost());
        assertEquals(
                Map.of("response", "/app", "request", "app"),
                api.getPaths().get("/apps").getPost().getExtensions().get("x-handspec-envelope"));
        Schema<?> error = api.getComponents().getSchemas().get("ErrorBody");
        assertEquals(Set.of("message", "code", "errors"), error.getProperties().keySet());
        assertTrue(api.getComponents()
                .getResponses()
                .get("RecordInvalid")
                .getContent()
                .get("application/json")
                .getExample()
                .toString()
                .contains("record_invalid"));
        Parameter ids = api.getComponents().getParameters().get("Ids");
        assertEquals("ids[]", ids.getName(), "Ember Data bulk loading: ids[]=1&ids[]=2");
        assertEquals(Parameter.StyleEnum.FORM, ids.getStyle());
        assertTrue(ids.getExplode());
        assertEquals(
                List.of("app_id", "bundle_url"),
                api.getComponents().getSchemas().get("VersionInput").getRequired());
        assertEquals(
                List.of("bundle_url"),
                api.getComponents().getSchemas().get("AppVersionInput").getRequired());
        for (Operation op : operations(api)) {
            assertNotNull(op.getResponses().get("500"), op.getOperationId() + " declares 500");
        }
    }

    @Test
    void kayakoHasTheEnvelopeFormBodiesCachingAndTheWholeTestResource() {
        OpenAPI api = parse("kayako.yaml");
        assertEquals(
                "brewfictus",
                api.getServers().get(0).getVariables().get("subdomain").getDefault());
        assertEquals(
                Map.of(
                        "session",
                        Map.of("bodyField", "session_id", "csrfHeader", "X-CSRF-Token", "expiredStatus", 454)),
                api.getComponents()
                        .getSecuritySchemes()
                        .get("session")
                        .getExtensions()
                        .get("x-handspec-auth"));
        assertEquals(
                Set.of(
                        "status",
                        "resource",
                        "total_count",
                        "offset",
                        "limit",
                        "next_url",
                        "last_url",
                        "session_id",
                        "auth_token",
                        "errors",
                        "notifications",
                        "logs"),
                api.getComponents().getSchemas().get("Envelope").getProperties().keySet());
        PathItem tests = api.getPaths().get("/tests");
        PathItem test = api.getPaths().get("/tests/{id}");
        int count = 0;
        for (PathItem item : List.of(tests, test)) {
            count += item.readOperations().size();
        }
        assertEquals(7, count, "all seven Test operations");
        assertNotNull(tests.getPost().getRequestBody().getContent().get("application/x-www-form-urlencoded"));
        assertNotNull(test.getGet().getResponses().get("304"));
        assertNotNull(test.getPut().getResponses().get("412"));
        assertTrue(statuses(api).containsAll(Set.of("304", "412", "429", "454")));
        for (String common : List.of("Fields", "Include", "Empty", "Case")) {
            assertNotNull(api.getComponents().getParameters().get(common), common);
        }
        assertNotNull(api.getPaths().get("/cases").getGet());
        assertNotNull(api.getPaths().get("/organizations/{id}").getGet());
        assertNotNull(api.getPaths().get("/roles").getGet());
    }

    @Test
    void kayakoDeclaresItsCommonArgumentsAndCachingHeadersOnceWithoutJsonSuffixesOrTheExampleTenant() {
        OpenAPI api = parse("kayako.yaml");
        List<String> common = new ArrayList<>();
        for (Object entry : (List<?>) api.getExtensions().get("x-handspec-common-parameters")) {
            String ref = (String) ((Map<?, ?>) entry).get("$ref");
            Parameter p = api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
            common.add(p.getIn() + ":" + p.getName());
        }
        assertEquals(
                List.of(
                        "query:fields",
                        "query:include",
                        "query:_empty",
                        "query:_case",
                        "query:_flat",
                        "header:If-Match",
                        "header:If-None-Match",
                        "header:If-Modified-Since",
                        "header:If-Unmodified-Since"),
                common);
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            assertFalse(e.getKey().endsWith(".json"), "the seed's URLs have no .json: " + e.getKey());
            for (Operation op : e.getValue().readOperations()) {
                for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
                    assertFalse(
                            common.contains(
                                    param(api, p).getIn() + ":" + param(api, p).getName()),
                            op.getOperationId() + " repeats a common parameter");
                }
            }
        }
        io.swagger.v3.oas.models.security.OAuthFlow code = api.getComponents()
                .getSecuritySchemes()
                .get("oauth2")
                .getFlows()
                .getAuthorizationCode();
        for (String url : List.of(code.getAuthorizationUrl(), code.getTokenUrl(), code.getRefreshUrl())) {
            assertTrue(url.startsWith("/oauth/"), "relative to the instance, not the example tenant: " + url);
        }
        Schema<?> user = (Schema<?>)
                api.getComponents().getSchemas().get("Test").getProperties().get("user");
        assertTrue(
                user.getOneOf().stream().anyMatch(s -> Boolean.TRUE.equals(s.getNullable()) && s.getEnum() != null),
                "Test.user admits null");
    }
}
