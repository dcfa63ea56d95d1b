package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.scenario.DidYouMean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' compile messages, said for a rule author: a misspelt field or count ("unable to resolve
 * method using strict-mode: fr.vigiesociale.engine.Signal.indicatr()") becomes "condition reads
 * « indicatr », which Signal does not have", with the members it does have and the closest one;
 * any other message is kept, on one line.
 */
final class DrlMessages {

    private static final Pattern UNKNOWN_MEMBER =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private DrlMessages() {
    }

    static RuleProblem problem(String file, int line, int column, String text) {
        Matcher m = UNKNOWN_MEMBER.matcher(text);
        if (m.find()) {
            try {
                Class<?> type = Class.forName(m.group(1), false, DrlMessages.class.getClassLoader());
                List<String> members = members(type);
                String closest = DidYouMean.closest(m.group(2), members).map(c -> " [→ " + c + "]").orElse("");
                return new RuleProblem(file, line, column, "unknownMember",
                        List.of(m.group(2), type.getSimpleName(), closest, String.join(", ", members)));
            } catch (ClassNotFoundException e) {
                // not one of ours: keep Drools' own words
            }
        }
        return new RuleProblem(file, line, column, "drl", List.of(text.strip().replaceAll("\\s+", " ")));
    }

    /** What a condition may read on a fact or global: record components and public no-argument accessors. */
    private static List<String> members(Class<?> type) {
        TreeSet<String> out = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == type && !List.of("hashCode", "toString").contains(method.getName())) {
                out.add(method.getName());
            }
        }
        return List.copyOf(out);
    }
}
