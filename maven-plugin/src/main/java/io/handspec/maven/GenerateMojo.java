package io.handspec.maven;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerateResult;
import io.handspec.generator.GenerationException;
import io.handspec.generator.Generator;
import io.handspec.generator.SpecProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed Java clients from OpenAPI descriptions into {@code target/generated-sources}.
 * Regenerates only when a spec (or a file it references), a template, an option or the generator
 * changed; a bad spec fails the build with every problem placed by file, line and column, and the
 * previous sources stay as they were.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.handspec</groupId>
 *   <artifactId>handspec-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>generate</goal></goals>
 *       <configuration>
 *         <spec>src/main/openapi/kalo.yaml</spec>
 *         <basePackage>com.example.kalo</basePackage>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    private static final String RUNTIME_GROUP = "io.handspec";
    private static final String RUNTIME_ARTIFACT = "handspec-runtime";

    /**
     * One spec: a file, a folder of specs (each gets the package {@code basePackage.<file name>}),
     * or {@code classpath:path/in/a/jar.yaml} from a plugin dependency. Relative paths are relative
     * to the project. Example: {@code <spec>src/main/openapi/kalo.yaml</spec>}.
     */
    @Parameter(property = "handspec.spec")
    private String spec;

    /** The package of {@code <spec>}'s client. Example: {@code <basePackage>com.example.kalo</basePackage>}. */
    @Parameter(property = "handspec.basePackage")
    private String basePackage;

    /**
     * Several specs in one execution, each with its own package (see {@link SpecEntry}). Example:
     * {@code <specs><spec><location>a.yaml</location><basePackage>com.example.a</basePackage></spec></specs>}.
     */
    @Parameter
    private List<SpecEntry> specs;

    /** Where the sources go; added to the compile source roots. Example: {@code <outputDirectory>${project.build.directory}/generated-sources/kalo</outputDirectory>}. */
    @Parameter(property = "handspec.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/handspec")
    private File outputDirectory;

    /** A folder of {@code .mustache} files that replace the built-in templates of the same name. Example: {@code <templateDirectory>src/main/templates</templateDirectory>}. */
    @Parameter(property = "handspec.templateDirectory")
    private File templateDirectory;

    /** Generator options. Example: {@code <options><clientName>Kalo</clientName></options>}. */
    @Parameter
    private Map<String, String> options = new LinkedHashMap<>();

    /** Skips generation. Example: {@code -Dhandspec.skip}. */
    @Parameter(property = "handspec.skip", defaultValue = "false")
    private boolean skip;

    /** Whether to check that the project depends on {@code handspec-runtime} of this plugin's version. Example: {@code <checkRuntimeDependency>false</checkRuntimeDependency>}. */
    @Parameter(property = "handspec.checkRuntimeDependency", defaultValue = "true")
    private boolean checkRuntimeDependency;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("handspec: skipped");
            return;
        }
        long start = System.nanoTime();
        Path output = outputDirectory.toPath().toAbsolutePath();
        project.addCompileSourceRoot(output.toString());
        if (checkRuntimeDependency) {
            checkRuntime();
        }
        List<GenerateRequest> requests = SpecLocations.requests(specEntries(), project.getBasedir().toPath(), output,
                templateDirectory == null ? null : templateDirectory.toPath(), options);
        BuildState state = new BuildState(Path.of(project.getBuild().getDirectory(), "handspec", execution.getExecutionId() + ".state"));
        try {
            if (state.upToDate(requests, output)) {
                getLog().info("handspec: " + requests.size() + " spec(s) up to date, nothing generated (" + millis(start) + " ms)");
                return;
            }
            state.clear();
            GenerateResult result = Generator.generate(requests);
            for (SpecProblem warning : result.warnings()) {
                getLog().warn("handspec: " + warning);
            }
            state.save(requests, result.inputs());
            getLog().info("handspec: generated " + result.files().size() + " files from " + requests.size() + " spec(s) into "
                    + output + " (" + result.written().size() + " written, " + result.deleted().size() + " removed, " + millis(start) + " ms)");
        } catch (GenerationException e) {
            throw new MojoFailureException("handspec: " + e.getMessage() + "\nThe previously generated sources were left as they were.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("handspec: " + e.getMessage(), e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<SpecEntry> specEntries() throws MojoFailureException {
        List<SpecEntry> all = new ArrayList<>();
        if (spec != null) {
            all.add(new SpecEntry(spec, basePackage, options.get("clientName")));
        }
        if (specs != null) {
            all.addAll(specs);
        }
        if (all.isEmpty()) {
            throw new MojoFailureException("handspec: no spec configured; add <spec>src/main/openapi/api.yaml</spec> and "
                    + "<basePackage>com.example.api</basePackage> to the plugin's configuration");
        }
        for (SpecEntry e : all) {
            if (e.getLocation() == null || e.getBasePackage() == null) {
                throw new MojoFailureException("handspec: every spec needs a location and a basePackage; got location="
                        + e.getLocation() + ", basePackage=" + e.getBasePackage());
            }
        }
        return all;
    }

    private void checkRuntime() throws MojoFailureException {
        List<Dependency> deps = new ArrayList<>(project.getDependencies());
        for (Dependency d : deps) {
            if (RUNTIME_GROUP.equals(d.getGroupId()) && RUNTIME_ARTIFACT.equals(d.getArtifactId())) {
                if (!pluginVersion.equals(d.getVersion())) {
                    throw new MojoFailureException("handspec: the project depends on " + RUNTIME_GROUP + ":" + RUNTIME_ARTIFACT + ":"
                            + d.getVersion() + " but the plugin is " + pluginVersion + "; generated code needs the runtime of the "
                            + "same version: set the dependency's <version> to " + pluginVersion);
                }
                return;
            }
        }
        for (org.apache.maven.artifact.Artifact a : project.getArtifacts()) {
            if (RUNTIME_GROUP.equals(a.getGroupId()) && RUNTIME_ARTIFACT.equals(a.getArtifactId()) && pluginVersion.equals(a.getVersion())) {
                return;
            }
        }
        throw new MojoFailureException("handspec: the generated client needs the runtime library; add this dependency:\n"
                + "    <dependency>\n"
                + "      <groupId>" + RUNTIME_GROUP + "</groupId>\n"
                + "      <artifactId>" + RUNTIME_ARTIFACT + "</artifactId>\n"
                + "      <version>" + pluginVersion + "</version>\n"
                + "    </dependency>\n"
                + "(or set <checkRuntimeDependency>false</checkRuntimeDependency> if it arrives another way)");
    }
}
