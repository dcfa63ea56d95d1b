package fr.vigiesociale.web.session;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar vigie-sociale.jar password-hash}: asks for a trainer's password (not echoed; or
 * read from standard input when piped) and prints the line to put in the configuration. No server
 * is started and the password is never written anywhere.
 */
public final class PasswordHash {

    private PasswordHash() {
    }

    /** At least 12 characters (OWASP ASVS 2.1.1); a sentence is easier to remember than a code. */
    static final int MIN_LENGTH = 12;

    public static int run(Console console, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Mot de passe du formateur / trainer password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = in.readLine();
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            err.println("Mot de passe trop court : 12 caractères au moins. / Password too short: 12 characters at least.");
            return 1;
        }
        out.println("vigie.trainers.<nom>={bcrypt}" + new BCryptPasswordEncoder().encode(password));
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(run(System.console(), in, System.out, System.err));
    }
}
