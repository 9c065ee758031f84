package io.handspec.generator.docs;

import io.handspec.generator.DocsCheck;
import io.handspec.generator.DocsReport;
import io.handspec.generator.DocsReport.Page;
import io.handspec.generator.DocsReport.Status;
import io.handspec.generator.GenerationException;
import io.handspec.generator.Generator;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.DocSource;
import io.handspec.generator.spec.SpecSources;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a {@link DocsCheck}: per spec, per page, fetch, normalise, compare, and accept when asked. */
public final class DocsChecker {
    private final DocsCheck check;
    private final PageFetcher fetcher;
    private final Map<String, String> previous;
    private final List<Page> pages = new ArrayList<>();
    private final List<SpecProblem> notes = new ArrayList<>();

    private DocsChecker(DocsCheck check) throws GenerationException {
        this.check = check;
        this.fetcher = new PageFetcher(new FetchOptions(
                check.timeout(), check.maxRedirects(), check.maxBytes(), "handspec-check-docs/" + Generator.version()));
        this.previous = ReportWriter.previousDigests(check.reportDir());
    }

    /** Runs {@code check}; see {@link DocsCheck}. */
    public static DocsReport run(DocsCheck check) throws GenerationException {
        DocsChecker checker = new DocsChecker(check);
        for (Path file : SpecFiles.of(check)) {
            checker.check(file);
        }
        return ReportWriter.write(check, checker.pages, checker.notes);
    }

    private void check(Path file) throws GenerationException {
        SpecSources spec = SpecSources.read(file);
        String name = display(file);
        if (!spec.openApi()) {
            return;
        }
        if (spec.sources().isEmpty()) {
            notes.add(new SpecProblem(
                    name, 0, 0, "/info", "names no vendor page; add info.x-handspec-sources to have its docs checked"));
            return;
        }
        SpecEdit edit = new SpecEdit(spec);
        LocalDate today = LocalDate.now(check.clock());
        for (SpecSources.Placed placed : spec.sources()) {
            DocSource source = placed.source();
            Snapshot snapshot = Snapshot.of(file, source, notes, name);
            PageFetcher.Outcome outcome = fetcher.fetch(source.url(), source.selector());
            if (outcome instanceof PageFetcher.Failure f) {
                pages.add(page(name, source, Status.UNREACHABLE, "", snapshot, "", f.reason(), false));
                continue;
            }
            String text = ((PageFetcher.Text) outcome).text();
            String digest = PageText.sha256(text);
            if (digest.equals(source.sha256())) {
                boolean restore = check.accept() && !snapshot.matches(digest);
                if (restore) {
                    snapshot.write(text);
                }
                pages.add(page(name, source, Status.UNCHANGED, digest, snapshot, "", "", restore));
                continue;
            }
            String diff = TextDiff.unified(
                    "snapshot " + display(snapshot.path()), snapshot.text(), "page " + source.url(), text);
            String reviewedDigest = previous.get(name + " " + source.url());
            String reason = "";
            boolean accepted = false;
            if (check.accept()) {
                if (reviewedDigest != null && !reviewedDigest.equals(digest)) {
                    reason = "changed again since the last report; review this diff, then accept again";
                } else {
                    edit.accept(placed, digest, today);
                    snapshot.write(text);
                    accepted = true;
                }
            }
            pages.add(page(name, source, Status.CHANGED, digest, snapshot, diff, reason, accepted));
        }
        edit.save();
    }

    private static Page page(
            String spec,
            DocSource source,
            Status status,
            String fetched,
            Snapshot snapshot,
            String diff,
            String reason,
            boolean accepted) {
        return new Page(
                spec,
                source.url().toString(),
                status,
                source.sha256(),
                fetched,
                source.reviewed(),
                snapshot.path(),
                diff,
                reason,
                accepted);
    }

    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(check.baseDir()) ? check.baseDir().relativize(abs) : abs)
                .toString()
                .replace('\\', '/');
    }
}
