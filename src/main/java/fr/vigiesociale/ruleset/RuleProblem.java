package fr.vigiesociale.ruleset;

/** One problem in a rule file: the file (relative to the rule folder), line and column (0 if unknown), and what is wrong. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
