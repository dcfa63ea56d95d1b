package fr.vigiesociale.engine;

import java.util.List;

/** The raw outcome of one rule session: every contribution inserted, and the rules that fired, both sorted. */
public record Evaluation(List<Contribution> contributions, List<String> firedRules) {
}
