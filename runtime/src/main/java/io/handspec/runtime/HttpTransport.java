package io.handspec.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * The seam between a generated client and the network. The default is {@link JdkHttpTransport};
 * plug in another HTTP stack by implementing this one method.
 *
 * <p>Implementations must not follow redirects themselves: the client does, so that credentials
 * are never sent to another origin.
 */
@FunctionalInterface
public interface HttpTransport {

    /** Sends one HTTP exchange. I/O failures complete the future exceptionally with an {@link java.io.IOException}. */
    CompletableFuture<HttpResult> send(HttpCall call);
}
