package fr.vigiesociale.cli;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.exercise.Exercise;
import fr.vigiesociale.exercise.ExerciseReader;
import fr.vigiesociale.exercise.Exercises;
import fr.vigiesociale.exercise.InvalidExerciseException;
import fr.vigiesociale.exercise.Timeline;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.report.TimelineMarkdown;
import fr.vigiesociale.report.TimelineText;
import fr.vigiesociale.scenario.InvalidScenarioException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code exercise run FILE} plays an exercise through the engine (the assessment after each inject
 * and what changed); {@code exercise check FILE...} only validates exercise files. Same exit
 * statuses as {@code evaluate}: 2 for an invalid exercise.
 */
final class ExerciseCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;

    ExerciseCommand(PrintStream out, PrintStream err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    /** {@code exercise run|check [options] FILE...}; {@code null} when help was asked for. */
    static Options parse(String[] args, Messages m) throws UsageException {
        if (args.length < 2 || args[1].equals("-h") || args[1].equals("--help")) {
            return null;
        }
        if (!args[1].equals("run") && !args[1].equals("check")) {
            throw new UsageException(m.get("cli.exercise.unknownSubcommand", args[1]));
        }
        Options options = Cli.parse(args, 2, m);
        if (options != null && options.command().equals("run") && options.files().size() > 1) {
            throw new UsageException(m.get("cli.exercise.oneFile", options.files().size()));
        }
        return options;
    }

    int run(Options options, Messages m) {
        RuleBase rules = Cli.rules(options);
        ExerciseReader reader = Exercises.reader(rules);
        int status = Cli.OK;
        boolean unreadable = false;
        for (Path file : options.files()) {
            Exercise exercise;
            try {
                exercise = reader.read(file);
            } catch (InvalidExerciseException e) {
                if (Cli.saidUnreadable(err, e.source(), e.errors(), m)) {
                    unreadable = true;
                    continue;
                }
                printErrors(e, m);
                status = Cli.INVALID_SCENARIO;
                continue;
            }
            if (options.command().equals("check")) {
                out.println(m.get("cli.exercise.valid", file, exercise.injects().size(), exercise.institutions().size(),
                        exercise.scenario().id()));
                continue;
            }
            Timeline timeline = Timeline.play(rules, exercise, options.lang());
            switch (options.format()) {
                case JSON -> out.println(JsonReport.render(timeline));
                case MARKDOWN -> out.print(TimelineMarkdown.render(timeline));
                case TEXT -> out.print(TimelineText.render(timeline, colour));
            }
        }
        return unreadable ? Cli.FAILURE : status;
    }

    private void printErrors(InvalidExerciseException e, Messages m) {
        Cli.printErrors(err, m.get("cli.invalidExercise", e.source(), e.errors().size()), e.source(), e.errors(), m);
        for (InvalidScenarioException s : e.referencedScenarios()) {
            Cli.printErrors(err, m.get("cli.invalidScenario", s.source(), s.errors().size()), s.source(), s.errors(), m);
        }
    }
}
