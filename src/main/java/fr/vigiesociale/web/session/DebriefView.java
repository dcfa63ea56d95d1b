package fr.vigiesociale.web.session;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.session.Debrief;
import fr.vigiesociale.session.DebriefMarkdown;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The debrief with the few texts the page and the PDF compute rather than spell out in the template. */
public record DebriefView(Debrief debrief, Messages m) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DebriefMarkdown.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(DebriefMarkdown.ZONE);

    /** "pilote", "prise", "acceptée", "écartée : motif", "—", with " *" when the catalogue names the institution. */
    public String cell(Debrief.Cell c) {
        return DebriefMarkdown.cell(c, m).replace("\\*", "*");
    }

    /** A CSS class for the cell: lead, taken, accepted, overridden or none. */
    public String cellClass(Debrief.Cell c) {
        if (c.leads()) {
            return "lead";
        }
        if (c.taken()) {
            return "taken";
        }
        if (c.response() != null) {
            return c.response().accepted() ? "accepted" : "overridden";
        }
        return "";
    }

    public String time(Instant t) {
        return TIME.format(t);
    }

    public String date(Instant t) {
        return DATE.format(t);
    }
}
