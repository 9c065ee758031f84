package io.handspec.generator.cli;

import io.handspec.generator.GenerationException;
import io.handspec.generator.GenerationJob;
import io.handspec.generator.GenerationOptions;
import io.handspec.generator.HeapPolicy;
import io.handspec.generator.JobResult;
import io.handspec.generator.SpecProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code java -jar handspec-generator.jar --spec specs/kalo.yaml --output out --package com.example.kalo}.
 * A thin front door: fills the same {@link GenerationJob} the Maven plugin does and prints its result.
 */
public final class Main {
    private static final String USAGE = String.join(
            "\n",
            "usage: handspec-generator --spec LOCATION --package NAME [--spec LOCATION --package NAME]... --output DIR",
            "                          [--templates DIR] [--option key=value]... [--state FILE | --no-state]",
            "                          [--change-report FILE.md] [--fail-on-breaking]",
            "",
            "  --spec LOCATION    an OpenAPI 3.0/3.1 file (YAML or JSON), a folder of them (one client per file, in",
            "                     package NAME.<file name>), or classpath:path/in/jar.yaml; repeat for several specs",
            "  --package NAME     base Java package of the n-th --spec: the client goes here, models in NAME.model,",
            "                     APIs in NAME.api; give one per --spec, in the same order",
            "  --output DIR       folder for the generated sources (files it generated before and no longer",
            "                     generates are removed when unchanged since; other files are left alone)",
            "  --templates DIR    folder of .mustache files that replace the built-in ones of the same name",
            "  --option K=V       generator option for every spec; known: " + new TreeSet<>(GenerationOptions.NAMES),
            "  --state FILE       incremental state (default DIR/" + CliArgs.DEFAULT_STATE
                    + "): when no spec, referenced",
            "                     file, template, option or generator version changed, nothing is parsed or written",
            "  --no-state         generate every time (files whose content is the same are still not rewritten)",
            "  --change-report F  when a spec changed since the last generation, write what the change does to code",
            "                     using the client to F (Markdown) and beside it as .json; a summary is always printed",
            "  --fail-on-breaking fail, writing nothing, when a spec change breaks code using the client (run once",
            "                     without it to accept the change); a copy of each spec is kept beside the state",
            "  --help             this text",
            "",
            "       handspec-generator check-docs --spec LOCATION ...   (compare the vendor pages with the specs;",
            "                                                          check-docs --help for its options)",
            "",
            "Exit status: 0 done, 1 the spec or the options have problems (listed with file:line:column), 2 usage.",
            "",
            "A run lasts seconds, so the JVM compiles with its quick compiler only (C1, not C2); for very long runs",
            "java -Dhandspec.jit=full -jar ... keeps C2.");

    private Main() {}

    public static void main(String[] args) {
        // this process owns its JVM (the Maven plugin shares Maven's and never does this)
        HeapPolicy.ownJvm();
        try {
            JitPolicy.start();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI in the current folder; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(DocsCommand.NAME)) {
            return DocsCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), Path.of(""), out, err);
        }
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        try {
            JobResult result = CliArgs.parse(args, Path.of("")).run();
            for (SpecProblem w : result.warnings()) {
                err.println("warning: " + w);
            }
            out.println(result.summary());
            result.changeSummary().forEach(out::println);
            return 0;
        } catch (CliArgs.UsageException e) {
            err.println(e.getMessage() + "\n\n" + USAGE);
            return 2;
        } catch (GenerationException e) {
            err.println("error: " + e.getMessage() + "\n" + e.outputState());
            return 1;
        }
    }
}
