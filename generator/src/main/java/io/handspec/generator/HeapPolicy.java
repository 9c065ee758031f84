package io.handspec.generator;

/**
 * How generation treats the heap of the JVM it runs in. By default it leaves collections to the JVM,
 * as a library sharing its JVM (the Maven plugin runs inside Maven's) must. A process that owns its
 * JVM, the command line, asks for a collection once a spec's parse tree is dropped: the heap then
 * sizes itself for the small model that is left rather than growing the young generation over the
 * parser's garbage, which about halves the peak memory of a large spec.
 */
public final class HeapPolicy {
    private static volatile boolean ownsJvm;

    private HeapPolicy() {}

    /** Called by a {@code main} that owns its JVM; never by code that shares one. */
    public static void ownJvm() {
        ownsJvm = true;
    }

    /** Below this much heap in use a collection is not worth its pause (a folder of small specs asks for none). */
    private static final long WORTH_COLLECTING = 64L << 20;

    /** The parse tree of a spec was dropped: collect it now when this process owns its JVM and the heap is large. */
    static void parseTreeDropped() {
        Runtime rt = Runtime.getRuntime();
        if (ownsJvm && rt.totalMemory() - rt.freeMemory() > WORTH_COLLECTING) {
            long start = System.nanoTime();
            System.gc();
            io.handspec.generator.spec.Stage.log("collect", start);
        }
    }
}
