package io.handspec.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link DocsCheck} found: per spec, per vendor page, whether the page's text is still the one the
 * spec was reviewed against.
 *
 * @param pages    one entry per page of every spec, in spec order
 * @param notes    things worth fixing that did not stop the check (a spec naming no page, a snapshot that
 *                 is missing or does not match its digest)
 * @param markdown the Markdown report written
 * @param json     the JSON report written
 */
public record DocsReport(List<Page> pages, List<SpecProblem> notes, Path markdown, Path json) {
    public DocsReport {
        pages = List.copyOf(pages);
        notes = List.copyOf(notes);
    }

    /** How a page compares with the text the spec was reviewed against. */
    public enum Status {
        /** Its normalised text has the digest in the spec. */
        UNCHANGED,
        /** Its normalised text differs; {@link Page#diff()} shows how. */
        CHANGED,
        /** It could not be read; {@link Page#reason()} says why. */
        UNREACHABLE
    }

    /**
     * One page of one spec.
     *
     * @param spec           the spec file, as given (relative to the base folder where it lies inside it)
     * @param url            the page
     * @param status         how it compares
     * @param reviewedSha256 the digest in the spec
     * @param fetchedSha256  the digest of the text read now, {@code ""} when unreachable
     * @param reviewed       the day in the spec
     * @param snapshot       the snapshot file beside the spec
     * @param diff           unified diff from the snapshot to the text read now, {@code ""} unless changed
     * @param reason         why it is unreachable, or why a changed page was not accepted; else {@code ""}
     * @param accepted       whether this run took the text read now as the new snapshot and digest
     */
    public record Page(
            String spec,
            String url,
            Status status,
            String reviewedSha256,
            String fetchedSha256,
            LocalDate reviewed,
            Path snapshot,
            String diff,
            String reason,
            boolean accepted) {}

    /** How many pages have {@code status}. */
    public long count(Status status) {
        return pages.stream().filter(p -> p.status() == status).count();
    }

    /** Whether a page changed and this run did not accept it. */
    public boolean hasUnacceptedChanges() {
        return pages.stream().anyMatch(p -> p.status() == Status.CHANGED && !p.accepted());
    }

    /** One line for the build log, e.g. {@code 6 page(s) of 6 spec(s): 4 unchanged, 1 changed, 1 unreachable}. */
    public String summary() {
        long specs = pages.stream().map(Page::spec).distinct().count();
        long accepted = pages.stream().filter(Page::accepted).count();
        return pages.size() + " page(s) of " + specs + " spec(s): " + count(Status.UNCHANGED) + " unchanged, "
                + count(Status.CHANGED) + " changed" + (accepted > 0 ? " (" + accepted + " accepted)" : "") + ", "
                + count(Status.UNREACHABLE) + " unreachable; report " + markdown;
    }

    /** One line per page that is not unchanged, for the build log. */
    public List<String> details() {
        return pages.stream()
                .filter(p -> p.status() != Status.UNCHANGED || p.accepted())
                .map(p -> p.status().name().toLowerCase(java.util.Locale.ROOT) + (p.accepted() ? ", accepted" : "")
                        + ": " + p.spec() + " " + p.url()
                        + (p.reason().isEmpty() ? "" : " (" + p.reason() + ")"))
                .toList();
    }
}
