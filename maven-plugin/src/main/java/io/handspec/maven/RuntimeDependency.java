package io.handspec.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/** Checks that the project depends on the runtime the generated code calls, of the plugin's own version. */
final class RuntimeDependency {
    private static final String GROUP = "io.handspec";
    private static final String ARTIFACT = "handspec-runtime";

    private RuntimeDependency() {}

    static void check(MavenProject project, String pluginVersion) throws MojoFailureException {
        for (Dependency d : project.getDependencies()) {
            if (GROUP.equals(d.getGroupId()) && ARTIFACT.equals(d.getArtifactId())) {
                if (!pluginVersion.equals(d.getVersion())) {
                    throw new MojoFailureException("handspec: the project depends on " + GROUP + ":" + ARTIFACT + ":"
                            + d.getVersion() + " but the plugin is " + pluginVersion
                            + "; generated code needs the runtime of the "
                            + "same version: set the dependency's <version> to " + pluginVersion);
                }
                return;
            }
        }
        for (Artifact a : project.getArtifacts()) {
            if (GROUP.equals(a.getGroupId())
                    && ARTIFACT.equals(a.getArtifactId())
                    && pluginVersion.equals(a.getVersion())) {
                return;
            }
        }
        throw new MojoFailureException(
                "handspec: the generated client needs the runtime library; add this dependency:\n"
                        + "    <dependency>\n"
                        + "      <groupId>" + GROUP + "</groupId>\n"
                        + "      <artifactId>" + ARTIFACT + "</artifactId>\n"
                        + "      <version>" + pluginVersion + "</version>\n"
                        + "    </dependency>\n"
                        + "(or set <checkRuntimeDependency>false</checkRuntimeDependency> if it arrives another way)");
    }
}
