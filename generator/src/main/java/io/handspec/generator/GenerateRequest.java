package io.handspec.generator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate: one spec into one output folder. The Maven plugin and the CLI both fill this.
 *
 * @param spec         the spec: a file path, or {@code classpath:path/in/jar.yaml}
 * @param outputDir    the folder that receives the sources (created if missing)
 * @param basePackage  package of the client facade; models go to {@code .model}, API classes to {@code .api}
 * @param templatesDir a folder whose templates shadow the built-in ones file by file, or {@code null}
 * @param options      generator options; see {@link #OPTIONS}
 */
public record GenerateRequest(String spec, Path outputDir, String basePackage, Path templatesDir, Map<String, String> options) {
    /** The options the generator understands: {@code clientName}, the facade's simple name. */
    public static final Set<String> OPTIONS = Set.of("clientName");

    public GenerateRequest {
        Objects.requireNonNull(spec, "spec == null");
        Objects.requireNonNull(outputDir, "outputDir == null");
        Objects.requireNonNull(basePackage, "basePackage == null");
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
