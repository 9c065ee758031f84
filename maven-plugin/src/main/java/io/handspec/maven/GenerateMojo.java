package io.handspec.maven;

import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.GenerationOptions;
import io.handspec.generator.JobResult;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.SpecSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * previous sources stay as they were. A front door: it fills the generator's {@link GenerationJob}
 * and maps its result.
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
    @Parameter(
            property = "handspec.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/handspec")
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

    /**
     * Fails the build when a spec change breaks code that uses the client (a method, parameter, class,
     * property or enum constant removed or changed, ...), listing each change with its place in the spec.
     * The build fails before generating: the previous sources stay, and the next build reports the same
     * changes until the spec is fixed or one build runs without this option to accept them. Example:
     * {@code <failOnBreaking>true</failOnBreaking>} or {@code -Dhandspec.failOnBreaking}.
     */
    @Parameter(property = "handspec.failOnBreaking", defaultValue = "false")
    private boolean failOnBreaking;

    /**
     * Where the change report goes when a spec changed since the last generation: Markdown here, JSON
     * beside it ({@code .json}). Default {@code target/handspec/<execution id>-changes.md}. Example:
     * {@code <changeReport>${project.build.directory}/spec-changes.md</changeReport>}.
     */
    @Parameter(property = "handspec.changeReport")
    private File changeReport;

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
            RuntimeDependency.check(project, pluginVersion);
        }
        try {
            GenerationOptions jobOptions = GenerationOptions.parse(options == null ? Map.of() : options);
            JobResult result = GenerationJob.builder()
                    .specs(specSources(jobOptions))
                    .baseDir(project.getBasedir().toPath())
                    .outputDir(output)
                    .templatesDir(templateDirectory == null ? null : templateDirectory.toPath())
                    .options(jobOptions)
                    .stateFile(Path.of(
                            project.getBuild().getDirectory(), "handspec", execution.getExecutionId() + ".state"))
                    .failOnBreaking(failOnBreaking)
                    .changeReport(
                            changeReport != null
                                    ? changeReport.toPath()
                                    : Path.of(
                                            project.getBuild().getDirectory(),
                                            "handspec",
                                            execution.getExecutionId() + "-changes.md"))
                    .build()
                    .run();
            for (SpecProblem warning : result.warnings()) {
                getLog().warn("handspec: " + warning);
            }
            for (String line : result.changeSummary()) {
                if (result.breaking()) {
                    getLog().warn("handspec: " + line);
                } else {
                    getLog().info("handspec: " + line);
                }
            }
            getLog().info("handspec: " + result.summary() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        } catch (GenerationException e) {
            String message = "handspec: " + e.getMessage() + "\n" + e.outputState();
            if (e.getCause() instanceof IOException) {
                // the disk failed us, not the project's specs or configuration
                throw new MojoExecutionException(message, e);
            }
            throw new MojoFailureException(message, e);
        }
    }

    private List<SpecSource> specSources(GenerationOptions jobOptions) throws MojoFailureException {
        List<SpecSource> all = new ArrayList<>();
        if (spec != null) {
            all.add(SpecSource.of(spec, basePackage));
        }
        if (specs != null) {
            for (SpecEntry e : specs) {
                all.add(new SpecSource(
                        e.getLocation(),
                        e.getBasePackage(),
                        e.getClientName() == null ? null : jobOptions.withClientName(e.getClientName())));
            }
        }
        if (all.isEmpty()) {
            throw new MojoFailureException(
                    "handspec: no spec configured; add <spec>src/main/openapi/api.yaml</spec> and "
                            + "<basePackage>com.example.api</basePackage> to the plugin's configuration");
        }
        return all;
    }
}
