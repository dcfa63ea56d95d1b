package fr.vigiesociale.web.page;

import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.web.ScenarioInput;
import java.io.IOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded scenario file, read in memory by the strict reader; errors name the file. */
final class Uploads {

    private Uploads() {
    }

    /** True when the form field holds a file. */
    static boolean present(MultipartFile file) {
        return file != null && !file.isEmpty();
    }

    /**
     * Reads an upload (its format from its extension).
     *
     * @param label the name to use in messages when the browser sent none
     * @throws InvalidScenarioException for a missing or empty file, an unknown extension, or an invalid scenario
     */
    static Scenario read(MultipartFile file, String label) throws IOException {
        String original = file == null ? null : file.getOriginalFilename();
        String name = original == null || original.isBlank() ? label : original.replaceAll(".*[/\\\\]", "");
        if (!present(file)) {
            throw new InvalidScenarioException(name, List.of(ScenarioError.emptyFile()));
        }
        ScenarioReader.Format format = ScenarioReader.Format.ofFileName(name);
        if (format == null) {
            throw new InvalidScenarioException(name, List.of(ScenarioError.global("extension")));
        }
        return ScenarioInput.read(name, ScenarioInput.readLimited(file.getInputStream()), format);
    }
}
