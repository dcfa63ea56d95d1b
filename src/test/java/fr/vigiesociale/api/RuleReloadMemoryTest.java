package fr.vigiesociale.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigiesociale.RuleFolders;
import fr.vigiesociale.engine.CompiledRules;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose rules an expert edits through the day loads one new rule folder after another:
 * each loaded base must become collectable once newer ones have taken its place in the caches, or
 * the JVM grows with every reload until it falls over.
 */
class RuleReloadMemoryTest {

    private static final int RELOADS = 10;

    @Test
    void tenReloadedRuleFoldersLeaveAtMostTheKeptBasesReachable(@TempDir Path tmp) throws Exception {
        List<WeakReference<RuleBase>> loaded = new ArrayList<>();
        for (int i = 0; i < RELOADS; i++) {
            Path dir = RuleFolders.copy(Files.createDirectory(tmp.resolve("rules-" + i)));
            // another description, another SHA-256: a new rule set, as an expert's edit makes
            RuleFolders.edit(dir, "ruleset.yaml", "description: >", "description: >\n  Version " + i + ".");
            RuleBase rules = VigieSociale.loadRules(dir);
            assertThat(rules.assess(VigieSociale.readScenario(Path.of("scenarios/quartiers-nord-confinement.yaml")))
                    .actions()).isNotEmpty();
            loaded.add(new WeakReference<>(rules));
        }
        assertThat(reachableAfterGc(loaded)).as("rule bases still reachable after %d reloads", RELOADS)
                .isLessThanOrEqualTo(CompiledRules.KEPT_BASES);
    }

    /** How many of them are still reachable once the collector has had its chances. */
    private static long reachableAfterGc(List<WeakReference<RuleBase>> refs) throws InterruptedException {
        long alive = refs.size();
        for (int attempt = 0; attempt < 20 && alive > CompiledRules.KEPT_BASES; attempt++) {
            System.gc();
            Thread.sleep(50);
            alive = refs.stream().filter(r -> r.get() != null).count();
        }
        return alive;
    }

    @Test
    void theSameFolderLoadedTwiceGivesTheSameRuleBase() throws IOException {
        assertThat(VigieSociale.loadRules(Path.of("rules"))).isSameAs(VigieSociale.loadRules(Path.of("rules")));
    }
}
