package io.handspec.generator.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One vendor page a spec describes ({@code info.x-handspec-sources}), with the digest of its normalised
 * text when the spec was last reviewed against it.
 *
 * @param url      the page, absolute http(s)
 * @param sha256   SHA-256 of the page's normalised text (64 lower-case hex digits), which is also the
 *                 digest of the snapshot file kept beside the spec
 * @param reviewed the day the spec was last checked against the page
 * @param selector a CSS selector naming the part of an HTML page that is the documentation, or {@code ""}
 *                 for the whole page
 */
public record DocSource(URI url, String sha256, LocalDate reviewed, String selector) {
    private static final int MAX_NAME = 120;
    private static final java.util.regex.Pattern USER_INFO =
            java.util.regex.Pattern.compile("^(\\s*[A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");

    /**
     * {@code url} with any {@code user:password@} part removed, for messages and reports: an address a
     * server redirects to, or one a user wrote, may carry a secret that must not end up in a build log.
     */
    public static String redacted(String url) {
        return USER_INFO.matcher(url).replaceFirst("$1");
    }

    /**
     * The snapshot's file name, derived from the URL: host and path with every run of characters other
     * than letters, digits, {@code .}, {@code _} and {@code -} turned into one {@code -}, plus {@code .txt}
     * ({@code https://kiliaro.io/docs/intro} gives {@code kiliaro.io-docs-intro.txt}).
     */
    public String snapshotName() {
        String raw = url.getHost()
                + (url.getRawPath() == null ? "" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "-" + url.getRawQuery());
        String name =
                raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name + ".txt";
    }
}
