package fr.vigiesociale.cli;

import fr.vigiesociale.api.Assessment;
import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.i18n.ScenarioErrorText;
import fr.vigiesociale.report.JsonReport;
import fr.vigiesociale.report.MarkdownReport;
import fr.vigiesociale.report.TextReport;
import fr.vigiesociale.ruleset.RuleBaseException;
import fr.vigiesociale.ruleset.RuleProblem;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.scenario.ScenarioError;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code evaluate} command. Exit status: 0 all assessed; 2 a scenario is invalid (its errors on
 * stderr, nothing on stdout for it, the other files still assessed); 3 the rule base does not
 * compile; 1 anything else (usage mistakes included). No stack trace for a user mistake.
 */
final class Cli {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID_SCENARIO = 2;
    static final int BROKEN_RULES = 3;
    static final String VERIFY_RULES = "verify-rules";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;

    Cli(PrintStream out, PrintStream err, boolean colour) {
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    int run(String[] args) {
        Messages m = Messages.of(languageOf(args));
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).println(m.get("cli.usage"));
            return args.length == 0 ? FAILURE : OK;
        }
        if (List.of("batch", "batch-sample").contains(args[0])) {
            return batch(args, m);
        }
        if (!List.of("evaluate", "exercise", VERIFY_RULES).contains(args[0])) {
            err.println(m.get("cli.unknownCommand", args[0]));
            err.println(m.get("cli.usage"));
            return FAILURE;
        }
        boolean exercise = args[0].equals("exercise");
        boolean verify = args[0].equals(VERIFY_RULES);
        Options options;
        try {
            options = exercise ? ExerciseCommand.parse(args, m) : parse(args, 1, m, !verify);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(m.get("cli.usage"));
            return FAILURE;
        }
        if (options == null) {
            out.println(m.get("cli.usage"));
            return OK;
        }
        try {
            Messages lm = Messages.of(options.lang());
            if (verify) {
                return new VerifyRulesCommand(out).run(options, lm);
            }
            return exercise ? new ExerciseCommand(out, err, colour).run(options, lm) : evaluate(options, lm);
        } catch (RuleBaseException e) {
            err.println(Messages.of(options.lang()).get("cli.brokenRules", e.location()));
            for (RuleProblem p : e.problems()) {
                err.println("  " + p.describe(options.lang()));
            }
            return BROKEN_RULES;
        } catch (RuntimeException e) {
            err.println(Messages.of(options.lang()).get("cli.unexpected", e.getClass().getSimpleName(), e.getMessage()));
            return FAILURE;
        }
    }

    /** {@code batch FILE.csv} and {@code batch-sample}, with the same exit statuses and error handling. */
    private int batch(String[] args, Messages m) {
        BatchCommand command = new BatchCommand(out, err, colour);
        try {
            return args[0].equals("batch") ? command.run(args, m) : command.sample(args, m);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(m.get("cli.usage"));
            return FAILURE;
        } catch (RuleBaseException e) {
            err.println(m.get("cli.brokenRules", e.location()));
            e.problems().forEach(p -> err.println("  " + p.describe(m.lang())));
            return BROKEN_RULES;
        } catch (java.io.IOException | RuntimeException e) {
            err.println(m.get("cli.unexpected", e.getClass().getSimpleName(), e.getMessage()));
            return FAILURE;
        }
    }

    static RuleBase rules(Options options) {
        return options.rules() == null ? VigieSociale.bundledRules() : VigieSociale.loadRules(options.rules());
    }

    /**
     * A file that could not be read at all (missing, unreadable) is not an invalid scenario: it is
     * said on one line ("x.yaml : fichier introuvable") and makes the exit status 1, not 2. True
     * when {@code errors} were such a file, and said.
     */
    static boolean saidUnreadable(PrintStream err, String source, List<ScenarioError> errors, Messages m) {
        boolean unreadable = errors.size() == 1 && List.of("notFound", "unreadable").contains(errors.get(0).code());
        if (unreadable) {
            err.println(m.get("cli.fileProblem", source, ScenarioErrorText.of(errors.get(0), m)));
        }
        return unreadable;
    }

    /** Prints a file's errors as the compiler-style lines of contract v1 §3. */
    static void printErrors(PrintStream err, String header, String source, List<ScenarioError> errors, Messages m) {
        err.println(header);
        for (ScenarioError error : errors) {
            err.println("  " + m.describe(source, error));
        }
    }

    private int evaluate(Options options, Messages m) {
        // Every file is read and checked before any rule is loaded: a typo is reported at once,
        // and when no file is valid the rules are not loaded at all.
        List<Scenario> scenarios = new ArrayList<>();
        int status = OK;
        boolean unreadable = false;
        for (Path file : options.files()) {
            try {
                scenarios.add(VigieSociale.readScenario(file));
            } catch (InvalidScenarioException e) {
                if (saidUnreadable(err, e.source(), e.errors(), m)) {
                    unreadable = true;
                    continue;
                }
                status = INVALID_SCENARIO;
                printErrors(err, m.get("cli.invalidScenario", e.source(), e.errors().size()), e.source(), e.errors(), m);
            }
        }
        List<Assessment> assessments = new ArrayList<>();
        if (!scenarios.isEmpty()) {
            RuleBase rules = rules(options);
            scenarios.forEach(s -> assessments.add(rules.assess(s, options.lang())));
        }
        switch (options.format()) {
            case JSON -> {
                if (options.files().size() == 1) {
                    assessments.forEach(a -> out.println(JsonReport.render(a)));
                } else {
                    out.println(JsonReport.render(assessments));
                }
            }
            case MARKDOWN -> {
                for (int i = 0; i < assessments.size(); i++) {
                    out.print((i > 0 ? "\n" : "") + MarkdownReport.render(scenarios.get(i), assessments.get(i)));
                }
            }
            case TEXT -> {
                for (int i = 0; i < assessments.size(); i++) {
                    out.print((i > 0 ? "\n" : "") + TextReport.render(scenarios.get(i), assessments.get(i), colour));
                }
            }
        }
        return unreadable ? FAILURE : status;
    }

    /** The options, or {@code null} when help was asked for. */
    static Options parse(String[] args, int first, Messages m) throws UsageException {
        return parse(args, first, m, true);
    }

    /** The options, or {@code null} when help was asked for; {@code needFiles}: at least one file is required. */
    static Options parse(String[] args, int first, Messages m, boolean needFiles) throws UsageException {
        Options.Format format = Options.Format.TEXT;
        Path rules = null;
        Lang lang = Lang.FR;
        List<Path> files = new ArrayList<>();
        for (int i = first; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--format" -> {
                    String v = value != null ? value : next(args, ++i, arg, m);
                    try {
                        format = Options.Format.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(m.get("cli.badValue", "--format", v, "text, json, markdown"));
                    }
                }
                case "--rules" -> rules = Path.of(value != null ? value : next(args, ++i, arg, m));
                case "--lang" -> {
                    String v = value != null ? value : next(args, ++i, arg, m);
                    lang = Lang.parse(v).orElseThrow(() -> new UsageException(m.get("cli.badValue", "--lang", v, "fr, en")));
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException(m.get("cli.unknownOption", arg));
                    }
                    files.add(Path.of(arg));
                }
            }
        }
        if (files.isEmpty() && needFiles) {
            throw new UsageException(m.get("cli.noFile"));
        }
        if (!files.isEmpty() && !needFiles) {
            throw new UsageException(m.get("cli.noFileExpected", files.get(0)));
        }
        return new Options(args[first - 1], format, rules, lang, files);
    }

    static String next(String[] args, int i, String option, Messages m) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(m.get("cli.missingValue", option));
        }
        return args[i];
    }

    /** The language asked with --lang, for messages shown before the options are parsed. */
    private static Lang languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            Optional<Lang> l = Optional.empty();
            if (args[i].startsWith("--lang=")) {
                l = Lang.parse(args[i].substring(7));
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                l = Lang.parse(args[i + 1]);
            }
            if (l.isPresent()) {
                return l.get();
            }
        }
        return Lang.FR;
    }
}
