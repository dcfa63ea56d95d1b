package fr.vigiesociale.engine.precompiled;

import fr.vigiesociale.ruleset.RuleSetFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build step ({@code process-classes}): compiles the bundled DRL into the executable model, Java
 * classes written next to the application's, with the list of model classes and the SHA-256 of the
 * rule files they come from. At run time {@link PrecompiledRules} loads them instead of compiling
 * the DRL, as long as the bundled files still have that SHA-256.
 *
 * <p>Run by the build step {@code fr.vigiesociale.engine.BundledRulesBuild}, with the build's classes
 * on the class path: the rule files are those the jar bundles (its {@code rules/INDEX}), so the
 * SHA-256 is the one {@link RuleSetFiles#bundled()} computes at run time. A rule that does not
 * compile stops the build.
 */
public final class RulePrecompiler {

    private RulePrecompiler() {
    }

    /** What else the build derives from the same rule files, written before the stamp that says all is done. */
    @FunctionalInterface
    public interface AlsoWrite {
        void write(RuleSetFiles files, Path classes) throws IOException;
    }

    /** Precompiles the bundled rules into {@code classes}, unless they already are, then {@code also}. */
    public static void precompile(Path classes, AlsoWrite also) throws IOException {
        RuleSetFiles files = RuleSetFiles.bundled();
        Path marker = classes.resolve(PrecompiledRules.SHA256);
        // the generated classes call the fact classes: redo them when either changed
        String stamp = files.sha256() + "\n" + factClassesSha256(classes) + "\n";
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            System.out.println("Rules already precompiled (sha256 " + files.sha256().substring(0, 12) + "…)");
            return;
        }
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("fr.vigiesociale.rules", "bundled", "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        files.drlFiles().forEach((path, bytes) -> kfs.write("src/main/resources/rules/" + path, ExecutableDrl.adapt(bytes)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(e -> System.err.println(e.getPath() + ":" + e.getLine() + ": " + e.getText()));
            throw new IllegalStateException(errors.size() + " error(s) precompiling the bundled rules");
        }
        List<String> models = extract(((InternalKieModule) builder.getKieModule()).getBytes(), classes);
        if (models.isEmpty()) {
            throw new IllegalStateException("no rule model generated from the bundled rules");
        }
        Files.createDirectories(marker.getParent());
        Files.write(classes.resolve(PrecompiledRules.MODELS), models, StandardCharsets.UTF_8);
        also.write(files, classes);
        Files.writeString(marker, stamp);
        System.out.printf("Rules precompiled: %d DRL files, %d models, in %.1f s%n", files.drlFiles().size(),
                models.size(), (System.nanoTime() - start) / 1e9);
    }

    /** The SHA-256 of the compiled classes rules see (scenario, rule set, engine). */
    private static String factClassesSha256(Path classes) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String pkg : List.of("scenario", "ruleset", "engine")) {
                Path dir = classes.resolve("fr/vigiesociale/" + pkg);
                try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(classes.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(p));
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the kjar's classes under {@code classes}; returns the model class names it lists. */
    private static List<String> extract(byte[] kjar, Path classes) throws IOException {
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.endsWith(".class") && name.startsWith("rules/")) {
                    Path out = classes.resolve(name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, zip.readAllBytes());
                } else if (name.endsWith("/drools-model")) {
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("Drools-Model-Version")).forEach(models::add);
                }
            }
        }
        return models;
    }
}
