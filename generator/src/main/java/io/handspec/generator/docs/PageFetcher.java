package io.handspec.generator.docs;

import io.handspec.generator.model.DocSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Fetches a page over http(s) and returns its normalised text: HTML through {@link HtmlText}, plain
 * text and Markdown as they are. Redirects are followed by hand (so their number is limited and a
 * redirect to anything but http(s) is refused), every request has one deadline for connecting and
 * reading the whole body, and the body's size is limited.
 */
final class PageFetcher {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

    /** What fetching one page gave. */
    sealed interface Outcome permits Text, Failure {}

    /**
     * The page's normalised text.
     *
     * @param text     normalised text
     * @param finalUrl where it was read, after redirects
     */
    record Text(String text, URI finalUrl) implements Outcome {}

    /** Why the page could not be read. */
    record Failure(String reason) implements Outcome {}

    private final HttpClient client;
    private final FetchOptions options;

    PageFetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .build();
    }

    Outcome fetch(URI url, String selector) {
        URI at = url;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response;
            try {
                response = get(at);
            } catch (IOException e) {
                return new Failure(describe(e, at));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Failure("interrupted while reading " + shown(at));
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new Failure("HTTP " + status + " from " + shown(at) + " without a Location header");
                }
                URI next;
                try {
                    next = at.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    return new Failure("redirected from " + shown(at) + " to '" + DocSource.redacted(location.strip())
                            + "', which is not a valid address");
                }
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return new Failure(
                            "redirected from " + shown(at) + " to " + shown(next) + ", which is not http(s)");
                }
                if (redirects >= options.maxRedirects()) {
                    return new Failure("more than " + options.maxRedirects() + " redirects (last to " + shown(next)
                            + "); name the page's final address in the spec");
                }
                at = next;
                continue;
            }
            if (status < 200 || status >= 300) {
                return new Failure("HTTP " + status + " from " + shown(at));
            }
            try {
                byte[] body = BodyDecoding.decode(
                        response.body(),
                        response.headers().firstValue("Content-Encoding").orElse(""),
                        options.maxBytes());
                return text(response, body, at, selector);
            } catch (IOException e) {
                return new Failure(describe(e, at));
            }
        }
    }

    private HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html, text/markdown, text/plain;q=0.9, */*;q=0.5")
                .GET()
                .build();
        LimitedBody body = new LimitedBody(options.maxBytes());
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(
                request,
                info -> info.statusCode() >= 200 && info.statusCode() < 300
                        ? body
                        : HttpResponse.BodySubscribers.replacing(new byte[0]));
        try {
            // one deadline for the whole answer: the request timeout alone stops at the headers
            return future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException(
                    "no complete answer within " + options.timeout().toMillis() + " ms");
        } catch (CancellationException e) {
            throw new IOException("the request was cancelled", e);
        } catch (ExecutionException e) {
            if (body.tooLarge()) {
                // the client reports the cancelled download as its own error; the reason is ours
                throw new LimitedBody.TooLarge(options.maxBytes());
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private static Outcome text(HttpResponse<byte[]> response, byte[] body, URI at, String selector) {
        String type = response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .toLowerCase(Locale.ROOT)
                .strip();
        Charset charset = charset(type);
        boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml");
        if (type.isEmpty()) {
            String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                    .stripLeading()
                    .toLowerCase(Locale.ROOT);
            html = start.startsWith("<!doctype html") || start.startsWith("<html");
        } else if (!html && !textual(type)) {
            return new Failure("answered " + type + " from " + shown(at) + ", which is not a text page");
        }
        if (html) {
            try {
                String text = HtmlText.of(
                        Jsoup.parse(
                                new ByteArrayInputStream(body), charset == null ? null : charset.name(), at.toString()),
                        selector);
                return text == null
                        ? new Failure("selector '" + selector + "' picks nothing on " + shown(at)
                                + "; the page's layout changed, or fix the selector in the spec")
                        : new Text(text, at);
            } catch (IOException e) {
                return new Failure("cannot read the HTML of " + shown(at) + ": " + e.getMessage());
            }
        }
        return new Text(PageText.normalise(new String(body, charset == null ? StandardCharsets.UTF_8 : charset)), at);
    }

    private static boolean textual(String type) {
        return type.startsWith("text/")
                || type.startsWith("application/json")
                || type.startsWith("application/xml")
                || type.startsWith("application/yaml")
                || type.startsWith("application/x-yaml")
                || type.startsWith("application/markdown");
    }

    private static Charset charset(String type) {
        Matcher m = CHARSET.matcher(type);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code url} as messages show it: without credentials a redirect may have put in it. */
    private static String shown(URI url) {
        return DocSource.redacted(url.toString());
    }

    private static String describe(IOException e, URI at) {
        if (e instanceof HttpTimeoutException) {
            return "timed out reading " + shown(at) + " (" + e.getMessage() + ")";
        }
        if (e instanceof LimitedBody.TooLarge) {
            return e.getMessage() + ": " + shown(at);
        }
        String what = e.getClass().getSimpleName();
        if (e instanceof BodyDecoding.Unsupported) {
            return e.getMessage() + ": " + shown(at);
        }
        return "cannot read " + shown(at) + ": " + what + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
