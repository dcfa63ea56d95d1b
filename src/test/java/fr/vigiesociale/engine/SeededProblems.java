package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.nio.file.Path;

/** Loading a seeded rule folder and finding the problem it must report, at its file and line. */
final class SeededProblems {

    private SeededProblems() {
    }

    static RuleBaseException load(Path dir) {
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class,
                () -> CompiledRules.compile(RuleSetFiles.fromDirectory(dir)));
        assertThat(e).as("the seeded rule base must not load").isNotNull();
        return e;
    }

    /** The one problem with this code (there may be others of other codes). */
    static RuleProblem only(RuleBaseException e, String code) {
        var matching = e.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertThat(matching).as("problems %s among %s", code, e.problems()).hasSize(1);
        return matching.get(0);
    }

    static void assertAt(RuleProblem p, String file, int line) {
        assertThat(p.file()).as("file of %s", p).isEqualTo(file);
        assertThat(p.line()).as("line of %s", p).isEqualTo(line);
    }
}
