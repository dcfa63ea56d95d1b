package fr.vigiesociale.web;

import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * Scenario content arriving over HTTP (a request body or an uploaded file), read by the same
 * strict reader as the command line, so a user sees the same errors everywhere.
 */
public final class ScenarioInput {

    /** Media types accepted for a scenario, as listed in error messages. */
    public static final String ACCEPTED_TYPES = "application/json, application/yaml";

    private static final ScenarioReader READER = new ScenarioReader();

    private ScenarioInput() {
    }

    /** The scenario format of a content type: JSON ({@code application/json}, {@code …+json}) or YAML. */
    public static Optional<ScenarioReader.Format> formatOf(MediaType type) {
        if (type == null) {
            return Optional.empty();
        }
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        if (sub.equals("json") || sub.endsWith("+json")) {
            return Optional.of(ScenarioReader.Format.JSON);
        }
        if (sub.equals("yaml") || sub.equals("x-yaml") || sub.endsWith("+yaml")) {
            return Optional.of(ScenarioReader.Format.YAML);
        }
        return Optional.empty();
    }

    /**
     * Reads at most {@link ScenarioReader#MAX_BYTES} bytes (plus one, to tell a larger body).
     *
     * @throws PayloadTooLargeException if the content is larger
     */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] content = in.readNBytes(ScenarioReader.MAX_BYTES + 1);
        if (content.length > ScenarioReader.MAX_BYTES) {
            throw new PayloadTooLargeException();
        }
        return content;
    }

    /** Reads and validates a scenario; {@code source} names it in error messages. */
    public static Scenario read(String source, byte[] content, ScenarioReader.Format format) {
        return READER.read(source, content, format);
    }

    /** Content larger than a scenario may be. */
    public static final class PayloadTooLargeException extends RuntimeException {
        public PayloadTooLargeException() {
            super("scenario larger than " + ScenarioReader.MAX_BYTES + " bytes");
        }
    }
}
