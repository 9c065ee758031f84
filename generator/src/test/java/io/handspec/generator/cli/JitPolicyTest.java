package io.handspec.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CLI's JVM compiles with C1 only unless {@code -Dhandspec.jit=full}: each case runs a child JVM
 * (the directive is for a whole JVM, and the tests' JVM is shared) with {@code -XX:+PrintCompilation},
 * and reads from HotSpot's own report whether C2 compiled a hot method.
 */
class JitPolicyTest {
    /** Runs {@code mainClass} in a child JVM with compilations printed; its exit status and output. */
    private static Child child(List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+PrintCompilation");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path output = Files.createTempFile("jit-policy", ".txt");
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM ended");
            return new Child(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private record Child(int status, String output) {
        /** The tiers at which HotSpot compiled {@code method} ("Class::name"), from -XX:+PrintCompilation's lines. */
        List<Integer> tiers(String method) {
            List<Integer> tiers = new ArrayList<>();
            for (String line : output.lines().toList()) {
                String[] t = line.trim().split("\\s+");
                // "   timestamp   id  flags  tier  Class::method (n bytes)"; flags are letters and symbols
                if (t.length < 4 || !t[0].matches("\\d+") || !t[1].matches("\\d+") || !line.contains(method + " ")) {
                    continue;
                }
                for (int i = 2; i < t.length; i++) {
                    if (t[i].matches("[0-4]")) {
                        tiers.add(Integer.parseInt(t[i]));
                        break;
                    }
                    if (t[i].contains("::")) {
                        break;
                    }
                }
            }
            return tiers;
        }
    }

    private static final String HOT = Probe.class.getName() + "::hot";

    @Test
    void byDefaultC2CompilesNothingSoAHotMethodStaysWithC1() throws Exception {
        Child run = child(List.of(), Probe.class.getName());
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("directive taken: true"), run.output());
        List<Integer> tiers = run.tiers(HOT);
        assertFalse(tiers.isEmpty(), "the hot method was compiled at all:\n" + run.output());
        assertFalse(tiers.contains(4), "C2 compiled it: " + tiers);
    }

    @Test
    void withFullC2CompilesTheHotMethodAsUsual() throws Exception {
        // the probe's method is hot enough for C2, so the default case's silence above means something
        Child run = child(List.of("-Dhandspec.jit=full"), Probe.class.getName());
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("no directive"), run.output());
        assertTrue(run.tiers(HOT).contains(4), "C2 compiled it:\n" + run.output());
    }

    @Test
    void compilerOptionsOfTheUsersOwnAreLeftAsTheyAre() throws Exception {
        // C2 stays on here only because the user's options are respected: -XX:CICompilerCount=2 is the default
        Child run = child(List.of("-XX:CICompilerCount=2"), Probe.class.getName());
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("directive taken: false"), run.output());
        assertTrue(run.tiers(HOT).contains(4), "C2 compiled it:\n" + run.output());

        for (String own : List.of(
                "-Xint",
                "-Xcomp",
                "-XX:TieredStopAtLevel=1",
                "-XX:-TieredCompilation",
                "-XX:CompileCommand=exclude,java/lang/String.hashCode",
                "-XX:CompilerDirectivesFile=mine.json",
                "-XX:CompilationMode=high-only",
                "-XX:CICompilerCount=4",
                "-XX:Tier4InvocationThreshold=100000",
                "-XX:+UseJVMCICompiler")) {
            assertTrue(JitPolicy.userChoseCompilers(List.of("-Xmx1g", own)), own);
        }
        for (String other : List.of(
                "-Xmx1g",
                "-XX:+UseG1GC",
                "-XX:MaxRAMPercentage=50",
                "-Dhandspec.jit=quick",
                "-XX:+PrintCompilation",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:+LogCompilation")) {
            assertFalse(JitPolicy.userChoseCompilers(List.of(other)), other);
        }
    }

    @Test
    void withoutJavaManagementThePolicyChangesNothingAndPrintsNothing() throws Exception {
        Child run = child(List.of("--limit-modules", "java.base"), Quiet.class.getName());
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("policy done"), run.output());
        assertFalse(
                run.output().contains("Exception") || run.output().contains("Error"),
                "nothing printed by the policy:\n" + run.output());
    }

    @Test
    void anUnknownValueStopsTheCliWithStatusTwoAndNamesTheChoices() throws Exception {
        Child run = child(List.of("-Dhandspec.jit=fast"), Main.class.getName(), "--help");
        assertEquals(2, run.status(), run.output());
        assertTrue(
                run.output().contains("-Dhandspec.jit=fast is not understood; give quick")
                        && run.output().contains("or full"),
                run.output());
    }

    @Test
    void theValueIsReadWithoutRegardToCaseOrSpaces() {
        String before = System.getProperty(JitPolicy.PROPERTY);
        try {
            System.setProperty(JitPolicy.PROPERTY, " FULL ");
            assertNull(JitPolicy.start(), "full starts nothing");
            System.setProperty(JitPolicy.PROPERTY, "c1");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, JitPolicy::start);
            assertTrue(e.getMessage().contains("-Dhandspec.jit=c1"), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(JitPolicy.PROPERTY);
            } else {
                System.setProperty(JitPolicy.PROPERTY, before);
            }
        }
    }

    /** The child: applies the policy and waits for it, with nothing else of the CLI around. */
    static final class Quiet {
        private Quiet() {}

        public static void main(String[] args) throws Exception {
            Thread policy = JitPolicy.start();
            policy.join();
            System.out.println("policy done");
        }
    }

    /** The child: applies the policy as {@link Main#main} does, waits for it, then runs a method hot enough for C2. */
    static final class Probe {
        private Probe() {}

        public static void main(String[] args) throws Exception {
            Thread policy = JitPolicy.start();
            if (policy == null) {
                System.out.println("no directive");
            } else {
                policy.join();
                boolean taken = String.valueOf(JitPolicy.diagnosticCommand("compilerDirectivesPrint"))
                        .contains("Exclude:true");
                System.out.println("directive taken: " + taken);
            }
            long sum = 0;
            for (int i = 0; i < 200_000; i++) {
                sum += hot(i);
            }
            // give a C2 compilation queued near the end the time to be printed
            Thread.sleep(500);
            System.out.println("sum " + sum);
        }

        static long hot(int n) {
            long s = 0;
            for (int i = 0; i < 1_000; i++) {
                s += (i ^ n) * 31L;
            }
            return s;
        }
    }
}
