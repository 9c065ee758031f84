package io.handspec.generator.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A command of the CLI run in the test's JVM, and what it printed on its last run. */
final class Console {
    /** A command's entry point: arguments and the two streams in, exit status out. */
    interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private final Command command;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    Console(Command command) {
        this.command = command;
    }

    /** The generator's entry point, {@link Main#run}. */
    static Console main() {
        return new Console(Main::run);
    }

    /** Runs the command with {@code args}, forgetting what an earlier run printed; its exit status. */
    int run(String... args) {
        out.reset();
        err.reset();
        return command.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
