package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;

/**
 * Kayako-style sessions: the first request authenticates with Basic; the server returns a
 * {@code session_id} in the body (and an {@code X-CSRF-Token} header) which later requests send as
 * {@code X-Session-ID} (and {@code X-CSRF-Token} on writes) instead of the password. When the server
 * answers that the session is gone (status {@code expiredStatus}, 454 for Kayako), the session is
 * dropped and the request is sent again with Basic.
 */
public final class SessionAuth implements Authentication {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Authentication initial;
    private final String sessionHeader;
    private final String bodyField;
    private final int expiredStatus;
    private volatile String sessionId;
    private volatile String csrfToken;

    /**
     * @param initial       the credential that opens a session (usually {@link Auth#basic})
     * @param sessionHeader the header the session id is sent in ({@code X-Session-ID})
     * @param bodyField     the response body field holding a new session id ({@code session_id})
     * @param expiredStatus the status that means the session is gone (454)
     */
    public SessionAuth(Authentication initial, String sessionHeader, String bodyField, int expiredStatus) {
        this.initial = initial;
        this.sessionHeader = sessionHeader;
        this.bodyField = bodyField;
        this.expiredStatus = expiredStatus;
    }

    /** The Kayako form: Basic with email and password, then {@code X-Session-ID}; 454 means expired. */
    public static SessionAuth kayako(String email, String password) {
        return new SessionAuth(Auth.basic(email, password), "X-Session-ID", "session_id", 454);
    }

    @Override
    public void apply(AuthTarget target) {
        String id = sessionId;
        if (id == null) {
            initial.apply(target);
            return;
        }
        target.setHeader(sessionHeader, id);
        String csrf = csrfToken;
        if (csrf != null && !"GET".equals(target.method()) && !"HEAD".equals(target.method())) {
            target.setHeader("X-CSRF-Token", csrf);
        }
    }

    @Override
    public void onResponse(HttpResult result) {
        result.header("X-CSRF-Token").ifPresent(token -> csrfToken = token);
        if (result.body().length == 0 || result.body()[0] != '{') {
            return;
        }
        try {
            JsonNode id = MAPPER.readTree(result.body()).get(bodyField);
            if (id != null && id.isTextual() && !id.asText().isEmpty()) {
                sessionId = id.asText();
            }
        } catch (java.io.IOException notJson) {
            // not a JSON body: nothing to keep
        }
    }

    @Override
    public boolean recover(int status) {
        if (status == expiredStatus && sessionId != null) {
            sessionId = null;
            csrfToken = null;
            return true;
        }
        return false;
    }

    /** The current session id, or {@code null} before the first authenticated response. */
    public String sessionId() {
        return sessionId;
    }

    @Override
    public Set<String> secrets() {
        Set<String> all = new HashSet<>(initial.secrets());
        if (sessionId != null) {
            all.add(sessionId);
        }
        if (csrfToken != null) {
            all.add(csrfToken);
        }
        return all;
    }

    @Override
    public String toString() {
        return "session auth (redacted)";
    }
}
