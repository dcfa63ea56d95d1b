package fr.vigiesociale.web.rules;

import fr.vigiesociale.api.ActionInfo;
import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInfo;
import fr.vigiesociale.api.RulesetInfo;
import fr.vigiesociale.api.SourceDocumentInfo;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.api.ThresholdInfo;
import fr.vigiesociale.api.Triage;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.ruleset.ScoreScale;
import fr.vigiesociale.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base the web app serves: a fully loaded base that {@link #replace} swaps for another in
 * one step. Each call is answered by one base from start to end, so an answer never mixes two rule
 * sets; callers that make several calls that must agree take a {@link #snapshot()} first.
 */
public final class ReloadableRuleBase implements RuleBase {

    private final AtomicReference<RuleBase> current;

    public ReloadableRuleBase(RuleBase initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    /** Serves {@code next} from now on; calls already running finish on the base they started with. */
    void replace(RuleBase next) {
        current.set(Objects.requireNonNull(next).snapshot());
    }

    @Override
    public RuleBase snapshot() {
        return current.get();
    }

    @Override
    public Assessment assess(Scenario scenario, Lang lang) {
        return snapshot().assess(scenario, lang);
    }

    @Override
    public Triage triage(Scenario scenario, int top, Lang lang) {
        return snapshot().triage(scenario, top, lang);
    }

    @Override
    public RulesetInfo info() {
        return snapshot().info();
    }

    @Override
    public List<RuleInfo> rules() {
        return snapshot().rules();
    }

    @Override
    public List<ActionInfo> actions(Lang lang) {
        return snapshot().actions(lang);
    }

    @Override
    public List<ActionInfo> actions(Lang lang, Scenario scenario) {
        return snapshot().actions(lang, scenario);
    }

    @Override
    public String preconisationTitle(int n, Lang lang) {
        return snapshot().preconisationTitle(n, lang);
    }

    @Override
    public List<SourceDocumentInfo> sources(Lang lang) {
        return snapshot().sources(lang);
    }

    @Override
    public Map<String, SourcePassage> passages(Lang lang) {
        return snapshot().passages(lang);
    }

    @Override
    public List<ThresholdInfo> thresholds(Lang lang) {
        return snapshot().thresholds(lang);
    }

    @Override
    public ScoreScale scale() {
        return snapshot().scale();
    }
}
