package io.handspec.bench;

import io.handspec.bench.kalo.KaloClient;
import io.handspec.bench.kalo.model.Project;
import io.handspec.bench.kalo.model.ProjectIdentifier;
import io.handspec.bench.kalo.model.RateType;
import io.handspec.bench.kalo.model.Task;
import io.handspec.bench.kalo.model.TaskAttributes;
import io.handspec.bench.kalo.model.TaskCreate;
import io.handspec.bench.kalo.model.TaskRelationships;
import io.handspec.bench.kalo.model.UserIdentifier;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime's cost per call: the generated Kalo client against the same calls written by hand
 * with the JDK's HttpClient and Jackson ({@link HandWrittenKalo}), both against one local server
 * ({@link KaloServer}). {@code createTask} builds, authenticates and serialises a request and reads
 * a typed task (a small body each way); {@code listProjects} reads every page of a listing, with a
 * small body (one page of three projects) and a large one (four pages of thirty projects with a
 * 1,000-character description each, about 130 KB). Run with {@link RuntimeBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RuntimeBenchmark {
    /** The listing's size: {@code small} or {@code large}. */
    @Param({"small", "large"})
    public String body;

    private KaloServer server;
    private KaloClient generated;
    private HandWrittenKalo handWritten;
    private TaskCreate task;
    private HandWrittenKalo.TaskCreate handTask;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = body.equals("large") ? new KaloServer(120, 30, 1000) : new KaloServer(3, 30, 40);
        generated = KaloClient.builder()
                .baseUri(server.baseUri().toString())
                .kaloApiKey(KaloServer.KEY)
                .build();
        handWritten = new HandWrittenKalo(server.baseUri(), KaloServer.KEY);
        UUID project = UUID.fromString("5b0bd1ae-9f1e-4a5f-8a40-1f1d4c5b0a01");
        task = TaskCreate.builder()
                .attributes(TaskAttributes.builder()
                        .summary("Edit the launch video")
                        .description("Two cuts, 90s and 30s")
                        .rate(350.0)
                        .rateType(RateType.DAILY)
                        .build())
                .relationships(TaskRelationships.builder()
                        .project(TaskRelationships.Project.builder()
                                .data(ProjectIdentifier.builder().id(project).build())
                                .build())
                        .managers(TaskRelationships.Managers.builder()
                                .data(List.of(
                                        UserIdentifier.builder().id(100).build(),
                                        UserIdentifier.builder().id(101).build()))
                                .build())
                        .build())
                .build();
        handTask = new HandWrittenKalo.TaskCreate(
                "task",
                new HandWrittenKalo.TaskAttributes(
                        "Edit the launch video", "Two cuts, 90s and 30s", 350.0, "daily", null),
                new HandWrittenKalo.TaskRelationships(
                        new HandWrittenKalo.ToOne(new HandWrittenKalo.Identifier("project", project.toString())),
                        new HandWrittenKalo.ToMany(List.of(
                                new HandWrittenKalo.UserIdentifier("user", 100),
                                new HandWrittenKalo.UserIdentifier("user", 101)))));
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public Task createTaskGenerated() {
        return generated.tasks().createTask(task);
    }

    @Benchmark
    public HandWrittenKalo.Task createTaskHandWritten() throws Exception {
        return handWritten.createTask(handTask);
    }

    @Benchmark
    public List<Project> listProjectsGenerated() {
        return generated.projects().listProjects().stream().toList();
    }

    @Benchmark
    public List<HandWrittenKalo.Project> listProjectsHandWritten() throws Exception {
        return handWritten.listProjects();
    }
}
