package io.handspec.samples.kayako;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.runtime.ApiException;
import io.handspec.samples.kayako.client.KayakoClient;
import io.handspec.samples.kayako.client.api.TestsApi;
import io.handspec.samples.kayako.client.model.NameCase;
import io.handspec.samples.kayako.client.model.OrganizationInput;
import io.handspec.samples.kayako.client.model.TestInput;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kayako docs: `fields` and the `_`-arguments "can be used for all API requests", caching uses
 * If-Match, If-None-Match, If-Modified-Since and If-Unmodified-Since, URLs carry no `.json`, and
 * the Test resource's `user` is null without authentication. Every request is checked against the
 * spec, whose common parameters the check expands as the generator does.
 */
class KayakoSpecAccuracyTest {
    private static final String DATE = "Thu, 10 Sep 2015 16:17:04 +0000";
    private MockApi mock;
    private KayakoClient kayako;

    @BeforeEach
    void start() {
        mock = MockApi.start("/api/v1");
        kayako = KayakoClient.builder().baseUri(mock.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private void answer(String test) {
        mock.stub(any(urlPathEqualTo(mock.path("/tests/1")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":200,\"data\":" + test + ",\"resource\":\"test\"}")));
    }

    private List<LoggedRequest> requests() {
        return mock.requests().stream().map(e -> e.getRequest()).toList();
    }

    private List<String> problems() {
        return new SpecCheck(Path.of("../../specs/kayako.yaml")).problems(requests());
    }

    /**
     * Arrays in a form body go as one comma-separated value ("Arrays in requests: JSON array,
     * name[]=1&name[]=2, or comma-separated name=1,2,3"): a repeated {@code domains=a&domains=b}
     * is none of these, and a server reading the last value keeps one domain. Create and both
     * updates of organizations send the same list the same way.
     */
    @Test
    void everyOrganizationWriteSendsTheDomainsAsOneCommaSeparatedValue() {
        String organization =
                "{\"status\":200,\"data\":{\"id\":7,\"name\":\"Brewfictus\"},\"resource\":\"organization\"}";
        mock.stub(post(urlPathEqualTo(mock.path("/organizations")))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(organization)));
        mock.stub(put(urlPathEqualTo(mock.path("/organizations/7")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(organization)));
        mock.stub(put(urlPathEqualTo(mock.path("/organizations")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":200,\"total_count\":2}")));
        OrganizationInput input = OrganizationInput.builder()
                .name("Brewfictus")
                .domains(List.of("brewfictus.com", "brewfictus.org"))
                .build();
        kayako.organizations().createOrganization(input);
        kayako.organizations().updateOrganization(7L, input);
        kayako.organizations().updateOrganizations(List.of(7L, 8L), input);
        List<LoggedRequest> sent = requests();
        assertEquals(3, sent.size());
        for (LoggedRequest r : sent) {
            assertEquals(
                    "name=Brewfictus&domains=brewfictus.com,brewfictus.org",
                    r.getBodyAsString(),
                    r.getMethod() + " " + r.getUrl());
        }
        // not run through SpecCheck: its request validator reads a form body's array only in the exploded form
    }

    @Test
    void theCommonArgumentsGoOnOperationsThatNeverListedThem() {
        mock.stub(delete(urlPathEqualTo(mock.path("/tests")))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":200,\"total_count\":2}")));
        kayako.tests()
                .deleteTests(
                        List.of(998L, 999L),
                        TestsApi.DeleteTestsParams.builder()
                                .fields("status")
                                .include("*")
                                .empty(false)
                                .case_(NameCase.CAMEL)
                                .flat(true)
                                .build());
        LoggedRequest sent = requests().get(0);
        assertEquals("/api/v1/tests", URI.create(sent.getUrl()).getPath(), "no .json, as the docs' URLs");
        assertEquals("998,999", sent.queryParameter("ids").firstValue());
        assertEquals("status", sent.queryParameter("fields").firstValue());
        assertEquals("*", sent.queryParameter("include").firstValue());
        assertEquals("false", sent.queryParameter("_empty").firstValue());
        assertEquals("camel", sent.queryParameter("_case").firstValue());
        assertEquals("true", sent.queryParameter("_flat").firstValue());
        assertEquals(List.of(), problems());
    }

    @Test
    void theDateConditionsGoOnEveryOperationAndA412IsTyped() {
        mock.stub(
                delete(urlPathEqualTo(mock.path("/tests/1")))
                        .willReturn(
                                aResponse()
                                        .withStatus(412)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"status\":412,\"errors\":[{\"code\":\"RESOURCE_MODIFIED\",\"message\":\"Modified\"}]}")));
        assertThrows(ApiException.PreconditionFailed.class, () -> kayako.tests()
                .deleteTest(
                        1L,
                        TestsApi.DeleteTestParams.builder()
                                .ifUnmodifiedSince(DATE)
                                .build()));
        mock.stub(get(urlPathEqualTo(mock.path("/tests/1")))
                .willReturn(aResponse().withStatus(304)));
        kayako.tests()
                .withRawResponse()
                .getTest(
                        1L,
                        TestsApi.GetTestParams.builder().ifModifiedSince(DATE).build());
        assertEquals(DATE, requests().get(0).getHeader("If-Unmodified-Since"));
        assertEquals("/api/v1/tests/1", requests().get(0).getUrl());
        assertEquals(DATE, requests().get(1).getHeader("If-Modified-Since"));
        mock.server().resetMappings();
        answer("{\"id\":1,\"is_boolean\":false}");
        kayako.tests()
                .updateTest(
                        1L,
                        TestInput.builder().isBoolean(false).build(),
                        TestsApi.UpdateTestParams.builder().ifNoneMatch("\"x\"").build());
        assertEquals("\"x\"", requests().get(2).getHeader("If-None-Match"));
        assertEquals(List.of(), problems());
    }

    @Test
    void a304IsAnExplicitNotModifiedResultNotANull() {
        mock.stub(get(urlPathEqualTo(mock.path("/tests/1")))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"e1\"")));
        io.handspec.runtime.NotModifiedException e =
                assertThrows(io.handspec.runtime.NotModifiedException.class, () -> kayako.tests()
                        .getTest(
                                1L,
                                TestsApi.GetTestParams.builder()
                                        .ifNoneMatch("\"e1\"")
                                        .build()));
        assertEquals("\"e1\"", e.etag().orElseThrow());
    }

    @Test
    void theTestsUserIsNullWithoutAuthenticationAndAReferenceWithIt() {
        answer("{\"id\":1,\"name\":\"Caryn Pryor\",\"user\":null,\"resource_type\":\"test\"}");
        assertNull(kayako.tests().getTest(1L).user());
        mock.server().resetMappings();
        answer(
                "{\"id\":1,\"name\":\"Caryn Pryor\",\"user\":{\"id\":5,\"resource_type\":\"user\"},\"resource_type\":\"test\"}");
        assertEquals(5L, kayako.tests().getTest(1L).user().id());
    }

    @Test
    void theCheckKnowsTheCommonArgumentsTypes() throws Exception {
        answer("{\"id\":1}");
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/tests/1?_empty=maybe&_case=upper"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        List<String> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("_empty") || problems.get(1).contains("_empty"), problems.toString());
        assertTrue(String.join(" ", problems).contains("upper"), problems.toString());
    }
}
