package fr.vigiesociale;

import fr.vigiesociale.cli.Main;
import fr.vigiesociale.web.session.PasswordHash;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the jar. {@code evaluate …} (or {@code --help}) runs the command line of
 * contract v1 §3 without touching Spring; no argument, or only Spring-style options such as
 * {@code --server.port=9090}, starts the web app and REST API. {@code password-hash} makes a
 * trainer's password hash for the configuration.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VigieSocialeApplication {

    private static final Set<String> COMMAND_LINE_FLAGS = Set.of("-h", "--help", "help");

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("password-hash")) {
            PasswordHash.main(args);
        } else if (isCommandLine(args)) {
            Main.main(args);
        } else {
            SpringApplication.run(VigieSocialeApplication.class, args);
        }
    }

    /** A command or a help flag goes to the command line; options alone ({@code --server.port=…}) go to the web app. */
    static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return COMMAND_LINE_FLAGS.contains(args[0]) || !args[0].startsWith("--");
    }
}
