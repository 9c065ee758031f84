package io.handspec.generator.spec;

import io.handspec.generator.GenerationException;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.Envelope;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Converts a parsed, resolved and normalized {@link OpenAPI} into our {@link ApiModel}, each part by
 * its own reader; every problem any of them finds is in the one exception thrown at the end.
 */
final class ModelReader {
    private final OpenAPI api;
    private final Problems problems;

    ModelReader(OpenAPI api, SourceIndex index) {
        this.api = api;
        this.problems = new Problems(index);
    }

    LoadedSpec read(List<Path> inputs) throws GenerationException {
        Map<String, Object> root = api.getExtensions() == null ? Map.of() : api.getExtensions();
        EnvelopeReader envelopes = new EnvelopeReader(problems);
        Envelope defaultEnvelope =
                envelopes.read(root.get(EnvelopeReader.X_ENVELOPE), Envelope.NONE, "/" + EnvelopeReader.X_ENVELOPE);
        new CommonParametersReader(api, problems).apply(root.get(CommonParametersReader.X_COMMON));
        SchemaReader schemaReader = new SchemaReader(api, problems);
        List<Operation> operations = new OperationReader(
                        api, problems, schemaReader, new PaginationReader(problems, root), envelopes)
                .read(defaultEnvelope);
        List<Schema> schemas = schemaReader.components();
        ApiModel model = new ApiModel(
                api.getInfo() == null ? "API" : api.getInfo().getTitle(),
                api.getInfo() == null ? "" : api.getInfo().getVersion(),
                api.getInfo() == null ? "" : api.getInfo().getDescription(),
                new ServerReader(problems).read(api),
                new SecurityReader(problems).read(api),
                operations,
                schemas,
                new RetryReader(problems).read(root.get(RetryReader.X_RETRY)),
                TimestampsReader.read(root.get(TimestampsReader.X_TIMESTAMPS), problems),
                HeadersReader.read(root.get(HeadersReader.X_HEADERS), problems),
                ErrorsReader.read(root.get(ErrorsReader.X_ERRORS), problems, schemaReader));
        // read here only to fail the build on a malformed entry; the check-docs goal reads them itself
        new SourcesReader(problems)
                .read(
                        api.getInfo() == null || api.getInfo().getExtensions() == null
                                ? null
                                : api.getInfo().getExtensions().get(SourcesReader.X_SOURCES));
        if (!problems.errors().isEmpty()) {
            throw new GenerationException(
                    "spec " + problems.file() + " has " + problems.errors().size() + " problem(s)", problems.errors());
        }
        return new LoadedSpec(model, problems.warnings(), inputs);
    }
}
