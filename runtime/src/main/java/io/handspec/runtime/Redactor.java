package io.handspec.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces credentials with {@code ***} in URIs, headers and messages. Reads the credentials'
 * {@link Secrets} live, so a token registered a moment ago is already masked. Header and query names
 * come from the configured credentials; only the HTTP standard's own credential headers are built in.
 */
final class Redactor {
    static final String MASK = "***";
    /** Headers that carry credentials in any API (RFC 9110, RFC 6265). */
    static final Set<String> STANDARD_CREDENTIAL_HEADERS =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private final List<Secrets> secrets = new ArrayList<>();
    private final Set<String> headerNames = new HashSet<>(STANDARD_CREDENTIAL_HEADERS);
    private final Set<String> queryNames = new HashSet<>();
    /** Compiled once per secret; secrets are never forgotten either, so this grows no faster than they do. */
    private final Map<String, java.util.regex.Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

    Redactor(List<Authentication> auths, Secrets configured) {
        secrets.add(configured);
        for (Authentication auth : auths) {
            secrets.add(auth.secrets());
            auth.credentialHeaders().forEach(h -> headerNames.add(h.toLowerCase(Locale.ROOT)));
            queryNames.addAll(auth.credentialQueryNames());
        }
    }

    /** Whether a header with this name carries a credential. */
    boolean isCredentialHeader(String name) {
        return headerNames.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a query parameter with this (decoded) name carries a credential. */
    boolean isCredentialQuery(String name) {
        return queryNames.contains(name);
    }

    String text(String message) {
        if (message == null) {
            return null;
        }
        List<String> known = new ArrayList<>();
        secrets.forEach(s -> known.addAll(s.values()));
        // longest first, so a secret that contains another is masked whole
        known.sort(Comparator.comparingInt(String::length).reversed());
        // plain text (every URI and header on every request) needs no pattern: only escapes make one worth it
        boolean escaped = message.indexOf('%') >= 0 || message.indexOf('\\') >= 0 || message.indexOf('+') >= 0;
        String out = message;
        for (String secret : known) {
            if (secret.isEmpty()) {
                continue;
            }
            out = escaped
                    ? patterns.computeIfAbsent(secret, SecretPattern::of)
                            .matcher(out)
                            .replaceAll(MASK)
                    : out.replace(secret, MASK);
        }
        return out;
    }

    /**
     * The first {@code shown} characters of a body's start, masked; when the body went on past that
     * start ({@code cut}), a secret cut at its end is masked too.
     */
    String preview(String start, boolean cut, int shown) {
        String masked = text(start);
        if (cut) {
            masked = maskCutSecret(masked);
        }
        return masked.length() > shown ? masked.substring(0, shown) : masked;
    }

    /** {@code text} with a trailing start of a secret (cut off after it) replaced by the mask. */
    private String maskCutSecret(String text) {
        int longest = 0;
        for (Secrets s : secrets) {
            for (String secret : s.values()) {
                for (String form : List.of(secret, UrlEncoding.encode(secret))) {
                    for (int k = Math.min(form.length() - 1, text.length()); k > longest; k--) {
                        if (text.endsWith(form.substring(0, k))) {
                            longest = k;
                        }
                    }
                }
            }
        }
        return longest == 0 ? text : text.substring(0, text.length() - longest) + MASK;
    }

    String uri(String uri) {
        int q = uri.indexOf('?');
        if (q < 0) {
            return text(uri);
        }
        StringBuilder out = new StringBuilder(uri.substring(0, q + 1));
        String[] pairs = uri.substring(q + 1).split("&");
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            String decoded = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
            out.append(i == 0 ? "" : "&");
            out.append(isCredentialQuery(decoded) && eq >= 0 ? name + "=" + MASK : pairs[i]);
        }
        return text(out.toString());
    }

    Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            List<String> redacted = new ArrayList<>();
            for (String value : values) {
                redacted.add(isCredentialHeader(name) ? MASK : text(value));
            }
            out.put(name, redacted);
        });
        return out;
    }
}
