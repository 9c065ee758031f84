package io.handspec.generator.model;

/**
 * {@code x-handspec-envelope}: where the payload sits.
 *
 * @param response JSON pointer of the payload in a success response ({@code ""} for the whole body)
 * @param request  root key the request body is wrapped in, or {@code null}
 */
public record Envelope(String response, String request) {
    /** The payload is the whole body both ways. */
    public static final Envelope NONE = new Envelope("", null);
}
