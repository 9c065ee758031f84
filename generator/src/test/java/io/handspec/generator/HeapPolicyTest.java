package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.handspec.generator.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a process that owns its JVM asks for a collection: the Maven plugin runs inside Maven's JVM
 * (with other plugins and the compiler), where a {@code System.gc()} would stop everyone's threads.
 * The job, the generator and the CLI's {@link Main#run} (which tools embed) never collect; only
 * {@link Main#main}, which ends its JVM, switches the policy on.
 */
class HeapPolicyTest {
    @TempDir
    Path dir;

    private final AtomicInteger explicit = new AtomicInteger();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (n, handback) -> {
        if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)
                && GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                        .getGcCause()
                        .equals("System.gc()")) {
            explicit.incrementAndGet();
        }
    };

    @BeforeEach
    void listen() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter e = (NotificationEmitter) gc;
            e.addNotificationListener(listener, null, null);
            emitters.add(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (NotificationEmitter e : emitters) {
            e.removeNotificationListener(listener);
        }
    }

    /** Whether an explicit collection is seen within a few seconds (notifications come on their own thread). */
    private boolean collectedExplicitly(int before) throws InterruptedException {
        for (int i = 0; i < 50 && explicit.get() == before; i++) {
            Thread.sleep(100);
        }
        return explicit.get() > before;
    }

    @Test
    void theJobTheGeneratorAndTheCliRunNeverCollectInASharedJvm() throws Exception {
        // the listener does see an explicit collection, so its silence below means something
        int start = explicit.get();
        System.gc();
        assertTrue(collectedExplicitly(start), "an explicit collection is noticed");

        // the specs of the project, twice over, with far more than the policy's threshold of heap in use
        Path specs = Files.createDirectories(dir.resolve("specs"));
        try (Stream<Path> all = Files.list(Path.of("../specs"))) {
            for (Path s : all.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("redocly.yaml"))
                    .toList()) {
                Files.copy(s, specs.resolve(s.getFileName()));
                String name = s.getFileName().toString();
                Files.copy(s, specs.resolve(name.replace(".yaml", "_again.yaml")));
            }
        }
        byte[] held = new byte[256 << 20];
        int before = explicit.get();
        JobResult job = GenerationJob.builder()
                .baseDir(dir)
                .spec("specs", "com.example.job")
                .outputDir(dir.resolve("job"))
                .build()
                .run();
        assertTrue(job.files() > 100, job.summary());
        Generator.generate(new GenerateRequest(
                specs.resolve("kalo.yaml").toString(),
                dir.resolve("generator"),
                "com.example.kalo",
                null,
                java.util.Map.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(
                new String[] {
                    "--spec",
                    specs.toString(),
                    "--package",
                    "com.example.cli",
                    "--output",
                    dir.resolve("cli").toString()
                },
                new PrintStream(out),
                new PrintStream(out));
        assertEquals(0, status, out.toString());
        assertTrue(held.length > 0);
        assertTrue(!collectedExplicitly(before), explicit.get() - before + " explicit collection(s)");
    }
}
