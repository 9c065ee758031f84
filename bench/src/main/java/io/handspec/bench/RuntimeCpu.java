package io.handspec.bench;

import io.handspec.bench.kalo.KaloClient;
import io.handspec.bench.kalo.model.TaskCreate;
import io.handspec.runtime.HttpCall;
import io.handspec.runtime.HttpResult;
import io.handspec.runtime.JdkHttpTransport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@link RuntimeBenchmark}'s calls measured by CPU time rather than by the clock, so that a figure
 * can be taken while other work shares the machine: the calling thread's CPU time per call and the
 * whole process's (the JDK client's selector thread and the local server's threads included, the
 * same for both clients), with wall time beside them. A last pair leaves the network out: the
 * generated client over a transport that answers at once from the same bytes, against the
 * hand-written code's own work (building the {@code HttpRequest}, writing the body, reading the
 * answer), which shows the runtime's own cost with nothing else in it. Rounds alternate between
 * the calls; it prints medians after a warm-up.
 *
 * <pre>
 * mvn -B -f bench/pom.xml package exec:java -Dexec.mainClass=io.handspec.bench.RuntimeCpu [-Dexec.args="rounds"]
 * </pre>
 */
public final class RuntimeCpu {
    private RuntimeCpu() {}

    /** One measured call and how many times a round makes it. */
    private record Call(String name, int times, Callable<Object> call) {}

    /** Keeps results alive, so the calls are not optimised away. */
    static volatile Object sink;

