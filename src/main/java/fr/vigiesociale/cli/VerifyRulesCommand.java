package fr.vigiesociale.cli;

import fr.vigiesociale.api.RuleBase;
import fr.vigiesociale.api.RuleInventory;
import fr.vigiesociale.api.SourcePassage;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.report.Citations;
import fr.vigiesociale.ruleset.PolicyArea;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verify-rules [--rules DIR]} loads a rule folder with every check the engine makes and, when
 * it loads, prints its inventory: rules per préconisation, per policy area and per action, inputs
 * no rule reads, actions no rule reaches, passages of the source documents not encoded yet. A
 * folder that does not load exits 3 with its problems, like {@code evaluate}.
 */
final class VerifyRulesCommand {

    private static final int NAME_WIDTH = 64;

    private final PrintStream out;

    VerifyRulesCommand(PrintStream out) {
        this.out = out;
    }

    int run(Options options, Messages m) {
        RuleBase rules = Cli.rules(options);
        RuleInventory inventory = RuleInventory.of(rules, options.lang());
        if (options.format() == Options.Format.JSON) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(inventory));
            return Cli.OK;
        }
        out.println(m.get("cli.verify.heading", inventory.ruleset().name(), inventory.ruleset().version(),
                options.rules() == null ? m.get("cli.verify.bundled") : options.rules(), inventory.ruleset().rules(),
                inventory.ruleset().sha256().substring(0, 12)));
        out.println(m.get("cli.verify.ok"));
        section(m.get("cli.verify.byPreconisation"));
        inventory.byPreconisation().forEach((n, names) ->
                line(String.format("%2d  %s", n, rules.preconisationTitle(n, options.lang())), names.size()));
        section(m.get("cli.verify.byArea"));
        for (Map.Entry<PolicyArea, List<String>> e : inventory.byArea().entrySet()) {
            line(m.get("area." + e.getKey()), e.getValue().size());
        }
        section(m.get("cli.verify.byAction"));
        inventory.byAction().forEach((id, names) -> line(id, names.size()));
        section(m.get("cli.verify.context", inventory.contextRules().size()));
        list(m.get("cli.verify.unread"), inventory.unreadInputs(), m);
        list(m.get("cli.verify.unreached"), inventory.unreachedActions(), m);
        list(m.get("cli.verify.silent"), inventory.silentRules(), m);
        Map<String, SourcePassage> passages = rules.passages(options.lang());
        List<String> unencoded = inventory.unencodedPassages();
        section(m.get("cli.verify.passages", inventory.passages().size() - unencoded.size(), inventory.passages().size()));
        for (String id : unencoded) {
            out.println("   " + m.get("cli.verify.notEncoded") + " " + id + " — " + Citations.quoted(passages.get(id), 70, m));
        }
        return Cli.OK;
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void line(String label, int count) {
        String text = label.length() > NAME_WIDTH ? label.substring(0, NAME_WIDTH - 1) + "…" : label;
        out.println(String.format("   %-" + NAME_WIDTH + "s %3d", text, count));
    }

    private void list(String title, List<String> items, Messages m) {
        section(title + " (" + items.size() + ")");
        out.println("   " + (items.isEmpty() ? m.get("cli.verify.none") : String.join(", ", items)));
    }
}
