package fr.vigiesociale.engine.precompiled;

import fr.vigiesociale.ruleset.RuleSetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Model;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The bundled rules as the build precompiled them ({@link RulePrecompiler}): a KieBase made from
 * the executable model's classes in a fraction of the time compiling the DRL takes. Only for the
 * very files they were compiled from: another SHA-256 (a rule folder given at run time, or a jar
 * built without the step) gets nothing, and the caller compiles the DRL.
 */
public final class PrecompiledRules {

    static final String SHA256 = "precompiled-rules/sha256";
    static final String MODELS = "precompiled-rules/models";

    private PrecompiledRules() {
    }

    /** True when the build precompiled exactly these files. */
    public static boolean builtFrom(RuleSetFiles files) {
        String stamp = read(PrecompiledRules.class.getClassLoader(), SHA256);
        return stamp != null && stamp.lines().findFirst().orElse("").equals(files.sha256());
    }

    /** The precompiled KieBase of {@code files}, if the build made one from exactly these files. */
    public static Optional<KieBase> kieBase(RuleSetFiles files) {
        return models(files).map(m -> KieBaseBuilder.createKieBaseFromModel(m));
    }

    /** The executable models of {@code files}, one per DRL package, if the build made them from exactly these files. */
    public static Optional<List<Model>> models(RuleSetFiles files) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        if (!builtFrom(files)) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : read(loader, MODELS).split("\\R")) {
            if (!name.isBlank()) {
                models.add(instantiate(loader, name.strip()));
            }
        }
        return Optional.of(List.copyOf(models));
    }

    /**
     * A KieBase of only some rules of {@code models} (every global and type kept): what a run
     * restricted to those rules needs, without the other rules' network to evaluate.
     */
    public static KieBase kieBaseOf(List<Model> models, Set<String> rules) {
        List<Model> reduced = new ArrayList<>();
        for (Model m : models) {
            ModelImpl r = new ModelImpl(m.getName()).withGlobals(m.getGlobals());
            m.getTypeMetaDatas().forEach(r::addTypeMetaData);
            m.getRules().stream().filter(rule -> rules.contains(rule.getName())).forEach(r::addRule);
            reduced.add(r); // even without rules: its globals are set on every session
        }
        return KieBaseBuilder.createKieBaseFromModel(reduced);
    }

    private static Model instantiate(ClassLoader loader, String name) {
        try {
            return (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("precompiled rule model " + name + " cannot be loaded: rebuild with mvn package", e);
        }
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
