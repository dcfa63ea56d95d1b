package fr.vigiesociale.docs;

import static fr.vigiesociale.report.MarkdownReport.esc;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.FieldSpec;
import fr.vigiesociale.scenario.FieldType;
import fr.vigiesociale.scenario.Numbers;
import fr.vigiesociale.scenario.ScenarioFields;
import java.util.List;

/**
 * The reference of every scenario field, in Markdown, generated from {@link ScenarioFields} and
 * the message bundle: one table per block, with type, whether required, bounds or allowed values,
 * unit and help.
 */
public final class FieldReference {

    private FieldReference() {
    }

    public static String markdown(Lang lang) {
        Messages m = Messages.of(lang);
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.get("docs.ref.title")).append("\n\n");
        sb.append(m.get("docs.ref.generated")).append("\n\n");
        sb.append(m.get("docs.ref.intro")).append("\n\n");
        table(sb, m, m.get("block.root"), null, ScenarioFields.all().stream().filter(f -> f.block().isEmpty()).toList());
        for (String block : ScenarioFields.BLOCKS) {
            table(sb, m, m.get("block." + block) + " — `" + block + "`",
                    m.has("block.help." + block) ? m.get("block.help." + block) : null, ScenarioFields.inBlock(block));
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, Messages m, String title, String help, List<FieldSpec> fields) {
        sb.append("## ").append(title).append("\n\n");
        if (help != null) {
            sb.append(help).append("\n\n");
        }
        sb.append("| ").append(m.get("docs.ref.col.field")).append(" | ").append(m.get("docs.ref.col.type"))
                .append(" | ").append(m.get("docs.ref.col.required")).append(" | ").append(m.get("docs.ref.col.values"))
                .append(" | ").append(m.get("docs.ref.col.meaning")).append(" |\n");
        sb.append("|---|---|---|---|---|\n");
        for (FieldSpec f : fields) {
            sb.append("| `").append(f.key()).append("` | ").append(m.get("docs.type." + f.type().name()))
                    .append(" | ").append(f.required() ? m.get("value.true") : m.get("value.false"))
                    .append(" | ").append(values(f, m))
                    .append(" | **").append(esc(m.get(f.helpKey()))).append("** — ").append(esc(m.get(f.helpKey() + ".help")))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    /** Bounds, allowed values, unit and default, in one cell. */
    private static String values(FieldSpec f, Messages m) {
        StringBuilder sb = new StringBuilder();
        if (!f.allowed().isEmpty()) {
            sb.append(String.join("<br>", f.allowed().stream().map(v -> "`" + v + "`"
                    + FieldTexts.valueLabel(f, v, m).map(l -> " (" + esc(l) + ")").orElse("")).toList()));
        } else if (f.min() != null && f.max() != null && f.min().equals(f.max())) {
            sb.append('`').append(Numbers.plain(f.min())).append('`');
        } else if (f.min() != null && f.max() != null) {
            sb.append(Numbers.plain(f.min())).append(" … ").append(Numbers.plain(f.max()));
        } else if (f.min() != null) {
            sb.append("≥ ").append(Numbers.plain(f.min()));
        } else if (f.type() == FieldType.SLUG) {
            sb.append("`[a-z0-9-]{1,80}`");
        }
        FieldTexts.unit(f, m).ifPresent(u -> sb.append(sb.isEmpty() ? "" : "<br>").append(esc(m.get("docs.unit", u))));
        if (f.defaultValue() != null) {
            Object d = f.defaultValue();
            sb.append(sb.isEmpty() ? "" : "<br>").append(m.get("docs.default",
                    d instanceof Boolean b ? m.get("value." + b) : "`" + d + "`"));
        }
        return sb.toString();
    }
}
