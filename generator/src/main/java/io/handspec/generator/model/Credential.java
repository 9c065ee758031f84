package io.handspec.generator.model;

import java.util.List;

/**
 * What a client must send for one security scheme, one record per credential form with exactly
 * its fields. Consumers call {@link #match}, which takes one function per form: adding a form adds
 * a parameter, and the compiler lists every place that must handle it.
 */
public sealed interface Credential
        permits Credential.ApiKey,
                Credential.Basic,
                Credential.BasicFixedPassword,
                Credential.BasicTokenOnly,
                Credential.Bearer,
                Credential.OAuth2,
                Credential.Session,
                Credential.CookieSession {

    /** Applies the function for this form. */
    <R> R match(Cases<R> cases);

    /**
     * One function per credential form, for {@link #match}.
     *
     * @param <R> the result
     */
    interface Cases<R> {
        /** {@code type: apiKey}. */
        R apiKey(ApiKey k);

        /** {@code scheme: basic}: user and password. */
        R basic(Basic b);

        /** Basic with a constant password. */
        R basicFixedPassword(BasicFixedPassword b);

        /** Basic with the token alone. */
        R basicTokenOnly(BasicTokenOnly b);

        /** {@code scheme: bearer} and other HTTP schemes. */
        R bearer(Bearer b);

        /** {@code type: oauth2} or {@code openIdConnect}. */
        R oauth2(OAuth2 o);

        /** A session opened with Basic. */
        R session(Session s);

        /** A session cookie opened with Basic. */
        R cookieSession(CookieSession s);
    }

    /** Where an API key goes. */
    enum Location {
        HEADER,
        QUERY,
        COOKIE
    }

    /**
     * An API key.
     *
     * @param in   where it goes
     * @param name the header, query parameter or cookie name
     */
    record ApiKey(Location in, String name) implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.apiKey(this);
        }
    }

    /** HTTP Basic with user and password. */
    record Basic() implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.basic(this);
        }
    }

    /**
     * HTTP Basic whose user name is a token and whose password is a constant ({@code x-handspec-auth: {password: ..}}).
     *
     * @param password the constant password
     */
    record BasicFixedPassword(String password) implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.basicFixedPassword(this);
        }
    }

    /** HTTP Basic carrying base64 of the token alone ({@code x-handspec-auth: token-only}). */
    record BasicTokenOnly() implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.basicTokenOnly(this);
        }
    }

    /** A bearer token. */
    record Bearer() implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.bearer(this);
        }
    }

    /**
     * OAuth2 (or OpenID Connect): a bearer token obtained elsewhere.
     *
     * @param scopes the scopes of every flow, in order
     */
    record OAuth2(List<String> scopes) implements Credential {
        public OAuth2 {
            scopes = List.copyOf(scopes);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.oauth2(this);
        }
    }

    /**
     * A session ({@code x-handspec-auth: {session: ..}}): Basic first, then the session id the server
     * returned, sent in a header; a given status means the session is gone.
     *
     * @param header        the header the session id is sent in
     * @param bodyField     the response body field holding a new session id
     * @param csrfHeader    the header a CSRF token comes in and is sent back in on writes, or {@code null}
     * @param expiredStatus the status meaning the session is gone
     */
    record Session(String header, String bodyField, String csrfHeader, int expiredStatus) implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.session(this);
        }
    }

    /**
     * A session cookie ({@code x-handspec-auth: cookie-session} on an {@code apiKey} cookie scheme):
     * requests authenticate with Basic (e-mail and password) until an answer sets the cookie, then send
     * the cookie; a refused cookie is dropped and Basic is used again.
     *
     * @param cookieName the cookie's name
     */
    record CookieSession(String cookieName) implements Credential {
        @Override
        public <R> R match(Cases<R> cases) {
            return cases.cookieSession(this);
        }
    }
}
