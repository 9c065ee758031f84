package io.handspec.generator.docs;

import java.time.Duration;

/**
 * How pages are fetched.
 *
 * @param timeout      the longest one request may take, connecting and reading the whole body included
 * @param maxRedirects redirects followed per page before giving up
 * @param maxBytes     the largest body read; a larger page is unreachable rather than read without end
 * @param userAgent    the {@code User-Agent} sent
 */
public record FetchOptions(Duration timeout, int maxRedirects, long maxBytes, String userAgent) {}
