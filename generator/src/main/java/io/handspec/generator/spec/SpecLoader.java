package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec (a file, or a classpath resource named {@code classpath:path}), checks it, and converts
 * it into our {@link io.handspec.generator.model.ApiModel}. The only class that sees parser types.
 */
public final class SpecLoader {
    private static final String CLASSPATH = "classpath:";

    private SpecLoader() {}

    /** Loads {@code location}; every problem found is in the thrown exception, each with its place. */
    public static LoadedSpec load(String location) throws GenerationException {
        List<SpecProblem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        SpecText.Text text = read(location, problems);
        SourceIndex index = text == null ? null : SourceIndex.of(location, text, problems);
        if (index == null) {
            throw new GenerationException("cannot read spec " + location, problems);
        }
        Stage.log("read and index", t0);
        t0 = System.nanoTime();
        List<Path> inputs = new ArrayList<>();
        if (!location.startsWith(CLASSPATH)) {
            inputs.add(Path.of(location).toAbsolutePath().normalize());
        }
        if (index.has("/swagger")) {
            problems.add(
                    index.problem(
                            "/swagger",
                            "this is a Swagger 2.0 file; handspec reads OpenAPI 3.0 and 3.1. Convert it "
                                    + "once (swagger-parser's v2 converter or any editor that exports OpenAPI 3) and keep the 3.x file as the spec"));
            throw new GenerationException("spec " + location + " has 1 problem(s)", problems);
        }
        RefChecks.check(location, index, problems, inputs);
        problems.addAll(rawChecks(index));
        // a JSON text's tree is the very tree the parser would read, and goes to it; a YAML text's is not (the
        // parser reads YAML in its own way), so the parser reads the text again and ours is not kept beside it
        JsonNode tree = problems.isEmpty() && index.parserJson() ? sharedTree(index) : null;
        index.releaseTree();
        if (!problems.isEmpty()) {
            throw new GenerationException("spec " + location + " has " + problems.size() + " problem(s)", problems);
        }
        Stage.log("checks", t0);
        t0 = System.nanoTime();
        SwaggerParseResult result = parse(location, text, tree);
        tree = null;
        Stage.log("swagger-parser", t0);
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                ParserMessages.Translated translated = ParserMessages.translate(message);
                problems.add(index.problem(translated.pointer(), translated.message()));
            }
        }
        OpenAPI openAPI = result.getOpenAPI();
        if (openAPI == null && problems.isEmpty()) {
            problems.add(index.problem(
                    "", "not an OpenAPI 3.x document: it needs 'openapi: 3.0.3' (or 3.1.x), 'info' and 'paths'"));
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("spec " + location + " has " + problems.size() + " problem(s)", problems);
        }
        Problems cycles = new Problems(index);
        RefCycles.check(openAPI, cycles);
        if (!cycles.errors().isEmpty()) {
            throw new GenerationException(
                    "spec " + location + " has " + cycles.errors().size() + " problem(s)", cycles.errors());
        }
        t0 = System.nanoTime();
        new OpenApiNormalizer(openAPI).run();
        Stage.log("normalize", t0);
        t0 = System.nanoTime();
        LoadedSpec loaded = new ModelReader(openAPI, index).read(inputs);
        Stage.log("convert", t0);
        return loaded;
    }

    private static List<SpecProblem> rawChecks(SourceIndex index) {
        Problems raw = new Problems(index);
        try {
            RawChecks.check(index.tree(), index, raw);
        } catch (IOException e) {
            // the index already read the same text without error; nothing to add
            return List.of();
        }
        return raw.errors();
    }

    private static JsonNode sharedTree(SourceIndex index) {
        try {
            return index.tree();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Parses and resolves {@code text}, the content of {@code location}, which the parser would
     * otherwise read and decode again; {@code $ref}s are resolved relative to {@code location} as
     * when the parser reads it. With {@code tree}, the text's tree as the parser reads it, the text is
     * not read again.
     */
    private static SwaggerParseResult parse(String location, SpecText.Text text, JsonNode tree) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateExternalRefs(true);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SpecLoader.class.getClassLoader());
        try {
            String where = location.startsWith(CLASSPATH)
                    ? location.substring(CLASSPATH.length())
                    : Path.of(location).toAbsolutePath().toString();
            // the 3.x parser, which OpenAPIParser tries first; it is asked again only for a document the
            // 3.x parser cannot read, so that its messages are the ones every other parser leaves
            SwaggerParseResult result = tree == null
                    ? new OpenAPIV3Parser().readContents(text.text(), null, options, where)
                    : ParsedTree.parse(tree, options, where);
            return result.getOpenAPI() != null ? result : new OpenAPIParser().readLocation(where, null, options);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static SpecText.Text read(String location, List<SpecProblem> problems) {
        byte[] bytes;
        try {
            if (location.startsWith(CLASSPATH)) {
                String name = location.substring(CLASSPATH.length());
                try (InputStream in = SpecLoader.class
                        .getClassLoader()
                        .getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
                    if (in == null) {
                        problems.add(
                                new SpecProblem(
                                        location,
                                        0,
                                        0,
                                        "",
                                        "no such classpath resource; check the name and that the jar holding it is a dependency"));
                        return null;
                    }
                    bytes = in.readAllBytes();
                }
            } else {
                Path path = Path.of(location);
                if (!Files.isRegularFile(path)) {
                    problems.add(new SpecProblem(
                            location,
                            0,
                            0,
                            "",
                            "no such file; check the path (relative paths are relative to the working directory)"));
                    return null;
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new SpecProblem(location, 0, 0, "", "cannot read: " + e.getMessage()));
            return null;
        }
        SpecText.Result text = SpecText.decode(bytes);
        if (text instanceof SpecText.Unreadable u) {
            problems.add(new SpecProblem(location, u.line(), u.column(), "", u.message()));
            return null;
        }
        return (SpecText.Text) text;
    }
}
