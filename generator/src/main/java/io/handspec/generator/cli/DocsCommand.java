package io.handspec.generator.cli;

import io.handspec.generator.DocsCheck;
import io.handspec.generator.DocsReport;
import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code handspec-generator check-docs --spec specs}: the CLI's door to {@link DocsCheck}, like the plugin's check-docs goal. */
final class DocsCommand {
    static final String NAME = "check-docs";
    static final String USAGE = String.join(
            "\n",
            "usage: handspec-generator check-docs --spec LOCATION [--spec LOCATION]... [--report DIR] [--accept]",
            "                          [--fail-on-change] [--fail-on-unreachable] [--timeout SECONDS]",
            "                          [--max-redirects N] [--max-bytes N]",
            "",
            "Fetches every vendor page the specs name in info.x-handspec-sources, normalises it to text and",
            "compares its SHA-256 with the spec's: unchanged, changed (with a diff against the snapshot in",
            "sources/<spec name>/ beside the spec) or unreachable. Writes docs-report.md and docs-report.json.",
            "",
            "  --spec LOCATION        a spec file or a folder of them; repeat for several",
            "  --report DIR           where the reports go (default target/handspec)",
            "  --accept               after reviewing the diff and editing the spec: a changed page's text becomes",
            "                         its snapshot, and its sha256 and today's date go into the spec",
            "  --fail-on-change       exit 3 when a page changed (and was not accepted)",
            "  --fail-on-unreachable  exit 3 when a page could not be read",
            "  --timeout SECONDS      the longest one request may take, body included (default "
                    + DocsCheck.DEFAULT_TIMEOUT.toSeconds() + ")",
            "  --max-redirects N      redirects followed per page (default " + DocsCheck.DEFAULT_MAX_REDIRECTS + ")",
            "  --max-bytes N          the largest page read (default " + DocsCheck.DEFAULT_MAX_BYTES + ")",
            "",
            "Exit status: 0 checked, 1 a spec's x-handspec-sources has problems (listed with file:line:column) or",
            "a file cannot be read or written, 2 usage, 3 a change (or unreachable page) the options fail on.");

    private DocsCommand() {}

    static int run(String[] args, Path workingDir, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        DocsCheck.Builder check = DocsCheck.builder().baseDir(workingDir).reportDir(Path.of("target", "handspec"));
        boolean failOnChange = false;
        boolean failOnUnreachable = false;
        boolean anySpec = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--accept" -> check.accept(true);
                    case "--fail-on-change" -> failOnChange = true;
                    case "--fail-on-unreachable" -> failOnUnreachable = true;
                    case "--spec" -> {
                        check.spec(value(args, ++i, a));
                        anySpec = true;
                    }
                    case "--report" -> check.reportDir(Path.of(value(args, ++i, a)));
                    case "--timeout" -> check.timeout(Duration.ofSeconds(number(args, ++i, a)));
                    case "--max-redirects" -> check.maxRedirects((int) number(args, ++i, a));
                    case "--max-bytes" -> check.maxBytes(number(args, ++i, a));
                    default -> throw new CliArgs.UsageException("unknown argument " + a);
                }
            }
            if (!anySpec) {
                throw new CliArgs.UsageException("--spec is required");
            }
        } catch (CliArgs.UsageException | IllegalArgumentException e) {
            err.println(e.getMessage() + "\n\n" + USAGE);
            return 2;
        }
        try {
            DocsReport report = check.build().run();
            for (SpecProblem note : report.notes()) {
                err.println("warning: " + note);
            }
            report.details().forEach(out::println);
            out.println(report.summary());
            boolean fail = (failOnChange && report.hasUnacceptedChanges())
                    || (failOnUnreachable && report.count(DocsReport.Status.UNREACHABLE) > 0);
            return fail ? 3 : 0;
        } catch (GenerationException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i, String name) throws CliArgs.UsageException {
        if (i >= args.length) {
            throw new CliArgs.UsageException("missing value after " + name);
        }
        return args[i];
    }

    private static long number(String[] args, int i, String name) throws CliArgs.UsageException {
        String v = value(args, i, name);
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliArgs.UsageException(name + " wants a whole number of 0 or more, got '" + v + "'");
        }
    }
}
