package fr.vigiesociale.cli;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.VigieSociale;
import fr.vigiesociale.batch.Batch;
import fr.vigiesociale.batch.BatchOutput;
import fr.vigiesociale.batch.BatchResult;
import fr.vigiesociale.batch.CrisisDefaults;
import fr.vigiesociale.batch.SyntheticBatch;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code batch FILE.csv} ranks every territory of a batch file; {@code batch-sample} writes a
 * synthetic one over the real communes. Exit status: 0 every row ranked; 2 some rows in error (the
 * others are still ranked and printed); 3 rules that do not load; 1 anything else.
 */
final class BatchCommand {

    private static final List<String> FORMATS = List.of("text", "csv", "jsonl");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    BatchCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    int run(String[] given, Messages m) throws UsageException, IOException {
        String[] args = expanded(given);
        Map<String, String> crisis = new LinkedHashMap<>();
        String format = "text";
        Path rules = null;
        Lang lang = Lang.FR;
        int limit = 50;
        Path file = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--format" -> {
                    format = Cli.next(args, ++i, arg, m);
                    if (!FORMATS.contains(format)) {
                        throw new UsageException(m.get("cli.badValue", arg, format, String.join(", ", FORMATS)));
                    }
                }
                case "--rules" -> rules = Path.of(Cli.next(args, ++i, arg, m));
                case "--lang" -> {
                    String v = Cli.next(args, ++i, arg, m);
                    lang = Lang.parse(v).orElseThrow(() -> new UsageException(m.get("cli.badValue", "--lang", v, "fr, en")));
                }
                case "--limit" -> limit = count(Cli.next(args, ++i, arg, m), arg, m);
                default -> {
                    if (arg.startsWith("--") && CrisisDefaults.PARAMETERS.containsKey(arg.substring(2))) {
                        crisis.put(arg.substring(2), Cli.next(args, ++i, arg, m));
                    } else if (arg.startsWith("-")) {
                        throw new UsageException(m.get("cli.unknownOption", arg));
                    } else if (file != null) {
                        throw new UsageException(m.get("cli.batch.oneFile"));
                    } else {
                        file = Path.of(arg);
                    }
                }
            }
        }
        if (file == null) {
            throw new UsageException(m.get("cli.batch.noFile"));
        }
        Messages lm = Messages.of(lang);
        byte[] in;
        try {
            in = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println(lm.get("cli.batch.missing", file));
            return Cli.FAILURE;
        }
        RuleBase base = rules == null ? VigieSociale.bundledRules() : VigieSociale.loadRules(rules);
        BatchResult result;
        result = Batch.run(base, in, CrisisDefaults.fromParameters(crisis), lang, Runtime.getRuntime().availableProcessors(),
                done -> progress(done, lm));
        if (terminal) {
            err.print("\r\033[K");
        }
        switch (format) {
            case "csv" -> out.print(BatchOutput.csv(result, lm));
            case "jsonl" -> out.print(BatchOutput.jsonLines(result));
            default -> out.print(BatchOutput.text(result, limit, lm));
        }
        if (!format.equals("text") && !result.errors().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            BatchOutput.appendErrors(sb, result.errors(), lm);
            err.print(sb);
        }
        return result.errors().isEmpty() ? Cli.OK : Cli.INVALID_SCENARIO;
    }

    /** {@code batch-sample [--seed N] [--departement CODE] [--limit N]}: a synthetic batch file on stdout. */
    int sample(String[] given, Messages m) throws UsageException {
        String[] args = expanded(given);
        long seed = 42;
        String departement = null;
        int limit = Integer.MAX_VALUE;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = count(Cli.next(args, ++i, "--seed", m), "--seed", m);
                case "--departement" -> departement = Cli.next(args, ++i, "--departement", m).toUpperCase(Locale.ROOT);
                case "--limit" -> limit = count(Cli.next(args, ++i, "--limit", m), "--limit", m);
                default -> throw new UsageException(m.get("cli.unknownOption", args[i]));
            }
        }
        SyntheticBatch.write(new OutputStreamWriter(out, StandardCharsets.UTF_8), seed, departement, limit);
        return Cli.OK;
    }

    /** {@code --kind=HEALTH} read as {@code --kind HEALTH}, as {@code evaluate} reads its options. */
    private static String[] expanded(String[] args) {
        List<String> out = new java.util.ArrayList<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                out.add(a.substring(0, eq));
                out.add(a.substring(eq + 1));
            } else {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }

    private void progress(int done, Messages m) {
        if (terminal && done % 2000 == 0) {
            synchronized (err) {
                err.print("\r" + m.get("batch.progress", done));
            }
        }
    }

    private static int count(String v, String option, Messages m) throws UsageException {
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(m.get("cli.badValue", option, v, "0, 1, 2…"));
    }
}
