package fr.vigiesociale.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.util.function.Function;

/**
 * Compiled rule bases by the SHA-256 of their files, so that a JVM compiles each rule folder once
 * however often it is loaded (the web app, the command line run in-process, every test). Only
 * bases that load are kept (a failed compilation throws and caches nothing), and at most
 * {@link CompiledRules#KEPT_BASES} of them, since each holds its generated classes.
 */
final class CompiledCache {

    // maintenance on the caller's thread: an evicted base is gone when get returns
    private static final Cache<String, CompiledRules> CACHE = Caffeine.newBuilder()
            .maximumSize(CompiledRules.KEPT_BASES).executor(Runnable::run).build();

    private CompiledCache() {
    }

    static CompiledRules get(RuleSetFiles files, Function<RuleSetFiles, CompiledRules> compile) {
        return CACHE.get(files.sha256(), key -> compile.apply(files));
    }
}
