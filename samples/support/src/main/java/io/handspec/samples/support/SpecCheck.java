package io.handspec.samples.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks requests a client sent against the spec they were generated from, with Atlassian's
 * swagger-request-validator: a client that sends what the spec forbids (a missing required
 * parameter, a wrong body, a missing credential) fails its test.
 */
public final class SpecCheck {
    private final OpenApiInteractionValidator validator;

    /** A check against the spec file at {@code spec}. */
    public SpecCheck(Path spec) {
        this(spec, List.of());
    }

    /**
     * A check against the spec file at {@code spec} that ignores the validator's messages with these
     * keys (say why where you use it).
     */
    public SpecCheck(Path spec, List<String> ignoredKeys) {
        com.atlassian.oai.validator.report.LevelResolver.Builder levels =
                com.atlassian.oai.validator.report.LevelResolver.create();
        for (String key : ignoredKeys) {
            levels.withLevel(key, ValidationReport.Level.IGNORE);
        }
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(CommonParameters.expand(spec))
                .withLevelResolver(levels.build())
                .build();
    }

    /** The problems of every request, as text; empty when all are valid. */
    public List<String> problems(List<LoggedRequest> requests) {
        List<String> out = new ArrayList<>();
        for (LoggedRequest r : requests) {
            ValidationReport report = validator.validateRequest(toRequest(r));
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR) {
                    out.add(r.getMethod() + " " + r.getUrl() + ": " + m.getKey() + " " + m.getMessage());
                }
            }
        }
        return out;
    }

    private static Request toRequest(LoggedRequest r) {
        URI uri = URI.create(r.getUrl());
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getRawPath());
        for (Map.Entry<String, QueryParameter> q : r.getQueryParams().entrySet()) {
            b.withQueryParam(q.getKey(), q.getValue().values());
        }
        for (HttpHeader h : r.getHeaders().all()) {
            b.withHeader(h.key(), h.values());
        }
        if (r.getBody() != null && r.getBody().length > 0) {
            b.withBody(r.getBodyAsString());
        }
        return b.build();
    }
}
