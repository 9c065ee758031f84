package io.handspec.samples.kalo;

import io.handspec.samples.kalo.client.KaloClient;
import io.handspec.samples.support.MockApi;
import java.util.UUID;

/**
 * Runs the Kalo flow against an embedded mock, or against the real API when {@code KALO_BASE_URL}
 * and {@code KALO_API_KEY} are set ({@code KALO_MISSING_TASK} names a task id that does not exist).
 */
public final class KaloSample {
    private KaloSample() {}

    public static void main(String[] args) {
        String baseUrl = System.getenv("KALO_BASE_URL");
        MockApi mock = baseUrl == null ? KaloMock.start() : null;
        try {
            KaloClient kalo = KaloClient.builder()
                    .baseUri(baseUrl != null ? baseUrl : mock.baseUrl())
                    .kaloApiKey(System.getenv().getOrDefault("KALO_API_KEY", "ea4fa026c1874a4fb40d1c4880d97bb4"))
                    .build();
            System.out.println("Kalo at " + kalo.config().baseUri() + (mock != null ? " (embedded mock)" : ""));
            KaloFlow.run(
                    kalo,
                    UUID.fromString(System.getenv().getOrDefault("KALO_MISSING_TASK", KaloMock.MISSING_TASK)),
                    System.out);
        } finally {
            if (mock != null) {
                mock.close();
            }
        }
    }
}
