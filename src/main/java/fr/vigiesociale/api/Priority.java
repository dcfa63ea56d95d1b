package fr.vigiesociale.api;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.ruleset.Horizon;
import fr.vigiesociale.ruleset.Level;
import java.util.List;

/**
 * One of the few actions an assessment leads with: a crisis cell runs a handful of priorities, not a
 * list of twenty-five. {@code rank} is its place among the priorities, {@code actionRank} its place
 * in the full ranking; {@code firstStep} is the one concrete thing to do today to start it;
 * {@code carriedBy} is the actor who leads it (the first the catalogue names for this situation),
 * {@code with} the others.
 */
public record Priority(int rank, String action, int actionRank, String title, Level level, double score, Horizon horizon,
                       String firstStep, Actor carriedBy, List<Actor> with) {

    public Priority {
        with = List.copyOf(with);
    }
}
