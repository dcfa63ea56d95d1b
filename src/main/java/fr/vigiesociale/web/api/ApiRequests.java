package fr.vigiesociale.web.api;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.web.ScenarioInput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** What every API endpoint reads from a request: the {@code lang} parameter and a scenario body. */
final class ApiRequests {

    private ApiRequests() {
    }

    /** {@code fr} (default) or {@code en}; anything else is a 400 naming the allowed values. */
    static Lang lang(String code) {
        if (code == null || code.isBlank()) {
            return Lang.FR;
        }
        return Lang.parse(code).orElseThrow(() -> new BadParameterException("lang", code, "fr, en"));
    }

    /** The body's format, from its Content-Type; anything but JSON or YAML is a 415. */
    static ScenarioReader.Format format(HttpServletRequest request) {
        String type = request.getContentType();
        try {
            return ScenarioInput.formatOf(type == null ? null : MediaType.parseMediaType(type))
                    .orElseThrow(() -> new UnsupportedScenarioTypeException(type));
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedScenarioTypeException(type);
        }
    }

    /** Whether an Accept header asks for YAML (JSON otherwise). */
    static boolean wantsYaml(String accept) {
        if (accept == null) {
            return false;
        }
        // the preferred of JSON and YAML: highest quality first, the order given breaks ties (a
        // generated client sends "application/json, application/yaml" and wants JSON)
        List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        return types.stream().map(ScenarioInput::formatOf).flatMap(Optional::stream).findFirst()
                .orElse(ScenarioReader.Format.JSON) == ScenarioReader.Format.YAML;
    }

    /** The body, refused before reading when its declared length is already too large. */
    static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > ScenarioReader.MAX_BYTES) {
            throw new ScenarioInput.PayloadTooLargeException();
        }
        return ScenarioInput.readLimited(request.getInputStream());
    }

    /** A query parameter with a value outside its allowed list. */
    static final class BadParameterException extends RuntimeException {
        final String name;
        final String value;
        final String allowed;

        BadParameterException(String name, String value, String allowed) {
            super(name + "=" + value);
            this.name = name;
            this.value = value;
            this.allowed = allowed;
        }
    }

    /** A body that is neither JSON nor YAML. */
    static final class UnsupportedScenarioTypeException extends RuntimeException {
        final String type;

        UnsupportedScenarioTypeException(String type) {
            super(String.valueOf(type));
            this.type = type;
        }
    }
}
