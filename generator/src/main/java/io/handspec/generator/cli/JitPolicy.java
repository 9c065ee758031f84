package io.handspec.generator.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which of HotSpot's compilers the CLI's JVM uses. A run of the CLI lasts seconds, and in that time
 * HotSpot's optimising compiler (C2) spends as much CPU as the generation itself, compiling methods
 * that mostly have stopped running by the time their code is ready (BENCHMARKS.md: on GitHub's spec,
 * 10.0 s of CPU with C2 and 4.7 s without). So the CLI, which owns its JVM, asks HotSpot through its
 * diagnostic command {@code Compiler.directives_add} (what {@code jcmd} calls) to leave C2 out: code is
 * compiled by the quick compiler (C1) only. {@code -Dhandspec.jit=full} keeps C2, for a run so long
 * that C2's faster code pays back its compiling. The Maven plugin never does this: Maven's JVM is
 * shared with other plugins and the compiler, and lives longer.
 *
 * <p>On a JVM without the command (not HotSpot, or without {@code java.management}), or one started
 * with compiler options of the user's own ({@link #userChoseCompilers}), nothing changes.
 */
final class JitPolicy {
    /** The system property that chooses; {@value #QUICK} by default. */
    static final String PROPERTY = "handspec.jit";

    static final String QUICK = "quick";
    static final String FULL = "full";

    /** A HotSpot compiler directive: for every method, C2 may not compile it (so C1 compiles it for good). */
    static final String DIRECTIVE = "[{ match: [\"*.*\"], c2: { Exclude: true } }]";

    private JitPolicy() {}

    /**
     * Starts choosing on a daemon thread (setting up the management beans takes about 0.15 s of CPU,
     * which the generation need not wait for); the thread, or null when {@code -Dhandspec.jit=full}.
     *
     * @throws IllegalArgumentException when the property has a value other than quick or full
     */
    static Thread start() {
        String mode = System.getProperty(PROPERTY, QUICK).trim().toLowerCase(Locale.ROOT);
        if (mode.equals(FULL)) {
            return null;
        }
        if (!mode.equals(QUICK)) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + System.getProperty(PROPERTY)
                    + " is not understood; give " + QUICK + " (the default: no C2 for a run of seconds) or "
                    + FULL + " (keep HotSpot's C2 compiler, for long runs)");
        }
        Thread t = new Thread(JitPolicy::apply, "handspec-jit-policy");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Leaves out C2 unless the user chose compilers; silent, the JVM unchanged, when java.management is missing. */
    private static void apply() {
        try {
            if (!userChoseCompilers(ManagementFactory.getRuntimeMXBean().getInputArguments())) {
                leaveOutC2();
            }
        } catch (Exception | LinkageError e) {
            // java.management left out (--limit-modules, a jlinked runtime): the JVM keeps its default compilers
        }
    }

    /**
     * Whether the JVM's own options choose how it compiles ({@code -Xint}, {@code -Xcomp}, or an
     * {@code -XX:} option about tiers, compile commands, directives or compiler threads): then the
     * user's choice stands and the policy adds nothing (a directive for every method would shadow
     * theirs).
     */
    static boolean userChoseCompilers(List<String> jvmArguments) {
        for (String a : jvmArguments) {
            if (a.equals("-Xint") || a.equals("-Xcomp")) {
                return true;
            }
            if (a.startsWith("-XX:")) {
                String name = a.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
                // Tiered..., Tier4...Threshold, CompileCommand, CompilerDirectivesFile, CompilationMode,
                // CompileThreshold..., CICompilerCount...; not PrintCompilation or LogCompilation
                if (name.startsWith("Tier")
                        || name.startsWith("Compil")
                        || name.startsWith("CICompilerCount")
                        || name.equals("UseJVMCICompiler")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds {@link #DIRECTIVE}; true when HotSpot took it. Any failure leaves the JVM as it was. */
    static boolean leaveOutC2() {
        Path file = null;
        try {
            // the command reads its directives from a file
            file = Files.createTempFile("handspec-jit", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object reply = diagnosticCommand(
                    "compilerDirectivesAdd", file.toAbsolutePath().toString());
            return String.valueOf(reply).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            // not HotSpot, no java.management, or no temporary folder: the JVM keeps its default compilers
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Invokes a HotSpot diagnostic command (the operation's name as the MBean spells it, e.g. {@code compilerDirectivesPrint}). */
    static Object diagnosticCommand(String operation, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        operation,
                        new Object[] {arguments},
                        new String[] {String[].class.getName()});
    }
}
