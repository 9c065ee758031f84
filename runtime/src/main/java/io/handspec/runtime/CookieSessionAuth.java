package io.handspec.runtime;

import java.net.HttpCookie;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cookie sessions, as Toggl's: requests authenticate with {@code initial} (Basic) until an answer
 * sets the session cookie ({@code __Host-timer-session}); from then on the cookie is sent instead.
 * When the server stops accepting it (401 or 403), the cookie is dropped and the request is sent
 * once more with {@code initial}.
 *
 * <pre>{@code
 * TogglTrackClient toggl = TogglTrackClient.builder()
 *     .authentication(new CookieSessionAuth(Auth.basic(email, password), "__Host-timer-session"))
 *     .build();
 * toggl.me().createSession();   // the answer's Set-Cookie is kept
 * }</pre>
 */
public final class CookieSessionAuth implements Authentication {
    private final Authentication initial;
    private final String cookieName;
    private volatile String cookie;

    public CookieSessionAuth(Authentication initial, String cookieName) {
        this.initial = initial;
        this.cookieName = cookieName;
    }

    @Override
    public void apply(AuthTarget target) {
        String value = cookie;
        if (value == null) {
            initial.apply(target);
        } else {
            target.setHeader("Cookie", cookieName + "=" + value);
        }
    }

    @Override
    public void onResponse(HttpResult result) {
        List<String> setCookies = result.headers().getOrDefault("Set-Cookie", List.of());
        for (String header : setCookies) {
            try {
                for (HttpCookie c : HttpCookie.parse(header)) {
                    if (c.getName().equals(cookieName)) {
                        cookie = c.getMaxAge() == 0 || c.getValue().isEmpty() ? null : c.getValue();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // not a cookie this client can use
            }
        }
    }

    @Override
    public boolean recover(int status) {
        if ((status == 401 || status == 403) && cookie != null) {
            cookie = null;
            return true;
        }
        return false;
    }

    /** The session cookie's value, or {@code null} before a response set it. */
    public String sessionCookie() {
        return cookie;
    }

    @Override
    public Set<String> secrets() {
        Set<String> all = new HashSet<>(initial.secrets());
        if (cookie != null) {
            all.add(cookie);
        }
        return all;
    }

    @Override
    public String toString() {
        return "cookie session " + cookieName + " (redacted)";
    }
}
