package fr.vigiesociale.report;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.Crisis;
import fr.vigiesociale.scenario.Scenario;

/** The one-line summary of a scenario's territory and crisis, shared by the renderings. */
public final class Context {

    private Context() {
    }

    public static String line(Scenario s, Messages m) {
        Crisis c = s.crisis();
        StringBuilder sb = new StringBuilder();
        sb.append(m.get("report.territory", s.territory().name(), m.get("value.territory.level." + s.territory().level()),
                Labels.population(s.territory().population(), m)));
        if (s.territory().priorityNeighbourhood()) {
            sb.append(", ").append(m.get("report.priorityNeighbourhood"));
        }
        if (s.territory().rural()) {
            sb.append(", ").append(m.get("report.rural"));
        }
        String hazard = c.hazard() == null ? "" : " (" + m.get("value.crisis.hazard." + c.hazard()) + ")";
        // "phase d'alerte, aucun confinement": the phrases the reasons use, not the bare values
        sb.append(" · ").append(m.get("report.crisis", m.get("value.crisis.kind." + c.kind()),
                m.get("phrase.crisis.phase." + c.phase()), m.get("phrase.crisis.lockdown." + c.lockdown()), hazard));
        if (c.weeksElapsed() != null) {
            int weeks = c.weeksElapsed();
            sb.append(", ").append(weeks == 0 ? m.get("report.weeks.zero") : weeks == 1 ? m.get("report.weeks.one")
                    : m.get("report.weeks", weeks));
        }
        return sb.toString();
    }
}
