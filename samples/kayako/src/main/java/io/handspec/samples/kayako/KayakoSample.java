package io.handspec.samples.kayako;

import io.handspec.samples.kayako.client.KayakoClient;
import io.handspec.samples.support.MockApi;

/**
 * Runs the Kayako flow against an embedded mock, or against a real instance when
 * {@code KAYAKO_SUBDOMAIN} is set (the Test resource is public; {@code KAYAKO_EMAIL} and
 * {@code KAYAKO_PASSWORD} add a session).
 */
public final class KayakoSample {
    private KayakoSample() {}

    public static void main(String[] args) {
        String subdomain = System.getenv("KAYAKO_SUBDOMAIN");
        MockApi mock = subdomain == null ? KayakoMock.start() : null;
        try {
            KayakoClient.Builder builder = KayakoClient.builder();
            if (mock != null) {
                builder.baseUri(mock.baseUrl());
            } else {
                builder.subdomain(subdomain);
            }
            if (System.getenv("KAYAKO_EMAIL") != null) {
                builder.session(System.getenv("KAYAKO_EMAIL"), System.getenv("KAYAKO_PASSWORD"));
            }
            KayakoClient kayako = builder.build();
            System.out.println("Kayako at " + kayako.config().baseUri() + (mock != null ? " (embedded mock)" : ""));
            KayakoFlow.run(kayako, System.out);
        } finally {
            if (mock != null) {
                mock.close();
            }
        }
    }
}
