package io.handspec.generator.spec;

import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a spec (a file, or a classpath resource named {@code classpath:path}), checks it, and converts
 * it into our {@link io.handspec.generator.model.ApiModel}. The only class that sees parser types.
 */
public final class SpecLoader {
    private static final String CLASSPATH = "classpath:";

    private SpecLoader() {
    }

    /** Loads {@code location}; every problem found is in the thrown exception, each with its place. */
    public static LoadedSpec load(String location) throws GenerationException {
        List<SpecProblem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        String text = read(location, problems);
        SourceIndex index = text == null ? null : SourceIndex.of(location, text, problems);
        if (index == null) {
            throw new GenerationException("cannot read spec " + location, problems);
        }
        List<Path> inputs = new ArrayList<>();
        if (!location.startsWith(CLASSPATH)) {
            inputs.add(Path.of(location).toAbsolutePath().normalize());
        }
        checkRefs(location, index, problems, inputs);
        if (!problems.isEmpty()) {
            throw new GenerationException("spec " + location + " has " + problems.size() + " problem(s)", problems);
        }
        Stage.log("read and index", t0);
        t0 = System.nanoTime();
        SwaggerParseResult result = parse(location);
        Stage.log("swagger-parser", t0);
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                String[] translated = ParserMessages.translate(message);
                problems.add(index.problem(translated[0], translated[1]));
            }
        }
        OpenAPI openAPI = result.getOpenAPI();
        if (openAPI == null && problems.isEmpty()) {
            problems.add(index.problem("", "not an OpenAPI 3.x document: it needs 'openapi: 3.0.3' (or 3.1.x), 'info' and 'paths'"));
        }
        if (!problems.isEmpty()) {
            throw new GenerationException("spec " + location + " has " + problems.size() + " problem(s)", problems);
        }
        t0 = System.nanoTime();
        new OpenApiNormalizer(openAPI).run();
        Stage.log("normalize", t0);
        t0 = System.nanoTime();
        LoadedSpec loaded = new ModelConverter(openAPI, index).convert(inputs);
        Stage.log("convert", t0);
        return loaded;
    }

    private static SwaggerParseResult parse(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateExternalRefs(true);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SpecLoader.class.getClassLoader());
        try {
            String where = location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length())
                    : Path.of(location).toAbsolutePath().toString();
            return new OpenAPIParser().readLocation(where, null, options);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A URI fragment's JSON pointer: {@code %7B} is {@code {}; a {@code +} stays a {@code +}. */
    private static String percentDecode(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return fragment;
        }
    }

    private static String read(String location, List<SpecProblem> problems) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String name = location.substring(CLASSPATH.length());
                try (InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
                    if (in == null) {
                        problems.add(new SpecProblem(location, 0, 0, "", "no such classpath resource; check the name and that the jar holding it is a dependency"));
                        return null;
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                problems.add(new SpecProblem(location, 0, 0, "", "no such file; check the path (relative paths are relative to the working directory)"));
                return null;
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(new SpecProblem(location, 0, 0, "", "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Every local {@code $ref} must point at something in its file; every file {@code $ref} at an
     * existing file and, with a fragment, at something in it. Referenced files are checked in turn,
     * and every file read is added to {@code inputs}.
     */
    private static void checkRefs(String location, SourceIndex root, List<SpecProblem> problems, List<Path> inputs) {
        Map<Path, SourceIndex> others = new HashMap<>();
        if (!location.startsWith(CLASSPATH)) {
            others.put(Path.of(location).toAbsolutePath().normalize(), root);
        }
        java.util.ArrayDeque<Object[]> work = new java.util.ArrayDeque<>();
        work.add(new Object[] {location, root});
        while (!work.isEmpty()) {
            Object[] next = work.poll();
            checkRefsOf((String) next[0], (SourceIndex) next[1], problems, inputs, others, work);
        }
    }

    private static void checkRefsOf(String location, SourceIndex index, List<SpecProblem> problems, List<Path> inputs,
                                    Map<Path, SourceIndex> others, java.util.ArrayDeque<Object[]> work) {
        for (String[] ref : index.refs()) {
            String target = ref[1];
            String refPointer = ref[0] + "/$ref";
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? "" : percentDecode(target.substring(hash + 1));
            if (file.isEmpty()) {
                if (!index.has(fragment)) {
                    problems.add(index.problem(refPointer, "$ref '" + target + "' points at nothing in this file; "
                            + "define " + fragment + " or correct the reference"));
                }
                continue;
            }
            if (file.contains("://") || location.startsWith(CLASSPATH)) {
                continue;
            }
            Path base = Path.of(location).toAbsolutePath().getParent();
            Path other = base.resolve(file).normalize();
            if (!Files.isRegularFile(other)) {
                problems.add(index.problem(refPointer, "$ref '" + target + "' names a file that does not exist (" + other + ")"));
                continue;
            }
            boolean seen = others.containsKey(other);
            SourceIndex otherIndex = others.computeIfAbsent(other, p -> {
                try {
                    return SourceIndex.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8), problems);
                } catch (IOException e) {
                    problems.add(index.problem(refPointer, "cannot read " + p + ": " + e.getMessage()));
                    return null;
                }
            });
            if (!seen && otherIndex != null) {
                inputs.add(other);
                work.add(new Object[] {other.toString(), otherIndex});
            }
            if (!fragment.isEmpty()) {
                if (otherIndex != null && !otherIndex.has(fragment)) {
                    problems.add(index.problem(refPointer, "$ref '" + target + "' points at nothing in " + file));
                }
            }
        }
    }
}
