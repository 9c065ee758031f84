package io.handspec.runtime;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Shared set-up: a client against a WireMock server that records instead of sleeping. */
final class Fixtures {
    private Fixtures() {}

    /** Sleeps recorded instead of slept. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
        }
    }

    /** Listener events, kept for assertions. */
    static final class RecordingListener implements ExchangeListener {
        final List<Exchange> requests = Collections.synchronizedList(new ArrayList<>());
        final List<Exchange> responses = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onRequest(Exchange exchange) {
            requests.add(exchange);
        }

        @Override
        public void onResponse(Exchange exchange) {
            responses.add(exchange);
        }
    }

    static ClientConfig.Builder config(WireMockExtension wm, RecordingSleeper sleeper) {
        return ClientConfig.builder()
                .baseUri(URI.create(wm.baseUrl()))
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.builder().random(() -> 1.0).build())
                .requestTimeout(Duration.ofSeconds(5));
    }
}
