package io.handspec.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON spec is read once: the tree the checks walk goes to the parser. What the parser makes of that
 * tree must be what it makes of the text it would otherwise read itself, for every spec the tests and
 * samples know (written as JSON; references resolved next to the original file, 3.0 and 3.1 alike).
 */
class ParsedTreeTest {
    static Stream<Path> specs() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden"));
                Stream<Path> real = Files.list(Path.of("../specs"))) {
            golden.map(d -> d.resolve("spec.yaml")).filter(Files::isRegularFile).forEach(all::add);
            real.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("redocly.yaml"))
                    .forEach(all::add);
        }
        return all.stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void theParserMakesOfOurTreeWhatItMakesOfTheText(Path yaml) throws Exception {
        JsonNode read = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(read);
        String where = yaml.toAbsolutePath().toString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateExternalRefs(true);

        SwaggerParseResult fromText = new OpenAPIV3Parser().readContents(json, null, options, where);
        List<io.handspec.generator.SpecProblem> problems = new ArrayList<>();
        SourceIndex index = SourceIndex.of(where, json, problems);
        assertNotNull(index, problems.toString());
        assertEquals(true, index.parserJson());
        SwaggerParseResult fromTree = ParsedTree.parse(index.tree(), options, where);

        assertEquals(fromText.getMessages(), fromTree.getMessages());
        assertEquals(written(fromText.getOpenAPI()), written(fromTree.getOpenAPI()));
    }

    private static String written(OpenAPI openAPI) throws Exception {
        assertNotNull(openAPI);
        boolean v31 = openAPI.getOpenapi().startsWith("3.1");
        return (v31 ? Json31.mapper() : Json.mapper())
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(openAPI);
    }
}
