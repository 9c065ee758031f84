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
import java.util.concurrent.Callable;
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
 * 1,000-character description each, about 130 KB). Before measuring, each state checks that both
 * clients put the same requests on the wire and read the same values. Run with {@link RuntimeBench}.
 *
 * <p>Both clients' paths are long (the JDK's HTTP client, its selector, Jackson, the server) and take
 * many thousand calls to be compiled: hence the long warm-up. The heap is fixed so that its growth
 * does not show as a trend in the scores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RuntimeBenchmark {
    /** One server and both clients. */
    abstract static class Clients {
        KaloServer server;
        KaloClient generated;
        HandWrittenKalo handWritten;

        void open(KaloServer kalo) {
            server = kalo;
            generated = KaloClient.builder()
                    .baseUri(server.baseUri().toString())
                    .kaloApiKey(KaloServer.KEY)
                    .build();
            handWritten = new HandWrittenKalo(server.baseUri(), KaloServer.KEY);
        }

        /** Fails unless both calls send the same requests (apart from the clients' names) and read the same values. */
        static <G, H> void sameWork(KaloServer server, Callable<G> generated, Callable<H> handWritten)
                throws Exception {
            server.record();
            String read = String.valueOf(generated.call());
            List<String> sent = server.recorded();
            server.record();
            String readByHand = String.valueOf(handWritten.call());
            List<String> sentByHand = server.recorded();
            if (!withoutUserAgent(sent).equals(withoutUserAgent(sentByHand))) {
                throw new IllegalStateException("the clients send different requests:\n" + sent + "\n" + sentByHand);
            }
            if (sent.isEmpty() || !read.equals(readByHand)) {
                throw new IllegalStateException("the clients read different values:\n" + read + "\n" + readByHand);
            }
        }

        private static List<String> withoutUserAgent(List<String> requests) {
            return requests.stream()
                    .map(r -> r.replaceAll("User-agent=\\[[^\\]]*\\]", "User-agent=[…]"))
                    .toList();
        }

        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }
    }

    /** A server with a small listing, for the calls whose cost does not depend on it. */
    @State(Scope.Benchmark)
    public static class Calls extends Clients {
        TaskCreate task;
        HandWrittenKalo.TaskCreate handTask;

        @Setup(Level.Trial)
        public void start() throws Exception {
            open(new KaloServer(3, 30, 40));
            task = generatedTask();
            handTask = handWrittenTask();
            sameWork(server, () -> generated.tasks().createTask(task).id(), () -> handWritten
                    .createTask(handTask)
                    .id());
        }
    }

    private static final UUID PROJECT = UUID.fromString("5b0bd1ae-9f1e-4a5f-8a40-1f1d4c5b0a01");

    /** The new task both clients send, as the generated client's model. */
    static TaskCreate generatedTask() {
        return TaskCreate.builder()
                .attributes(TaskAttributes.builder()
                        .summary("Edit the launch video")
                        .description("Two cuts, 90s and 30s")
                        .rate(350.0)
                        .rateType(RateType.DAILY)
                        .build())
                .relationships(TaskRelationships.builder()
                        .project(TaskRelationships.Project.builder()
                                .data(ProjectIdentifier.builder().id(PROJECT).build())
                                .build())
                        .managers(TaskRelationships.Managers.builder()
                                .data(List.of(
                                        UserIdentifier.builder().id(100).build(),
                                        UserIdentifier.builder().id(101).build()))
                                .build())
                        .build())
                .build();
    }

    /** The same task as the hand-written code's record. */
    static HandWrittenKalo.TaskCreate handWrittenTask() {
        return new HandWrittenKalo.TaskCreate(
                "task",
                new HandWrittenKalo.TaskAttributes(
                        "Edit the launch video", "Two cuts, 90s and 30s", 350.0, "daily", null),
                new HandWrittenKalo.TaskRelationships(
                        new HandWrittenKalo.ToOne(new HandWrittenKalo.Identifier("project", PROJECT.toString())),
                        new HandWrittenKalo.ToMany(List.of(
                                new HandWrittenKalo.UserIdentifier("user", 100),
                                new HandWrittenKalo.UserIdentifier("user", 101)))));
    }

    /** A server with a listing of the size {@link #body} says. */
    @State(Scope.Benchmark)
    public static class Listing extends Clients {
        /** The listing's size: {@code small} or {@code large}. */
        @Param({"small", "large"})
        public String body;

        @Setup(Level.Trial)
        public void start() throws Exception {
            open(body.equals("large") ? new KaloServer(120, 30, 1000) : new KaloServer(3, 30, 40));
            sameWork(
                    server,
                    () -> generated.projects().listProjects().stream()
                            .map(p -> p.id() + " "
                                    + p.attributes().description().length() + " "
                                    + p.attributes().endDate() + " "
                                    + p.relationships().workgroup().data().id())
                            .toList(),
                    () -> handWritten.listProjects().stream()
                            .map(p -> p.id() + " "
                                    + p.attributes().description().length() + " "
                                    + p.attributes().endDate() + " "
                                    + p.relationships().workgroup().data().id())
                            .toList());
        }
    }

    @Benchmark
    public Task createTaskGenerated(Calls c) {
        return c.generated.tasks().createTask(c.task);
    }

    @Benchmark
    public HandWrittenKalo.Task createTaskHandWritten(Calls c) throws Exception {
        return c.handWritten.createTask(c.handTask);
    }

    @Benchmark
    public List<Project> listProjectsGenerated(Listing l) {
        return l.generated.projects().listProjects().stream().toList();
    }

    @Benchmark
    public List<HandWrittenKalo.Project> listProjectsHandWritten(Listing l) throws Exception {
        return l.handWritten.listProjects();
    }
}
