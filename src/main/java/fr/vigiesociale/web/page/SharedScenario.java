package fr.vigiesociale.web.page;

import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.scenario.ScenarioWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A scenario carried in a page address ({@code /resultat?s=…}): its YAML, deflated, in URL-safe
 * base64. Nothing is stored on the server, so a link works on any instance, after a restart and
 * for as long as it is kept; it is read back as strictly as a file, and never inflates beyond a
 * scenario file's limit.
 */
final class SharedScenario {

    private SharedScenario() {
    }

    static String encode(Scenario s) {
        return encodeYaml(ScenarioWriter.yaml(s));
    }

    /** The same, from the scenario's YAML already written (a page that also carries it in its forms). */
    static String encodeYaml(String written) {
        byte[] yaml = written.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(yaml);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length / 3 + 16);
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The scenario of a link, or an {@link InvalidScenarioException} saying the link is damaged. */
    static Scenario decode(String s) {
        byte[] deflated;
        try {
            deflated = Base64.getUrlDecoder().decode(s == null ? "" : s.strip());
        } catch (IllegalArgumentException e) {
            throw damaged();
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream yaml = new ByteArrayOutputStream(deflated.length * 4);
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(); // cut short
                }
                yaml.write(buffer, 0, n);
                if (yaml.size() > ScenarioReader.MAX_BYTES) {
                    throw new InvalidScenarioException(SOURCE, List.of(ScenarioError.global("tooLarge",
                            Integer.toString(ScenarioReader.MAX_BYTES / 1024))));
                }
            }
        } catch (DataFormatException e) {
            throw damaged();
        } finally {
            inflater.end();
        }
        return Pages.carried(yaml.toString(StandardCharsets.UTF_8));
    }

    static final String SOURCE = "lien";

    private static InvalidScenarioException damaged() {
        return new InvalidScenarioException(SOURCE, List.of(ScenarioError.global("sharedLink")));
    }
}
