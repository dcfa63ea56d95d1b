package fr.vigiesociale.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM compiles a rule folder once per content: the same files give the same compiled base, a change a new one. */
class CompiledCacheTest {

    @Test
    void theSameFilesAreCompiledOnceWhereverTheyComeFrom(@TempDir Path dir) throws IOException {
        CompiledRules project = CompiledRules.compile(RuleSetFiles.fromDirectory(Path.of("rules")));
        assertThat(CompiledRules.compile(RuleSetFiles.fromDirectory(RuleFolders.copy(dir.resolve("copy")))))
                .isSameAs(project);
        assertThat(CompiledRules.compile(RuleSetFiles.bundled())).as("the rules bundled on the class path").isSameAs(project);
        Path changed = RuleFolders.copy(dir.resolve("changed"));
        RuleFolders.edit(changed, "weights.yaml", "  trigger.gap: 25", "  trigger.gap: 26");
        CompiledRules other = CompiledRules.compile(RuleSetFiles.fromDirectory(changed));
        assertThat(other).isNotSameAs(project);
        assertThat(other.ruleSet().weights().points("trigger.gap")).isEqualTo(26.0);
    }
}
