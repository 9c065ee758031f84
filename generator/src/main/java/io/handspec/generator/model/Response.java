package io.handspec.generator.model;

/**
 * One declared response.
 *
 * @param status      {@code "200"}, {@code "4XX"} or {@code "default"}
 * @param description its description
 * @param mediaType   the media type read, or {@code null} for none
 * @param type        the body type, or {@code null} for no body
 */
public record Response(String status, String description, String mediaType, TypeRef type) {

    /** Whether this is a 2xx or 3xx response. */
    public boolean success() {
        return status.startsWith("2") || status.equals("304");
    }

    /** The numeric status, or -1 for ranges and {@code default}. */
    public int code() {
        try {
            return Integer.parseInt(status);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
