package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.RuleSetFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiled rule bases by the SHA-256 of their files, so that a JVM compiles each rule folder once
 * however often it is loaded (the web app, the command line run in-process, every test). Only
 * bases that load are kept; the few most recently used, since each holds its compiled classes.
 */
final class CompiledCache {

    private static final int SIZE = 4;
    private static final Map<String, CompiledRules> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledRules> eldest) {
            return size() > SIZE;
        }
    };

    private CompiledCache() {
    }

    static synchronized CompiledRules get(RuleSetFiles files, Function<RuleSetFiles, CompiledRules> compile) {
        String key = files.sha256();
        CompiledRules rules = CACHE.get(key);
        if (rules == null) {
            rules = compile.apply(files);
            CACHE.put(key, rules);
        }
        return rules;
    }
}
