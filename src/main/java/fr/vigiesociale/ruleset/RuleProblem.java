package fr.vigiesociale.ruleset;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import java.util.List;

/**
 * One problem in a rule folder: the file (relative to the folder), line and column (0 if unknown),
 * and what is wrong, as a message code ({@code rules.error.<code>} in the message bundles) with its
 * arguments, so that the command line and the web app say it in the reader's language.
 */
public record RuleProblem(String file, int line, int column, String code, List<String> args) {

    public RuleProblem {
        args = List.copyOf(args);
    }

    public static RuleProblem of(String file, int line, String code, Object... args) {
        return new RuleProblem(file, line, 0, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The message alone, in {@code lang}. */
    public String message(Lang lang) {
        Messages m = Messages.of(lang);
        // a YAML syntax mistake is named as in a scenario file (error.syntax.<what>)
        Object[] a = code.equals("yaml.syntax") ? new Object[] {m.get("error.syntax." + args.get(0))} : args.toArray();
        return m.get("rules.error." + code, a);
    }

    /** {@code file:line:column: message}, like a compiler, in {@code lang}. */
    public String describe(Lang lang) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message(lang)).toString();
    }

    @Override
    public String toString() {
        return describe(Lang.FR);
    }
}
