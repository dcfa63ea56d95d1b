package fr.vigiesociale.cli;

import fr.vigiesociale.i18n.Lang;
import java.nio.file.Path;
import java.util.List;

/**
 * The parsed command line: {@code command} is {@code evaluate}, {@code run} or {@code check} (the
 * two {@code exercise} sub-commands). {@code rules} is {@code null} for the bundled rules.
 */
record Options(String command, Format format, Path rules, Lang lang, List<Path> files) {

    enum Format { TEXT, JSON, MARKDOWN }
}
