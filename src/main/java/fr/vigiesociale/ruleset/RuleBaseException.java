package fr.vigiesociale.ruleset;

import java.util.List;

/** The rule base cannot be loaded or compiled; {@link #problems()} says where and why. */
public final class RuleBaseException extends RuntimeException {

    private final String location;
    private final transient List<RuleProblem> problems;

    public RuleBaseException(String location, List<RuleProblem> problems) {
        super(location + ": " + problems);
        this.location = location;
        this.problems = problems.stream().distinct().sorted(java.util.Comparator.comparing(RuleProblem::file)
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)).toList();
    }

    /** The rule folder, or "(bundled)" for the rules inside the jar. */
    public String location() {
        return location;
    }

    /** Every problem, by file then line. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
