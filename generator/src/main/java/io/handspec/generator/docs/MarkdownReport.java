package io.handspec.generator.docs;

import io.handspec.generator.DocsCheck;
import io.handspec.generator.DocsReport;
import io.handspec.generator.DocsReport.Page;
import io.handspec.generator.DocsReport.Status;
import io.handspec.generator.SpecProblem;
import java.util.Locale;

/** The report for people: a table of every page, then per changed page what to do and the diff, per unreachable page why. */
final class MarkdownReport {
    private final DocsReport report;
    private final DocsCheck check;
    private final StringBuilder out = new StringBuilder();

    MarkdownReport(DocsReport report, DocsCheck check) {
        this.report = report;
        this.check = check;
    }

    String text() {
        out.append("# Vendor docs check\n\n");
        out.append(report.pages().size())
                .append(" page(s): ")
                .append(report.count(Status.UNCHANGED))
                .append(" unchanged, ")
                .append(report.count(Status.CHANGED))
                .append(" changed, ")
                .append(report.count(Status.UNREACHABLE))
                .append(" unreachable.\n\n");
        out.append("| spec | page | status | reviewed | snapshot |\n|---|---|---|---|---|\n");
        for (Page p : report.pages()) {
            out.append("| ")
                    .append(cell(p.spec()))
                    .append(" | ")
                    .append(cell(text(p.url())))
                    .append(" | ")
                    .append(status(p))
                    .append(" | ")
                    .append(p.reviewed())
                    .append(" | ")
                    .append(cell(shown(p)))
                    .append(" |\n");
        }
        for (Page p : report.pages()) {
            if (p.status() == Status.CHANGED) {
                changed(p);
            } else if (p.status() == Status.UNREACHABLE) {
                out.append("\n## Unreachable: ").append(text(p.url())).append("\n\n");
                out.append("Named in `")
                        .append(p.spec())
                        .append("`. ")
                        .append(text(p.reason()))
                        .append(".\n");
            }
        }
        if (!report.notes().isEmpty()) {
            out.append("\n## Notes\n\n");
            for (SpecProblem n : report.notes()) {
                out.append("- ").append(text(n.toString())).append('\n');
            }
        }
        return out.toString();
    }

    private void changed(Page p) {
        out.append("\n## Changed: ").append(text(p.url())).append("\n\n");
        out.append("Named in `")
                .append(p.spec())
                .append("`, reviewed ")
                .append(p.reviewed())
                .append(" (sha256 `")
                .append(p.reviewedSha256())
                .append("`); the page now has sha256 `")
                .append(p.fetchedSha256())
                .append("`.\n\n");
        if (p.accepted()) {
            out.append("Accepted: the snapshot and the spec's `sha256` and `reviewed` now hold this text.\n\n");
        } else {
            if (!p.reason().isEmpty()) {
                out.append("Not accepted: ").append(text(p.reason())).append(".\n\n");
            }
            out.append("What to do: read the diff (`-` the snapshot of the reviewed text, `+` the page now), edit the"
                    + " spec where the docs changed, then accept the new text: `mvn handspec:check-docs"
                    + " -Dhandspec.acceptDocs=true`, or `check-docs --accept` on the command line.\n\n");
        }
        String fence = fence(p.diff());
        out.append(fence).append("diff\n").append(p.diff()).append(fence).append('\n');
    }

    private String shown(Page p) {
        java.nio.file.Path s = p.snapshot().toAbsolutePath().normalize();
        return (s.startsWith(check.baseDir()) ? check.baseDir().relativize(s) : s)
                .toString()
                .replace('\\', '/');
    }

    private static String status(Page p) {
        return p.status().name().toLowerCase(Locale.ROOT) + (p.accepted() ? " (accepted)" : "");
    }

    /** A code fence longer than any run of backticks in {@code text}, so page text cannot close it. */
    private static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** Running text from a spec or a server: its markup is shown, not rendered. */
    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
