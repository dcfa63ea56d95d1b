package fr.vigiesociale.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The generated examples of a document: a code block right after {@code <!-- example:NAME -->}. */
final class ExampleBlocks {

    private ExampleBlocks() {
    }

    /** The document with the block after the marker NAME holding {@code content} (its fence and language kept). */
    static String replace(String readme, String name, String content) {
        Matcher m = Pattern.compile("(<!-- example:" + Pattern.quote(name) + " -->\\n```[a-z]*\\n)(.*?)(\\n```)", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("block <!-- example:%s --> followed by a code block", name).isTrue();
        return readme.substring(0, m.start(2)) + content.strip() + readme.substring(m.end(2));
    }
}
