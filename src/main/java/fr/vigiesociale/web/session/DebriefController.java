package fr.vigiesociale.web.session;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.session.Debrief;
import fr.vigiesociale.session.DebriefMarkdown;
import fr.vigiesociale.session.DebriefSharing;
import fr.vigiesociale.session.Participant;
import fr.vigiesociale.session.SessionException;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.web.support.Langs;
import fr.vigiesociale.web.support.PdfRenderer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The debrief of a session: for the trainer, the whole review with its Markdown and PDF, the
 * overview to project, and the button that opens it to the participants once the session has
 * ended; for a participant, the same review once the trainer has opened it.
 */
@Controller
class DebriefController {

    private final SessionService sessions;
    private final DebriefSharing sharing;
    private final PdfRenderer pdf;

    DebriefController(SessionService sessions, DebriefSharing sharing, PdfRenderer pdf) {
        this.sessions = sessions;
        this.sharing = sharing;
        this.pdf = pdf;
    }

    @GetMapping("/formateur/sessions/{id}/debriefing")
    String debrief(Principal trainer, @PathVariable long id, Model model) {
        fill(model, SessionView.of(sessions, sessions.owned(trainer.getName(), id)));
        return "debrief";
    }

    /** The whole exercise at a glance, in large type, to project while the group discusses it. */
    @GetMapping("/formateur/sessions/{id}/debriefing/vue-ensemble")
    String overview(Principal trainer, @PathVariable long id, Model model) {
        fill(model, SessionView.of(sessions, sessions.owned(trainer.getName(), id)));
        return "debrief-overall";
    }

    @PostMapping("/formateur/sessions/{id}/debriefing/partage")
    String share(Principal trainer, @PathVariable long id, RedirectAttributes flash) {
        sharing.share(trainer.getName(), id);
        flash.addFlashAttribute("done", "web.debrief.sharedDone");
        return "redirect:/formateur/sessions/" + id + "/debriefing";
    }

    @GetMapping("/formateur/sessions/{id}/debriefing.md")
    ResponseEntity<byte[]> markdown(Principal trainer, @PathVariable long id) {
        SessionView view = SessionView.of(sessions, sessions.owned(trainer.getName(), id));
        String md = DebriefMarkdown.render(DebriefView.of(sessions, view), view.session(), view.participants());
        return file("debriefing-" + view.session().joinCode() + ".md", "text/markdown;charset=UTF-8",
                md.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/formateur/sessions/{id}/debriefing.pdf")
    ResponseEntity<byte[]> pdf(Principal trainer, @PathVariable long id) {
        return pdfOf(SessionView.of(sessions, sessions.owned(trainer.getName(), id)));
    }

    @GetMapping("/participant/debriefing")
    String participantDebrief(@AuthenticationPrincipal Participant me, Model model) {
        SessionView view = shared(me);
        fill(model, view);
        model.addAttribute("me", me);
        model.addAttribute("participantHeader", true);
        return "participant-debrief";
    }

    @GetMapping("/participant/debriefing.pdf")
    ResponseEntity<byte[]> participantPdf(@AuthenticationPrincipal Participant me) {
        return pdfOf(shared(me));
    }

    /** The participant's session, if its trainer has opened the debrief. */
    private SessionView shared(Participant me) {
        if (!sharing.shared(me.sessionId())) {
            throw SessionException.forbiddenDebrief();
        }
        return SessionView.of(sessions, sessions.session(me.sessionId()));
    }

    private void fill(Model model, SessionView view) {
        Debrief d = DebriefView.of(sessions, view);
        model.addAttribute("view", view);
        model.addAttribute("debrief", d);
        model.addAttribute("dv", new DebriefView(d, Messages.of(Langs.current())));
        model.addAttribute("debriefShared", sharing.shared(view.session().id()));
    }

    private ResponseEntity<byte[]> pdfOf(SessionView view) {
        Debrief d = DebriefView.of(sessions, view);
        byte[] bytes = pdf.pdf("debrief-report", Map.of("view", view, "debrief", d,
                "dv", new DebriefView(d, Messages.of(Langs.current()))), LocaleContextHolder.getLocale());
        return file("debriefing-" + view.session().joinCode() + ".pdf", MediaType.APPLICATION_PDF_VALUE, bytes);
    }

    private static ResponseEntity<byte[]> file(String name, String type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
