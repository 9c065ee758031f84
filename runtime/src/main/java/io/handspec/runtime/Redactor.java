package io.handspec.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Replaces credentials with {@code ***} in URIs, headers and messages. */
final class Redactor {
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "x-session-id", "x-csrf-token", "x-token");
    static final String MASK = "***";

    private final Set<String> secrets = new HashSet<>();
    private final Set<String> queryNames = new HashSet<>();

    Redactor(Collection<Authentication> auths) {
        for (Authentication auth : auths) {
            auth.secrets().stream().filter(s -> s != null && s.length() >= 3).forEach(secrets::add);
            queryNames.addAll(auth.secretQueryNames());
        }
        queryNames.add("access_token");
        queryNames.add("apikey");
        queryNames.add("auth_token");
        queryNames.add("_session_id");
    }

    String text(String message) {
        if (message == null) {
            return null;
        }
        String out = message;
        for (String secret : secrets) {
            out = out.replace(secret, MASK).replace(UrlEncoding.encode(secret), MASK);
        }
        return out;
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
            out.append(i == 0 ? "" : "&");
            out.append(queryNames.contains(name) && eq >= 0 ? name + "=" + MASK : pairs[i]);
        }
        return text(out.toString());
    }

    Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            List<String> redacted = new ArrayList<>();
            for (String value : values) {
                redacted.add(SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : text(value));
            }
            out.put(name, redacted);
        });
        return out;
    }
}
