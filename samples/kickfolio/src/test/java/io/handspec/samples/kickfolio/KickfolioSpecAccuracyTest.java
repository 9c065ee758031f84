package io.handspec.samples.kickfolio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.handspec.runtime.ApiException;
import io.handspec.runtime.Auth;
import io.handspec.samples.kickfolio.client.KickfolioClient;
import io.handspec.samples.kickfolio.client.api.AppsApi;
import io.handspec.samples.kickfolio.client.model.AppVersionInput;
import io.handspec.samples.kickfolio.client.model.ErrorBody;
import io.handspec.samples.kickfolio.client.model.VersionInput;
import io.handspec.samples.support.MockApi;
import io.handspec.samples.support.SpecCheck;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kickfolio docs' Required inputs, the Ember Data `ids[]` filter, 500 with the error body, the `X` password. */
class KickfolioSpecAccuracyTest {
    private MockApi mock;
    private KickfolioClient kickfolio;

    @BeforeEach
    void start() {
        mock = MockApi.start("/api");
        kickfolio = KickfolioClient.builder()
                .baseUri(mock.baseUrl())
                .tokenBasic("MY_RAW_AUTH_TOKEN")
                .build();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    private List<String> problems() {
        List<LoggedRequest> requests =
                mock.requests().stream().map(e -> e.getRequest()).toList();
        // the vendor Accept names the API version, not a media type (see KickfolioSampleTest)
        return new SpecCheck(Path.of("../../specs/kickfolio.yaml"), List.of("validation.request.accept.notAllowed"))
                .problems(requests);
    }

    @Test
    void theIdsFilterIsSentAsEmberDataBulkLoadingSendsIt() {
        mock.stub(get(urlPathEqualTo(mock.path("/apps"))).willReturn(okJson("{\"apps\":[]}")));
        kickfolio
                .apps()
                .listApps(AppsApi.ListAppsParams.builder()
                        .ids(List.of("a1", "b2"))
                        .build());
        LoggedRequest sent = mock.requests().get(0).getRequest();
        assertEquals(List.of("a1", "b2"), sent.queryParameter("ids[]").values(), sent.getUrl());
        assertEquals(List.of(), problems());
    }

    @Test
    void bundleUrlIsRequiredAlwaysAndAppIdUnlessThePathNamesTheApp() {
        assertThrows(
                IllegalStateException.class, () -> AppVersionInput.builder().build());
        assertThrows(IllegalStateException.class, () -> VersionInput.builder()
                .bundleUrl(URI.create("https://example.org/app.zip"))
                .build());
        AppVersionInput.builder()
                .bundleUrl(URI.create("https://example.org/app.zip"))
                .build();
    }

    @Test
    void theCheckRefusesAVersionWithoutItsApp() throws Exception {
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/versions"))
                                .header("Authorization", "Basic TVlfUkFXX0FVVEhfVE9LRU4=")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"version\":{\"bundle_url\":\"https://example.org/app.zip\"}}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("app_id"), problems.toString());
    }

    @Test
    void a500CarriesTheErrorBodyAndIsNotRetried() {
        mock.stub(get(urlPathEqualTo(mock.path("/apps/ABCD123")))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Internal server error\",\"code\":\"internal_server_error\"}")));
        ApiException.ServerError e = assertThrows(
                ApiException.ServerError.class, () -> kickfolio.apps().getApp("ABCD123"));
        assertEquals(
                "internal_server_error", e.error(ErrorBody.class).orElseThrow().code());
        assertEquals(1, mock.requests().size());
        assertEquals(List.of(), problems());
    }

    @Test
    void aClientThatInsistsOnAPasswordMaySendX() {
        mock.stub(get(urlPathEqualTo(mock.path("/apps"))).willReturn(okJson("{\"apps\":[]}")));
        KickfolioClient withX = KickfolioClient.builder()
                .baseUri(mock.baseUrl())
                .authentication(Auth.basic("MY_RAW_AUTH_TOKEN", "X"))
                .build();
        withX.apps().listApps();
        assertEquals(
                "Basic " + Base64.getEncoder().encodeToString("MY_RAW_AUTH_TOKEN:X".getBytes(StandardCharsets.UTF_8)),
                mock.requests().get(0).getRequest().getHeader("Authorization"));
        assertEquals(List.of(), problems());
    }
}
