package io.handspec.generator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One spec into one output folder, the unit {@link Generator} renders. Most callers want the
 * whole incremental job instead: {@link GenerationJob}.
 *
 * @param spec         the spec: a file path, or {@code classpath:path/in/jar.yaml}
 * @param outputDir    the folder that receives the sources (created if missing)
 * @param basePackage  package of the client facade; models go to {@code .model}, API classes to {@code .api}
 * @param templatesDir a folder whose templates shadow the built-in ones file by file, or {@code null}
 * @param options      generator options
 */
public record GenerateRequest(
        String spec, Path outputDir, String basePackage, Path templatesDir, GenerationOptions options) {
    public GenerateRequest {
        Objects.requireNonNull(spec, "spec == null");
        Objects.requireNonNull(outputDir, "outputDir == null");
        Objects.requireNonNull(basePackage, "basePackage == null");
        options = options == null ? GenerationOptions.DEFAULTS : options;
    }

    /**
     * A request with options given by name ({@link GenerationOptions#NAMES}).
     *
     * @throws IllegalArgumentException for an unknown option name
     */
    public GenerateRequest(
            String spec, Path outputDir, String basePackage, Path templatesDir, Map<String, String> options) {
        this(spec, outputDir, basePackage, templatesDir, GenerationOptions.byName(options));
    }
}
