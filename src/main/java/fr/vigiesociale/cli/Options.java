package fr.vigiesociale.cli;

import fr.vigiesociale.i18n.Lang;
import java.nio.file.Path;
import java.util.List;

/** The parsed options of {@code evaluate}. {@code rules} is {@code null} for the bundled rules. */
record Options(Format format, Path rules, Lang lang, List<Path> files) {

    enum Format { TEXT, JSON, MARKDOWN }
}
