package fr.vigiesociale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies of the project's rules/ folder with one mistake seeded, for the tests of rule loading. */
public final class RuleFolders {

    private RuleFolders() {
    }

    /** A copy of rules/ in {@code dir}. */
    public static Path copy(Path dir) throws IOException {
        Path from = Path.of("rules");
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }

    /** Replaces the first {@code from} in a file of the copy, which must contain it. */
    public static void edit(Path dir, String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).as("%s holds the text to change", file).contains(from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The line (1-based) of the first line of a file of the copy that contains {@code text}. */
    public static int lineOf(Path dir, String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }
}
