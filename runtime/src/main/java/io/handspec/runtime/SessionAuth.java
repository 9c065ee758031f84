package io.handspec.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sessions opened by a credential: the first request authenticates with {@code initial} (usually
 * Basic); the answer's body field names a session id (and a header a CSRF token), which later
 * requests send in a header instead (the CSRF token on writes). When a request sent with a session
 * is answered with {@code expiredStatus}, that session is dropped and the request is sent again.
 *
 * <p>Safe to share between threads: the session is one immutable value swapped atomically, so a
 * request never carries the id of one session with the CSRF token of another; and logins are single
 * flight: while one request opens a session, every other request waits for it instead of opening its own.
 * A login that is refused, or gets no answer, fails the requests waiting for it with a
 * {@link HandspecException} naming the status; the next request starts one new login.
 * The header names, body field and status come from the spec.
 */
public final class SessionAuth implements Authentication {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Authentication initial;
    private final String sessionHeader;
    private final String bodyField;
    private final String csrfHeader;
    private final int expiredStatus;
    private final Secrets secrets = new Secrets();
    private final AtomicReference<State> state = new AtomicReference<>(State.NONE);

    /**
     * @param initial       the credential that opens a session (usually {@link Auth#basic})
     * @param sessionHeader the header the session id is sent in
     * @param bodyField     the response body field holding a new session id
     * @param csrfHeader    the header a CSRF token comes in and is sent back in on writes, or {@code null}
     * @param expiredStatus the status that means the session is gone
     */
    public SessionAuth(
            Authentication initial, String sessionHeader, String bodyField, String csrfHeader, int expiredStatus) {
        this.initial = initial;
        this.sessionHeader = HeaderValues.checkName(sessionHeader);
        this.bodyField = bodyField;
        this.csrfHeader = csrfHeader == null ? null : HeaderValues.checkName(csrfHeader);
        this.expiredStatus = expiredStatus;
        secrets.include(initial.secrets());
    }

    /** One session: its id and the CSRF token the server issued with it. */
    private record Session(String id, String csrf) {}

    /** Either a session, a login in flight, or neither. */
    private record State(Session session, CompletableFuture<Session> login) {
        static final State NONE = new State(null, null);
    }

    /** A request sent with a session. */
    private record WithSession(Session session, String sessionHeader, String csrfHeader) implements Credential {
        @Override
        public void applyTo(AuthTarget target) {
            target.setHeader(sessionHeader, session.id());
            if (csrfHeader != null
                    && session.csrf() != null
                    && !"GET".equals(target.method())
                    && !"HEAD".equals(target.method())) {
                target.setHeader(csrfHeader, session.csrf());
            }
        }
    }

    /** The one request that opens a session while others wait on {@code login}. */
    private record Login(Credential initial, CompletableFuture<Session> login) implements Credential {
        @Override
        public void applyTo(AuthTarget target) {
            initial.applyTo(target);
        }
    }

    @Override
    public CompletableFuture<Credential> acquire() {
        while (true) {
            State s = state.get();
            if (s.session() != null) {
                return CompletableFuture.completedFuture(new WithSession(s.session(), sessionHeader, csrfHeader));
            }
            if (s.login() != null) {
                // a refused login fails its waiters: each going off to log in by itself is a login storm
                return s.login().thenApply(session -> new WithSession(session, sessionHeader, csrfHeader));
            }
            CompletableFuture<Session> login = new CompletableFuture<>();
            if (state.compareAndSet(s, new State(null, login))) {
                CompletableFuture<Credential> opening;
                try {
                    opening = initial.acquire();
                } catch (RuntimeException e) {
                    opening = CompletableFuture.failedFuture(e);
                }
                return opening.handle((credential, error) -> {
                    if (error != null) {
                        refuseLogin(
                                login,
                                "its credential failed: "
                                        + ApiClient.unwrap(error).getClass().getSimpleName());
                        throw new java.util.concurrent.CompletionException(error);
                    }
                    return new Login(credential, login);
                });
            }
        }
    }

    @Override
    public void onResponse(Credential used, HttpResult result) {
        String id = sessionId(result);
        String csrf = csrfHeader == null ? null : result.header(csrfHeader).orElse(null);
        secrets.add(id).add(csrf);
        if (used instanceof Login login) {
            if (id == null) {
                refuseLogin(login.login(), "it was answered with status " + result.status() + " and no session id");
            } else {
                Session session = new Session(id, csrf);
                state.updateAndGet(s -> s.login() == login.login() ? new State(session, null) : s);
                login.login().complete(session);
            }
        } else if (used instanceof WithSession with) {
            Session before = with.session();
            Session after = id != null ? new Session(id, csrf) : csrf != null ? new Session(before.id(), csrf) : before;
            if (after != before) {
                state.updateAndGet(s -> s.session() == before ? new State(after, null) : s);
            }
        } else if (id != null) {
            state.compareAndSet(State.NONE, new State(new Session(id, csrf), null));
        }
        initial.onResponse(used, result);
    }

    @Override
    public void onFailure(Credential used) {
        if (used instanceof Login login) {
            refuseLogin(login.login(), "it got no answer");
        }
    }

    @Override
    public boolean expired(Credential used, int status) {
        if (status != expiredStatus || !(used instanceof WithSession with)) {
            return false;
        }
        state.updateAndGet(s -> s.session() == with.session() ? State.NONE : s);
        return true;
    }

    /** Ends a login without a session: its waiters fail, and the next request starts one new login. */
    private void refuseLogin(CompletableFuture<Session> login, String why) {
        state.updateAndGet(s -> s.login() == login ? State.NONE : s);
        login.completeExceptionally(
                new HandspecException("the session login this call waited for failed: " + why, null));
    }

    private String sessionId(HttpResult result) {
        if (result.body().length == 0 || result.body()[0] != '{') {
            return null;
        }
        try {
            JsonNode id = MAPPER.readTree(result.body()).get(bodyField);
            return id != null && id.isTextual() && !id.asText().isEmpty() ? id.asText() : null;
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    /** The current session id, or {@code null} when no session is open. */
    public String sessionId() {
        Session s = state.get().session();
        return s == null ? null : s.id();
    }

    @Override
    public Secrets secrets() {
        return secrets;
    }

    @Override
    public Set<String> credentialHeaders() {
        Set<String> all = new HashSet<>(initial.credentialHeaders());
        all.add(sessionHeader);
        if (csrfHeader != null) {
            all.add(csrfHeader);
        }
        return all;
    }

    @Override
    public Set<String> credentialQueryNames() {
        return initial.credentialQueryNames();
    }

    @Override
    public String toString() {
        return "session auth (redacted)";
    }
}
