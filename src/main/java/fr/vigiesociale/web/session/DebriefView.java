package fr.vigiesociale.web.session;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.session.Debrief;
import fr.vigiesociale.session.DebriefMarkdown;
import java.time.Instant;
import java.util.Locale;

/** The debrief with the few texts the page and the PDF compute rather than spell out in the template. */
public record DebriefView(Debrief debrief, Messages m) {

    /** "pilote", "prise", "acceptée", "écartée : motif", "—", with " *" when the catalogue names the institution. */
    public String cell(Debrief.Cell c) {
        return DebriefMarkdown.text(c, m) + (c.namedActor() ? " *" : "");
    }

    /** A CSS class for the cell: lead, taken, accepted, overridden, or none. */
    public String cellClass(Debrief.Cell c) {
        return c.mark() == Debrief.Cell.Mark.NONE ? "" : c.mark().name().toLowerCase(Locale.ROOT);
    }

    public String time(Instant t) {
        return DebriefMarkdown.time(t);
    }

    public String date(Instant t) {
        return DebriefMarkdown.date(t);
    }
}
