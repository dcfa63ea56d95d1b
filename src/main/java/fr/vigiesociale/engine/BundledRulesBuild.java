package fr.vigiesociale.engine;

import fr.vigiesociale.engine.precompiled.RulePrecompiler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step ({@code process-classes}, usage {@code BundledRulesBuild CLASSES_DIR}): the bundled
 * rules precompiled into the executable model, and what their conditions read
 * ({@link ConditionReadsCache}), so the jar neither compiles nor parses its own DRL at start-up.
 */
public final class BundledRulesBuild {

    private BundledRulesBuild() {
    }

    public static void main(String[] args) throws IOException {
        RulePrecompiler.precompile(Path.of(args[0]), ConditionReadsCache::write);
    }
}
