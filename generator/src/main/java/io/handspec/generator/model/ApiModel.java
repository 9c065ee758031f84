package io.handspec.generator.model;

import java.util.List;

/**
 * Everything the generator needs to know about one API, free of parser types.
 *
 * @param title           {@code info.title}
 * @param version         {@code info.version}
 * @param description     {@code info.description}
 * @param servers         servers in order
 * @param securitySchemes security schemes in key order
 * @param operations      operations in path order
 * @param schemas         component schemas in key order
 * @param retry           the retry rules, or {@code null} for the runtime's defaults
 * @param timestamps      {@code x-handspec-timestamps}: how {@code date-time} values are typed
 * @param headers         {@code x-handspec-headers}: headers every request sends, such as a vendor {@code Accept}
 * @param errors          {@code x-handspec-errors}: the API-wide error body, or {@code null}
 */
public record ApiModel(
        String title,
        String version,
        String description,
        List<Server> servers,
        List<SecurityScheme> securitySchemes,
        List<Operation> operations,
        List<Schema> schemas,
        RetryRules retry,
        Timestamps timestamps,
        java.util.Map<String, String> headers,
        ApiErrors errors) {
    public ApiModel {
        headers = java.util.Map.copyOf(headers);
        servers = List.copyOf(servers);
        securitySchemes = List.copyOf(securitySchemes);
        operations = List.copyOf(operations);
        schemas = List.copyOf(schemas);
        description = description == null ? "" : description;
    }
}
