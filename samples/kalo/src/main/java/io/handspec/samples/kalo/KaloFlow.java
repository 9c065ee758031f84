package io.handspec.samples.kalo;

import io.handspec.runtime.ApiException;
import io.handspec.samples.kalo.client.KaloClient;
import io.handspec.samples.kalo.client.model.ErrorDocument;
import io.handspec.samples.kalo.client.model.Project;
import io.handspec.samples.kalo.client.model.ProjectIdentifier;
import io.handspec.samples.kalo.client.model.RateType;
import io.handspec.samples.kalo.client.model.Task;
import io.handspec.samples.kalo.client.model.TaskAttributes;
import io.handspec.samples.kalo.client.model.TaskCreate;
import io.handspec.samples.kalo.client.model.TaskPatch;
import io.handspec.samples.kalo.client.model.TaskRelationships;
import io.handspec.samples.kalo.client.model.TaskStatus;
import io.handspec.samples.kalo.client.model.UserIdentifier;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/** The Kalo job: all projects across pages, a new task, its status changed, a missing task. */
public final class KaloFlow {
    /**
     * What the flow saw.
     *
     * @param projects  every project, in order
     * @param created   the new task
     * @param completed the task after the status change
     * @param notFound  the typed error of the missing task
     */
    public record Result(List<Project> projects, Task created, Task completed, ApiException.NotFound notFound) {}

    private KaloFlow() {}

    public static Result run(KaloClient kalo, UUID missingTask, PrintStream out) {
        List<Project> projects = kalo.projects().listProjects().stream().toList();
        out.printf("Projects: %d in all, fetched page by page (30 per page)%n", projects.size());
        projects.stream()
                .limit(3)
                .forEach(p -> out.printf(
                        "  %s  %s (%s to %s)%n",
                        p.id(),
                        p.attributes().title(),
                        p.attributes().startDate(),
                        p.attributes().endDate()));
        Project project = projects.get(0);

        Task created = kalo.tasks()
                .createTask(TaskCreate.builder()
                        .attributes(TaskAttributes.builder()
                                .summary("Edit the launch video")
                                .description("Two cuts, 90s and 30s")
                                .rate(350.0)
                                .rateType(RateType.DAILY)
                                .build())
                        .relationships(TaskRelationships.builder()
                                .project(TaskRelationships.Project.builder()
                                        .data(ProjectIdentifier.builder()
                                                .id(project.id())
                                                .build())
                                        .build())
                                .managers(TaskRelationships.Managers.builder()
                                        .data(List.of(
                                                UserIdentifier.builder().id(100).build(),
                                                UserIdentifier.builder().id(101).build()))
                                        .build())
                                .build())
                        .build());
        out.printf(
                "Created task %s \"%s\" on project \"%s\"%n",
                created.id(),
                created.attributes().summary(),
                project.attributes().title());

        Task completed = kalo.tasks()
                .updateTask(
                        created.id(),
                        TaskPatch.builder()
                                .attributes(TaskAttributes.builder()
                                        .status(TaskStatus.COMPLETED)
                                        .build())
                                .build());
        out.printf(
                "Status is now %s (the PATCH sent only the status)%n",
                completed.attributes().status());

        ApiException.NotFound notFound = null;
        try {
            kalo.tasks().getTask(missingTask);
        } catch (ApiException.NotFound e) {
            notFound = e;
            String detail = e.error(ErrorDocument.class)
                    .map(d -> d.errors().get(0).detail())
                    .orElse(e.bodyAsString());
            out.printf("Task %s: 404, %s%n", missingTask, detail);
        }
        return new Result(projects, created, completed, notFound);
    }
}
