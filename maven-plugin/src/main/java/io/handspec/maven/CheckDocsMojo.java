package io.handspec.maven;

import io.handspec.generator.DocsCheck;
import io.handspec.generator.DocsReport;
import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks that the vendor pages each spec names in {@code info.x-handspec-sources} still say what the spec
 * was reviewed against: fetches each page, normalises it to text, compares its SHA-256 with the spec's and
 * reports unchanged, changed (with a diff against the snapshot beside the spec) or unreachable, in
 * {@code target/handspec/docs-report.md} and {@code .json} and in the log. Bound to no phase, so a normal
 * (or offline) build never fetches anything: run it from a scheduled job,
 * {@code mvn handspec:check-docs}, and after reviewing a change and editing the spec,
 * {@code mvn handspec:check-docs -Dhandspec.acceptDocs=true}. A front door over {@link DocsCheck}.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.handspec</groupId>
 *   <artifactId>handspec-maven-plugin</artifactId>
 *   <configuration>
 *     <spec>src/main/openapi/kalo.yaml</spec>   <!-- shared with the generate goal -->
 *     <failOnChange>true</failOnChange>
 *   </configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check-docs", threadSafe = true)
public class CheckDocsMojo extends AbstractMojo {
    /** A spec file or a folder of specs; the same parameter as the generate goal's. Example: {@code -Dhandspec.spec=src/main/openapi}. */
    @Parameter(property = "handspec.spec")
    private String spec;

    /** Several specs, as for the generate goal (only each {@code <location>} is read here). */
    @Parameter
    private List<SpecEntry> specs;

    /** Where {@code docs-report.md} and {@code docs-report.json} go. Example: {@code <docsReportDirectory>${project.build.directory}/handspec</docsReportDirectory>}. */
    @Parameter(property = "handspec.docsReportDirectory", defaultValue = "${project.build.directory}/handspec")
    private File docsReportDirectory;

    /** Fails the build when a page changed (and was not accepted). Example: {@code -Dhandspec.failOnChange=true}. */
    @Parameter(property = "handspec.failOnChange", defaultValue = "false")
    private boolean failOnChange;

    /** Fails the build when a page cannot be read; off, because a vendor's outage is no change. Example: {@code -Dhandspec.failOnUnreachable=true}. */
    @Parameter(property = "handspec.failOnUnreachable", defaultValue = "false")
    private boolean failOnUnreachable;

    /**
     * After reviewing the diff and editing the spec: each changed page's text becomes its snapshot, and its
     * digest and today's date go into the spec. A page that changed again since the last report is not
     * accepted. Example: {@code -Dhandspec.acceptDocs=true}.
     */
    @Parameter(property = "handspec.acceptDocs", defaultValue = "false")
    private boolean acceptDocs;

    /** The longest one page's request may take, in seconds, body included. Example: {@code -Dhandspec.docsTimeout=60}. */
    @Parameter(property = "handspec.docsTimeout", defaultValue = "30")
    private int docsTimeout;

    /** Redirects followed per page. Example: {@code <docsMaxRedirects>5</docsMaxRedirects>}. */
    @Parameter(property = "handspec.docsMaxRedirects", defaultValue = "5")
    private int docsMaxRedirects;

    /** The largest page read, in bytes. Example: {@code <docsMaxBytes>5242880</docsMaxBytes>}. */
    @Parameter(property = "handspec.docsMaxBytes", defaultValue = "5242880")
    private long docsMaxBytes;

    /** Skips the check. Example: {@code -Dhandspec.checkDocs.skip}. */
    @Parameter(property = "handspec.checkDocs.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("handspec: check-docs skipped");
            return;
        }
        if (session.isOffline()) {
            getLog().info("handspec: check-docs fetches the vendor pages, which an offline build does not; skipped");
            return;
        }
        DocsReport report;
        try {
            DocsCheck.Builder check = DocsCheck.builder()
                    .baseDir(project.getBasedir().toPath())
                    .reportDir(docsReportDirectory.toPath())
                    .accept(acceptDocs)
                    .timeout(Duration.ofSeconds(docsTimeout))
                    .maxRedirects(docsMaxRedirects)
                    .maxBytes(docsMaxBytes);
            locations().forEach(check::spec);
            report = check.build().run();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("handspec: " + e.getMessage(), e);
        } catch (GenerationException e) {
            if (e.getCause() instanceof IOException) {
                throw new MojoExecutionException("handspec: " + e.getMessage(), e);
            }
            throw new MojoFailureException("handspec: " + e.getMessage(), e);
        }
        for (SpecProblem note : report.notes()) {
            getLog().warn("handspec: " + note);
        }
        report.details().forEach(line -> getLog().warn("handspec: " + line));
        getLog().info("handspec: " + report.summary());
        if (failOnChange && report.hasUnacceptedChanges()) {
            throw new MojoFailureException("handspec: vendor docs changed; read the diff in " + report.markdown()
                    + ", edit the spec, then run again with -Dhandspec.acceptDocs=true");
        }
        if (failOnUnreachable && report.count(DocsReport.Status.UNREACHABLE) > 0) {
            throw new MojoFailureException(
                    "handspec: vendor pages could not be read; the reasons are in " + report.markdown());
        }
    }

    private List<String> locations() throws MojoFailureException {
        List<String> all = new ArrayList<>();
        if (spec != null) {
            all.add(spec);
        }
        if (specs != null) {
            specs.forEach(e -> all.add(e.getLocation()));
        }
        if (all.isEmpty()) {
            if (new File(project.getBasedir(), "src/main/openapi").isDirectory()) {
                all.add("src/main/openapi");
            } else {
                throw new MojoFailureException("handspec: no spec configured for check-docs; add"
                        + " <spec>src/main/openapi/api.yaml</spec> to the plugin's configuration (outside"
                        + " <executions>, so both goals see it) or run with -Dhandspec.spec=path");
            }
        }
        return all;
    }
}
