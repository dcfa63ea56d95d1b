package fr.vigiesociale.engine;

import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.ruleset.RuleSetFiles;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles the DRL files of a rule folder into a KieBase; compile errors keep their file, line and column. */
final class DrlCompiler {

    private static final String KJAR_PREFIX = "src/main/resources/rules/";

    private DrlCompiler() {
    }

    static KieBase compile(RuleSetFiles files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("fr.vigiesociale.rules", "ruleset-" + files.sha256(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        files.drlFiles().forEach((path, bytes) -> kfs.write(KJAR_PREFIX + path, bytes));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Drools names the file relative to the kjar's resources: "rules/housing/emergency-shelter.drl"
            String path = m.getPath() == null ? files.location()
                    : m.getPath().replace(KJAR_PREFIX, "").replaceFirst("^rules/", "");
            problems.add(DrlMessages.problem(path, m.getLine(), m.getColumn(), m.getText()));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(files.location(), problems);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }
}
