package io.handspec.samples.toggl;

import io.handspec.runtime.ApiException;
import io.handspec.samples.toggl.reports.TogglReportsClient;
import io.handspec.samples.toggl.reports.model.DetailedReportRequest;
import io.handspec.samples.toggl.reports.model.DetailedReportRow;
import io.handspec.samples.toggl.track.TogglTrackClient;
import io.handspec.samples.toggl.track.model.Me;
import io.handspec.samples.toggl.track.model.TimeEntry;
import io.handspec.samples.toggl.track.model.TimeEntryChanges;
import io.handspec.samples.toggl.track.model.TimeEntryCreate;
import io.handspec.samples.toggl.track.model.Workspace;
import io.handspec.samples.toggl.track.model.WorkspaceChanges;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The Toggl job: who am I, my workspaces, start a timer, stop it, change only its description,
 * page through a detailed report (surviving a 429), and a 402 that is not retried.
 */
public final class TogglFlow {
    /**
     * What the flow saw.
     *
     * @param me          the signed-in user
     * @param workspaces  their workspaces
     * @param started     the running entry
     * @param stopped     the entry after stopping
     * @param renamed     the entry after changing its description
     * @param rows        every row of the detailed report
     * @param paymentRequired the typed 402
     */
    public record Result(
            Me me,
            List<Workspace> workspaces,
            TimeEntry started,
            TimeEntry stopped,
            TimeEntry renamed,
            List<DetailedReportRow> rows,
            ApiException.PaymentRequired paymentRequired) {}

    private TogglFlow() {}

    public static Result run(TogglTrackClient track, TogglReportsClient reports, OffsetDateTime now, PrintStream out) {
        Me me = track.me().getMe();
        out.printf("Signed in as %s <%s>, time zone %s%n", me.fullname(), me.email(), me.timezone());
        List<Workspace> workspaces = track.me().listMyWorkspaces();
        workspaces.forEach(w -> out.printf("  workspace %d: %s (%s)%n", w.id(), w.name(), w.role()));
        long workspace = me.defaultWorkspaceId();

        TimeEntry started = track.timeEntries()
                .createTimeEntry(
                        workspace,
                        TimeEntryCreate.builder()
                                .createdWith("handspec-sample")
                                .workspaceId(workspace)
                                .start(now)
                                .duration(-1L)
                                .description("Writing the Toggl spec")
                                .build());
        out.printf(
                "Started timer %d \"%s\" (running: duration %d)%n",
                started.id(), started.description(), started.duration());
        TimeEntry stopped = track.timeEntries().stopTimeEntry(workspace, started.id());
        out.printf("Stopped after %d minutes%n", stopped.duration() / 60);
        TimeEntry renamed = track.timeEntries()
                .updateTimeEntry(
                        workspace,
                        stopped.id(),
                        TimeEntryChanges.builder()
                                .description("Reviewing the Toggl spec")
                                .build());
        out.printf("Description is now \"%s\" (only that field was sent)%n", renamed.description());

        List<DetailedReportRow> rows = reports
                .reports()
                .searchTimeEntries(
                        workspace,
                        DetailedReportRequest.builder()
                                .startDate(LocalDate.of(2024, 1, 1))
                                .endDate(LocalDate.of(2024, 1, 31))
                                .pageSize(2)
                                .build())
                .stream()
                .toList();
        out.printf("Detailed report: %d rows (pages chained by X-Next-ID, a 429 waited out)%n", rows.size());
        rows.forEach(r -> out.printf(
                "  #%d %s %ds%n",
                r.rowNumber(), r.description(), r.timeEntries().get(0).seconds()));

        ApiException.PaymentRequired paymentRequired = null;
        try {
            track.workspaces()
                    .updateWorkspace(
                            workspace,
                            WorkspaceChanges.builder().defaultHourlyRate(50.0).build());
        } catch (ApiException.PaymentRequired e) {
            paymentRequired = e;
            out.printf(
                    "Setting a default rate: 402, \"%s\" (not retried)%n",
                    e.error(String.class).orElse(e.bodyAsString()));
        }
        return new Result(me, workspaces, started, stopped, renamed, rows, paymentRequired);
    }
}
