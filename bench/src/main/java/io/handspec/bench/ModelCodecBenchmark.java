package io.handspec.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.handspec.bench.kalo.model.ProjectListDocument;
import io.handspec.bench.kalo.model.Task;
import io.handspec.bench.kalo.model.TaskCreate;
import io.handspec.bench.kalo.model.TaskDocument;
import io.handspec.runtime.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The models' own cost, without HTTP: reading a page of thirty projects (1,000 characters of
 * description each, as the large listing of {@link RuntimeBenchmark}), reading a task and writing a
 * new one, with the generated models and the runtime's mapper against the hand-written records
 * ({@link HandWrittenKalo}) and a plain mapper. Run with JMH:
 *
 * <pre>
 * java -cp … org.openjdk.jmh.Main ModelCodecBenchmark -prof gc
 * </pre>
 *
 * On a shared machine {@link ModelCodecCpu} measures the same calls by CPU time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ModelCodecBenchmark {
    private byte[] page;
    private byte[] task;
    private ObjectReader generatedPage;
    private ObjectReader generatedTask;
    private ObjectWriter generatedWriter;
    private TaskCreate generatedCreate;
    private ObjectMapper handWritten;
    private HandWrittenKalo.TaskCreateDocument handWrittenCreate;

    @Setup
    public void setUp() throws IOException {
        page = KaloServer.pages(30, 30, 1000).get(0);
        task = KaloServer.task();
        ObjectMapper mapper = Json.newMapper();
        generatedPage = mapper.readerFor(ProjectListDocument.class);
        generatedTask = mapper.readerFor(TaskDocument.class);
        // as the generated client writes a JSON:API body: the model under the document's root key
        generatedWriter = mapper.writer().withRootName("data");
        generatedCreate = RuntimeBenchmark.generatedTask();
        handWritten = HandWrittenKalo.mapper();
        handWrittenCreate = new HandWrittenKalo.TaskCreateDocument(RuntimeBenchmark.handWrittenTask());
        String generated = new String(writeTaskGenerated(), StandardCharsets.UTF_8);
        String byHand = new String(writeTaskHandWritten(), StandardCharsets.UTF_8);
        if (!generated.equals(byHand)) {
            throw new IllegalStateException("the two write different JSON:\n" + generated + "\n" + byHand);
        }
        ProjectListDocument read = readPageGenerated();
        HandWrittenKalo.ProjectList readByHand = readPageHandWritten();
        if (read.data().size() != 30
                || readByHand.data().size() != 30
                || !read.data().get(29).id().equals(readByHand.data().get(29).id())) {
            throw new IllegalStateException("the two read different pages");
        }
    }

    @Benchmark
    public ProjectListDocument readPageGenerated() throws IOException {
        return generatedPage.readValue(page);
    }

    @Benchmark
    public HandWrittenKalo.ProjectList readPageHandWritten() throws IOException {
        return handWritten.readValue(page, HandWrittenKalo.ProjectList.class);
    }

    @Benchmark
    public Task readTaskGenerated() throws IOException {
        return generatedTask.<TaskDocument>readValue(task).data();
    }

    @Benchmark
    public HandWrittenKalo.Task readTaskHandWritten() throws IOException {
        return handWritten.readValue(task, HandWrittenKalo.TaskDocument.class).data();
    }

    @Benchmark
    public byte[] writeTaskGenerated() throws IOException {
        return generatedWriter.writeValueAsBytes(generatedCreate);
    }

    @Benchmark
    public byte[] writeTaskHandWritten() throws IOException {
        return handWritten.writeValueAsBytes(handWrittenCreate);
    }
}