    public static void main(String[] args) throws Exception {
        RuntimeBenchmark.Calls calls = new RuntimeBenchmark.Calls();
        calls.start();
        RuntimeBenchmark.Listing small = new RuntimeBenchmark.Listing();
        small.body = "small";
        small.start();
        RuntimeBenchmark.Listing large = new RuntimeBenchmark.Listing();
        large.body = "large";
        large.start();
        RuntimeBenchmark b = new RuntimeBenchmark();
        byte[] taskBody = KaloServer.task();
        KaloClient offline = KaloClient.builder()
                .baseUri("http://127.0.0.1:9")
                .kaloApiKey(KaloServer.KEY)
                .config(c -> c.transport(call -> CompletableFuture.completedFuture(
                        new HttpResult(201, Map.of("content-type", List.of("application/json")), taskBody))))
                .build();
        byte[] pageBody = KaloServer.pages(3, 30, 40).get(0);
        KaloClient offlineListing = KaloClient.builder()
                .baseUri("http://127.0.0.1:9")
                .kaloApiKey(KaloServer.KEY)
                .config(c -> c.transport(call -> CompletableFuture.completedFuture(
                        new HttpResult(200, Map.of("content-type", List.of("application/json")), pageBody))))
                .build();
        TaskCreate task = RuntimeBenchmark.generatedTask();
        HandWrittenKalo.TaskCreate handTask = RuntimeBenchmark.handWrittenTask();
        com.fasterxml.jackson.databind.ObjectMapper json = HandWrittenKalo.mapper();
        java.net.URI base = java.net.URI.create("http://127.0.0.1:9");
        java.net.URI projects = small.server.baseUri().resolve("/projects/");
        small.server.record();
        small.generated.projects().listProjects().stream().toList();
        String userAgent = small.server.recorded().get(0).replaceAll("(?s).*User-agent=\\[([^\\]]*)\\].*", "$1");
        java.net.http.HttpClient jdk = HandWrittenKalo.client();
        java.net.http.HttpClient jdkToo = HandWrittenKalo.client();
        java.net.http.HttpClient jdkThree = HandWrittenKalo.client();
        JdkHttpTransport transport = new JdkHttpTransport(HandWrittenKalo.client());
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        headers.put("X-Kalo-Api-Key", List.of(KaloServer.KEY));
        headers.put("Accept", List.of("application/json"));
        headers.put("User-Agent", List.of(userAgent));
        List<Call> list = List.of(
                new Call("createTask", 1000, () -> b.createTaskGenerated(calls)),
                new Call("createTaskHand", 1000, () -> b.createTaskHandWritten(calls)),
                new Call("listSmall", 1000, () -> b.listProjectsGenerated(small)),
                new Call("listSmallHand", 1000, () -> b.listProjectsHandWritten(small)),
                new Call("listLarge", 150, () -> b.listProjectsGenerated(large)),
                new Call("listLargeHand", 150, () -> b.listProjectsHandWritten(large)),
                // the small listing's GET alone, layer by layer (pairs: the first over the second): the JDK's send
                // with the generated client's User-Agent over the same without it; this runtime's transport over
                // the JDK's send of the same request
                new Call("getUserAgent", 1000, () -> sendJdk(jdk, projects, userAgent)),
                new Call("getJdk", 1000, () -> sendJdk(jdkToo, projects, null)),
                new Call("getTransport", 1000, () -> transport
                        .sendBlocking(new HttpCall("GET", projects, headers, null, Duration.ofSeconds(60)))
                        .join()
                        .body()),
                new Call("getJdkSameHeaders", 1000, () -> sendJdk(jdkThree, projects, userAgent)),
                new Call("createTaskNoNetwork", 20000, () -> offline.tasks().createTask(task)),
                new Call("createTaskNoNetworkHand", 20000, () -> {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/tasks/"))
                            .timeout(Duration.ofSeconds(60))
                            .header("X-Kalo-Api-Key", KaloServer.KEY)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(
                                    json.writeValueAsBytes(new HandWrittenKalo.TaskCreateDocument(handTask))))
                            .build();
                    sink = request;
                    return json.readValue(taskBody, HandWrittenKalo.TaskDocument.class)
                            .data();
                }),
                new Call("listSmallNoNetwork", 20000, () -> offlineListing.projects().listProjects().stream()
                        .toList()),
                new Call("listSmallNoNetworkHand", 20000, () -> {
                    sink = projectsRequest(base.resolve("/projects/"), null);
                    List<HandWrittenKalo.Project> all = new java.util.ArrayList<>();
                    HandWrittenKalo.ProjectList page = json.readValue(pageBody, HandWrittenKalo.ProjectList.class);
                    all.addAll(page.data());
                    return all;
                }));
        String only = System.getProperty("only");
        if (only != null) {
            list = list.stream().filter(c -> c.name().matches(only)).toList();
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[][][] micros = new double[list.size()][4][rounds];
        com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
        for (int round = -warmUp; round < rounds; round++) {
            for (int c = 0; c < list.size(); c++) {
                Call call = list.get(c);
                long wall = System.nanoTime();
                long thread = threads.getCurrentThreadCpuTime();
                long process = os.getProcessCpuTime();
                long bytes = allocation.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < call.times(); i++) {
                    sink = call.call().call();
                }
                if (round >= 0) {
                    micros[c][0][round] = (threads.getCurrentThreadCpuTime() - thread) / 1000.0 / call.times();
                    micros[c][1][round] = (os.getProcessCpuTime() - process) / 1000.0 / call.times();
                    micros[c][2][round] = (System.nanoTime() - wall) / 1000.0 / call.times();
                    micros[c][3][round] = (allocation.getCurrentThreadAllocatedBytes() - bytes) / 1024.0 / call.times();
                }
            }
        }
        System.out.println("Microseconds per call, medians of " + rounds
                + " rounds: calling thread CPU, process CPU, wall (generated / hand-written);"
                + " KiB allocated by the calling thread");
        for (int c = 0; c + 1 < list.size(); c += 2) {
            StringBuilder line = new StringBuilder(
                    String.format(Locale.ROOT, "%-20s", list.get(c).name()));
            for (int m = 0; m < 4; m++) {
                double g = median(micros[c][m]);
                double h = median(micros[c + 1][m]);
                line.append(String.format(Locale.ROOT, "  %8.1f / %8.1f = %.3f", g, h, g / h));
            }
            System.out.println(line);
        }
        calls.stop();
        small.stop();
        large.stop();
    }

    /** The small listing's GET as the hand-written code sends it, with {@code userAgent} when not null. */
    private static byte[] sendJdk(java.net.http.HttpClient client, java.net.URI uri, String userAgent)
            throws Exception {
        return client.send(projectsRequest(uri, userAgent), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    /** The listing's request as the hand-written code builds it, with {@code userAgent} when not null. */
    private static HttpRequest projectsRequest(java.net.URI uri, String userAgent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("X-Kalo-Api-Key", KaloServer.KEY)
                .header("Accept", "application/json");
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        return request.GET().build();
    }

    private static double median(double[] values) {
        double[] out = values.clone();
        Arrays.sort(out);
        return out[out.length / 2];
    }
}
