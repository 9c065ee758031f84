package io.handspec.samples.kickfolio;

import io.handspec.samples.kickfolio.client.KickfolioClient;
import io.handspec.samples.support.MockApi;

/**
 * Runs the Kickfolio flow against an embedded mock, or against the real API when
 * {@code KICKFOLIO_BASE_URL} and {@code KICKFOLIO_TOKEN} are set.
 */
public final class KickfolioSample {
    private KickfolioSample() {}

    public static void main(String[] args) {
        String baseUrl = System.getenv("KICKFOLIO_BASE_URL");
        MockApi mock = baseUrl == null ? KickfolioMock.start() : null;
        try {
            KickfolioClient kickfolio = KickfolioClient.builder()
                    .baseUri(baseUrl != null ? baseUrl : mock.baseUrl())
                    .tokenBasic(System.getenv().getOrDefault("KICKFOLIO_TOKEN", "MY_RAW_AUTH_TOKEN"))
                    .build();
            System.out.println(
                    "Kickfolio at " + kickfolio.config().baseUri() + (mock != null ? " (embedded mock)" : ""));
            KickfolioFlow.run(kickfolio, System.out);
        } finally {
            if (mock != null) {
                mock.close();
            }
        }
    }
}
