package io.handspec.runtime;

import java.net.HttpCookie;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cookie sessions: requests authenticate with {@code initial} (Basic) until an answer sets the
 * session cookie; from then on the cookie is sent instead. When a request sent with the cookie is
 * refused (401 or 403), that cookie is dropped (unless another answer already replaced it) and the
 * request is sent once more with {@code initial}. The cookie is one value swapped atomically.
 *
 * <pre>{@code
 * ExampleClient client = ExampleClient.builder()
 *     .authentication(new CookieSessionAuth(Auth.basic(email, password), "session"))
 *     .build();
 * client.sessions().create();   // the answer's Set-Cookie is kept
 * }</pre>
 */
public final class CookieSessionAuth implements Authentication {
    private final Authentication initial;
    private final String cookieName;
    private final Secrets secrets = new Secrets();
    private final AtomicReference<String> cookie = new AtomicReference<>();

    public CookieSessionAuth(Authentication initial, String cookieName) {
        this.initial = initial;
        this.cookieName = cookieName;
        secrets.include(initial.secrets());
    }

    /** A request sent with the cookie {@code value}. */
    private record WithCookie(String name, String value) implements Credential {
        @Override
        public void applyTo(AuthTarget target) {
            target.setHeader("Cookie", name + "=" + value);
        }
    }

    @Override
    public CompletableFuture<Credential> acquire() {
        String value = cookie.get();
        return value == null ? initial.acquire() : CompletableFuture.completedFuture(new WithCookie(cookieName, value));
    }

    @Override
    public void onResponse(Credential used, HttpResult result) {
        List<String> setCookies = result.headers().getOrDefault("Set-Cookie", List.of());
        for (String header : setCookies) {
            try {
                for (HttpCookie c : HttpCookie.parse(header)) {
                    if (c.getName().equals(cookieName)) {
                        boolean cleared = c.getMaxAge() == 0 || c.getValue().isEmpty();
                        secrets.add(c.getValue());
                        cookie.set(cleared ? null : c.getValue());
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // not a cookie this client can use
            }
        }
        initial.onResponse(used, result);
    }

    @Override
    public boolean expired(Credential used, int status) {
        if ((status == 401 || status == 403) && used instanceof WithCookie with) {
            cookie.compareAndSet(with.value(), null);
            return true;
        }
        return false;
    }

    /** The session cookie's value, or {@code null} before a response set it. */
    public String sessionCookie() {
        return cookie.get();
    }

    @Override
    public Secrets secrets() {
        return secrets;
    }

    @Override
    public Set<String> credentialHeaders() {
        Set<String> all = new HashSet<>(initial.credentialHeaders());
        all.add("Cookie");
        return all;
    }

    @Override
    public String toString() {
        return "cookie session " + cookieName + " (redacted)";
    }
}
