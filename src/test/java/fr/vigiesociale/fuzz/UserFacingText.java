package fr.vigiesociale.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What no message shown to a user may contain: an internal class, package or library setting. */
final class UserFacingText {

    private static final List<String> INTERNAL = List.of("Exception", "java.", "tools.jackson", "com.fasterxml",
            "org.yaml", "org.snakeyaml", "fr.vigiesociale", "StreamReadConstraints", "JsonReadFeature", "\tat ");

    /** Errors about the file as a whole, which have no place in it: too large, and the "… and N more" line. */
    static final List<String> WHOLE_FILE = List.of("tooLarge", "moreErrors");

    private UserFacingText() {
    }

    static void assertPlain(String text, String what) {
        assertPlain(text, what, "");
    }

    /** As above, but a word the input itself holds may come back in the answer: it is the user's text, quoted. */
    static void assertPlain(String text, String what, String input) {
        for (String internal : INTERNAL) {
            if (!input.contains(internal)) {
                assertThat(text).as("%s names no internal part", what).doesNotContain(internal);
            }
        }
    }
}
