package fr.vigiesociale.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of the jar. Never starts a web server; exits with the status of contract v1 §3. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        System.exit(new Cli(out, err, colour).run(args));
    }
}
