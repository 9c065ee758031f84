package io.handspec.generator.model;

import java.util.List;

/**
 * One operation.
 *
 * @param operationId  its id (derived from method and path when the spec has none)
 * @param tag          the first tag, or {@code "default"}
 * @param method       upper-case HTTP method
 * @param path         path template relative to the server
 * @param summary      one-line summary, may be empty
 * @param description  longer text, may be empty
 * @param deprecated   {@code deprecated: true}
 * @param parameters   path, query, header and cookie parameters
 * @param requestBody  the body, or {@code null}
 * @param responses    declared responses in status order
 * @param pagination   how it pages, or {@code null}
 * @param envelope     where the payload sits in request and response
 */
public record Operation(
        String operationId,
        String tag,
        String method,
        String path,
        String summary,
        String description,
        boolean deprecated,
        List<Parameter> parameters,
        RequestBody requestBody,
        List<Response> responses,
        Pagination pagination,
        Envelope envelope) {
    public Operation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
    }
}
