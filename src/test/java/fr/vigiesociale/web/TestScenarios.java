package fr.vigiesociale.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bundled scenario files, read as bytes, for requests. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of("scenarios", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }
}
