package io.handspec.samples.kiliaro;

import io.handspec.samples.kiliaro.client.KiliaroClient;
import io.handspec.samples.support.MockApi;

/**
 * Runs the Kiliaro flow against an embedded mock, or against the real API when
 * {@code KILIARO_BASE_URL} and {@code KILIARO_API_KEY} are set ({@code KILIARO_EMAIL} and
 * {@code KILIARO_DIRECTORY} name a user and a directory there).
 */
public final class KiliaroSample {
    private KiliaroSample() {}

    public static void main(String[] args) {
        String baseUrl = System.getenv("KILIARO_BASE_URL");
        MockApi mock = baseUrl == null ? KiliaroMock.start() : null;
        try {
            KiliaroClient kiliaro = KiliaroClient.builder()
                    .baseUri(baseUrl != null ? baseUrl : mock.baseUrl())
                    .apiKey(System.getenv().getOrDefault("KILIARO_API_KEY", "t-95681817-b644-4874-a027-08e045f82ba2"))
                    .build();
            System.out.println("Kiliaro at " + kiliaro.config().baseUri() + (mock != null ? " (embedded mock)" : ""));
            KiliaroFlow.run(
                    kiliaro,
                    System.getenv().getOrDefault("KILIARO_EMAIL", "andreas@kiliaro.com"),
                    System.getenv().getOrDefault("KILIARO_DIRECTORY", KiliaroMock.DIRECTORY_ID),
                    System.out);
        } finally {
            if (mock != null) {
                mock.close();
            }
        }
    }
}
