package io.handspec.generator.cli;

import io.handspec.generator.GenerateRequest;
import io.handspec.generator.GenerateResult;
import io.handspec.generator.GenerationException;
import io.handspec.generator.Generator;
import io.handspec.generator.SpecProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -jar handspec-generator.jar --spec specs/kalo.yaml --output out --package com.example.kalo}.
 * Fills the same {@link GenerateRequest} the Maven plugin does.
 */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: handspec-generator --spec FILE --output DIR --package NAME [--templates DIR] [--option key=value]...",
            "",
            "  --spec FILE        OpenAPI 3.0/3.1 file (YAML or JSON), or classpath:path/in/jar.yaml",
            "  --output DIR       folder for the generated sources (files it generated before and no longer",
            "                     generates are removed; other files are left alone)",
            "  --package NAME     base Java package: the client goes here, models in NAME.model, APIs in NAME.api",
            "  --templates DIR    folder of .mustache files that replace the built-in ones of the same name",
            "  --option K=V       generator option; known: " + GenerateRequest.OPTIONS,
            "  --help             this text",
            "",
            "Exit status: 0 done, 1 the spec or the options have problems (listed with file:line:column), 2 usage.");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String spec = null;
        String output = null;
        String pkg = null;
        String templates = null;
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (i + 1 >= args.length) {
                err.println("missing value after " + a + "\n\n" + USAGE);
                return 2;
            }
            String v = args[++i];
            switch (a) {
                case "--spec" -> spec = v;
                case "--output" -> output = v;
                case "--package" -> pkg = v;
                case "--templates" -> templates = v;
                case "--option" -> {
                    int eq = v.indexOf('=');
                    if (eq < 1) {
                        err.println("--option wants key=value, got '" + v + "'");
                        return 2;
                    }
                    options.put(v.substring(0, eq), v.substring(eq + 1));
                }
                default -> {
                    err.println("unknown argument " + a + "\n\n" + USAGE);
                    return 2;
                }
            }
        }
        if (spec == null || output == null || pkg == null) {
            err.println("--spec, --output and --package are required\n\n" + USAGE);
            return 2;
        }
        try {
            GenerateResult result = Generator.generate(new GenerateRequest(spec, Path.of(output), pkg,
                    templates == null ? null : Path.of(templates), options));
            for (SpecProblem w : result.warnings()) {
                err.println("warning: " + w);
            }
            out.println("generated " + result.files().size() + " files into " + output + " (" + result.written().size()
                    + " written, " + result.deleted().size() + " removed)");
            return 0;
        } catch (GenerationException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
