package io.handspec.generator.cli;

import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.GenerationOptions;
import io.handspec.generator.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line, parsed into the {@link GenerationJob} the Maven plugin fills too. */
final class CliArgs {
    /** The state file's name in the output folder when {@code --state} is not given. */
    static final String DEFAULT_STATE = ".handspec-state";

    /** A command line that cannot be understood; the CLI prints the message and the usage and exits 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private CliArgs() {}

    /**
     * The job the arguments describe.
     *
     * @throws UsageException      when the arguments are not understood
     * @throws GenerationException when an option is unknown or has a bad value
     */
    static GenerationJob parse(String[] args, Path workingDir) throws UsageException, GenerationException {
        List<String> specs = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        String output = null;
        String templates = null;
        String state = null;
        boolean noState = false;
        boolean failOnBreaking = false;
        String report = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-state")) {
                noState = true;
                continue;
            }
            if (a.equals("--fail-on-breaking")) {
                failOnBreaking = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--spec" -> specs.add(v);
                case "--package" -> packages.add(v);
                case "--output" -> output = once(a, output, v);
                case "--templates" -> templates = once(a, templates, v);
                case "--state" -> state = once(a, state, v);
                case "--change-report" -> report = once(a, report, v);
                case "--option" -> {
                    int eq = v.indexOf('=');
                    if (eq < 1) {
                        throw new UsageException("--option wants key=value, got '" + v + "'");
                    }
                    options.put(v.substring(0, eq), v.substring(eq + 1));
                }
                default -> throw new UsageException("unknown argument " + a);
            }
        }
        if (specs.isEmpty() || output == null || packages.isEmpty()) {
            throw new UsageException("--spec, --output and --package are required");
        }
        if (specs.size() != packages.size()) {
            throw new UsageException(
                    "give one --package per --spec (the first --package for the first --spec, and so on);" + " got "
                            + specs.size() + " --spec and " + packages.size() + " --package");
        }
        if (noState && state != null) {
            throw new UsageException("--state and --no-state exclude each other");
        }
        if (noState && (failOnBreaking || report != null)) {
            throw new UsageException("--fail-on-breaking and --change-report compare with the spec kept in the state;"
                    + " they do not work with --no-state");
        }
        Path out = workingDir.resolve(output);
        GenerationJob.Builder job = GenerationJob.builder()
                .baseDir(workingDir)
                .outputDir(out)
                .templatesDir(templates == null ? null : Path.of(templates))
                .options(GenerationOptions.parse(options))
                .stateFile(noState ? null : state == null ? out.resolve(DEFAULT_STATE) : Path.of(state))
                .failOnBreaking(failOnBreaking)
                .changeReport(report == null ? null : Path.of(report));
        for (int i = 0; i < specs.size(); i++) {
            job.spec(SpecSource.of(specs.get(i), packages.get(i)));
        }
        return job.build();
    }

    private static String once(String name, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException(name + " may be given once");
        }
        return value;
    }
}
