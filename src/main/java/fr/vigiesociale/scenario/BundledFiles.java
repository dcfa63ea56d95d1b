package fr.vigiesociale.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files bundled in the jar under {@code scenarios/}, found through the {@code scenarios/INDEX}
 * the build writes (a jar cannot list its own folders).
 */
public final class BundledFiles {

    /** One bundled YAML or JSON file: its path under {@code scenarios/}, its bytes and its format. */
    public record File(String name, byte[] content, ScenarioReader.Format format) { }

    private BundledFiles() {
    }

    /**
     * The bundled YAML and JSON files whose path under {@code scenarios/} passes {@code wanted}, in
     * index order.
     *
     * @throws IllegalStateException if the index or a listed file is missing (a broken build)
     */
    public static List<File> under(Predicate<String> wanted) {
        ClassLoader cl = BundledFiles.class.getClassLoader();
        List<File> files = new ArrayList<>();
        try (InputStream index = cl.getResourceAsStream("scenarios/INDEX")) {
            if (index == null) {
                throw new IllegalStateException("scenarios/INDEX missing from the class path: rebuild with mvn package");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String rel = line.strip();
                ScenarioReader.Format format = ScenarioReader.Format.ofFileName(rel);
                if (rel.isEmpty() || format == null || !wanted.test(rel)) {
                    continue;
                }
                try (InputStream in = cl.getResourceAsStream("scenarios/" + rel)) {
                    if (in == null) {
                        throw new IllegalStateException("scenarios/" + rel + " listed in INDEX but missing");
                    }
                    files.add(new File(rel, in.readAllBytes(), format));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
