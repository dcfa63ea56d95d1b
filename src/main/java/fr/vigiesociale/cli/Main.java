package fr.vigiesociale.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The command line. Never starts a web server; exits with the status of contract v1 §3. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Library logging (Drools) stays silent on the command line: users read our messages, not logs.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        System.exit(new Cli(out, err, colour).run(args));
    }

    /**
     * Runs the command line in this JVM, without colours and without exiting: what
     * {@link #main} does, for callers that need the output and the exit status.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new Cli(out, err, false).run(args);
    }
}
