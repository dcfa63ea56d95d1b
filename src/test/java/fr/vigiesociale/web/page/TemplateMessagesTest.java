package fr.vigiesociale.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.web.WebSliceTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every visible text of the pages comes from the message bundles: each key a template names
 * exists in French and in English, and no rendered page shows Thymeleaf's "??key??" marker.
 */
@WebSliceTest
class TemplateMessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.]*)[}(]");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Autowired
    MockMvc mvc;

    @Test
    void every_literal_key_in_the_templates_exists_in_both_languages() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    for (Lang lang : Lang.values()) {
                        if (!Messages.of(lang).has(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1) + " (" + lang + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void no_page_shows_a_missing_message_in_either_language() throws Exception {
        for (String lang : List.of("fr", "en")) {
            for (String url : List.of("/", "/formulaire", "/scenarios/quartiers-nord-confinement/evaluation",
                    "/scenarios/canicule-bourg-rural/formulaire", "/comparaison", "/regles", "/rapport", "/scenarios/x/evaluation")) {
                String html = mvc.perform(get(url).param("lang", lang)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).as(url + " " + lang).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
            }
        }
    }

    /** A test that could not fail would prove nothing: a made-up key is reported as missing. */
    @Test
    void a_made_up_key_would_be_caught() {
        Matcher m = KEY.matcher("<p th:text=\"#{web.no.such.key}\">");
        assertThat(m.find()).isTrue();
        assertThat(Messages.of(Lang.FR).has(m.group(1))).isFalse();
    }
}
