package io.handspec.generator.model;

import java.util.List;

/**
 * {@code x-handspec-errors}: the error body every operation's error statuses carry unless the
 * operation types its own (exact status, then range, then {@code default}, then this).
 *
 * @param type     the error body type
 * @param statuses exact statuses ({@code "404"}) and ranges ({@code "4XX"}), in the spec's order
 */
public record ApiErrors(TypeRef type, List<String> statuses) {
    public ApiErrors {
        statuses = List.copyOf(statuses);
    }
}
