package io.handspec.generator;

/**
 * One spec of a {@link GenerationJob}.
 *
 * @param location    a spec file, a folder of specs (one client per {@code .yaml}/{@code .yml}/{@code .json}
 *                    file, in package {@code basePackage.<file name>}), or {@code classpath:path/in/jar.yaml};
 *                    a relative path is relative to the job's base folder
 * @param basePackage the client's package; models go to {@code .model}, API classes to {@code .api}
 * @param options     options for this spec only, or {@code null} for the job's
 */
public record SpecSource(String location, String basePackage, GenerationOptions options) {
    /** A spec with the job's options. */
    public static SpecSource of(String location, String basePackage) {
        return new SpecSource(location, basePackage, null);
    }
}
