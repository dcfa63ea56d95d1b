package fr.vigiesociale.web.session;

import fr.vigiesociale.ruleset.Actor;
import fr.vigiesociale.session.DebriefSharing;
import fr.vigiesociale.session.DecisionInput;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.OverrideReason;
import fr.vigiesociale.session.Participant;
import fr.vigiesociale.session.SessionException;
import fr.vigiesociale.session.SessionService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's pages: joining with the code, a name and an institution; then the inject
 * being played, the institution's decisions (a catalogue action or their own, with an owner and a
 * deadline, lead or not) and, once the trainer reveals them, the engine's recommendations to
 * accept (with an owner and a deadline) or set aside with a reason; once the session has ended
 * and the trainer opens it, the debrief. "Enregistré" is shown only after the service has committed.
 */
@Controller
class ParticipantController {

    private final SessionService sessions;
    private final LiveUpdates live;
    private final GuessLimits limits;
    private final DebriefSharing debriefs;

    ParticipantController(SessionService sessions, LiveUpdates live, GuessLimits limits, DebriefSharing debriefs) {
        this.sessions = sessions;
        this.live = live;
        this.limits = limits;
        this.debriefs = debriefs;
    }

    @GetMapping("/rejoindre")
    String joinForm(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        model.addAttribute("code", code == null ? "" : code);
        if (code != null && !code.isBlank()) {
            Duration wait = limits.joinCodes().waitFor(request.getRemoteAddr());
            if (!wait.isZero()) {
                model.addAttribute("error", SessionException.tooManyCodes(GuessLimits.minutes(wait)));
                response.setStatus(429);
                return "join";
            }
            try {
                found(sessions.byCode(code), model);
            } catch (SessionException e) {
                limits.joinCodes().failed(request.getRemoteAddr());
                model.addAttribute("error", e);
            }
        }
        return "join";
    }

    @PostMapping("/rejoindre")
    String join(@RequestParam String code, @RequestParam(required = false) String name,
                @RequestParam(required = false) Actor institution, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        Duration wait = limits.joinCodes().waitFor(request.getRemoteAddr());
        if (!wait.isZero()) {
            model.addAttribute("error", SessionException.tooManyCodes(GuessLimits.minutes(wait)));
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            response.setStatus(429);
            return "join";
        }
        try {
            SessionService.Joined joined = sessions.join(code, name, institution);
            // Secure whenever the request came over HTTPS (directly or through a proxy that says so)
            ResponseCookie cookie = ResponseCookie.from(ParticipantAuthentication.COOKIE, joined.token())
                    .httpOnly(true).secure(request.isSecure()).sameSite("Lax").path("/").maxAge(Duration.ofDays(2)).build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
            return "redirect:/participant";
        } catch (SessionException e) {
            if ("unknownCode".equals(e.code())) {
                limits.joinCodes().failed(request.getRemoteAddr()); // a guessed code, counted
            }
            model.addAttribute("error", e);
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("chosen", institution);
            if (!"code".equals(e.field())) {
                found(sessions.byCode(code), model);
            }
            response.setStatus(422);
            return "join";
        }
    }

    /** The session the code names, and the institutions one may join it for. */
    private void found(ExerciseSession s, Model model) {
        model.addAttribute("found", s);
        model.addAttribute("institutions", sessions.exercise(s).institutions());
    }

    @GetMapping("/participant")
    String play(@AuthenticationPrincipal Participant me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("view", SessionView.of(sessions, sessions.session(me.sessionId())));
        model.addAttribute("reasons", OverrideReason.values());
        model.addAttribute("debriefShared", debriefs.shared(me.sessionId()));
        model.addAttribute("participantHeader", true); // a participant needs the exercise, not the manager's tools
        return "participant";
    }

    @GetMapping(path = "/participant/evenements", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@AuthenticationPrincipal Participant me) {
        return live.subscribe(me.sessionId());
    }

    @PostMapping("/participant/decisions")
    String decide(@AuthenticationPrincipal Participant me, DecisionForm form, RedirectAttributes flash) {
        return decision(() -> sessions.decide(me, form.input()), form, flash);
    }

    @PostMapping("/participant/decisions/{id}")
    String change(@AuthenticationPrincipal Participant me, @PathVariable long id, DecisionForm form, RedirectAttributes flash) {
        return decision(() -> sessions.change(me, id, form.input()), form, flash);
    }

    @PostMapping("/participant/decisions/{id}/retrait")
    String withdraw(@AuthenticationPrincipal Participant me, @PathVariable long id, RedirectAttributes flash) {
        sessions.withdraw(me, id);
        flash.addFlashAttribute("done", "web.session.withdrawn");
        return "redirect:/participant";
    }

    /** Accepting takes the action on, with who carries it and by when; setting aside needs a reason. */
    @PostMapping("/participant/reponses")
    String respond(@AuthenticationPrincipal Participant me, @RequestParam boolean accepted, DecisionForm form,
                   @RequestParam(required = false) OverrideReason reason, @RequestParam(required = false) String note,
                   RedirectAttributes flash) {
        boolean done = saved(() -> {
            if (accepted) {
                sessions.accept(me, form.input());
            } else {
                sessions.setAside(me, form.actionId(), reason, note);
            }
        }, accepted ? "web.session.acceptedDone" : "web.session.overriddenDone", flash);
        if (!done) {
            flash.addFlashAttribute("answerTyped", new AnswerForm(form, accepted, reason, note));
        }
        return "redirect:/participant#suggestions";
    }

    @PostMapping("/participant/quitter")
    String leave(@AuthenticationPrincipal Participant me, HttpServletResponse response) {
        if (me != null) {
            sessions.leave(me); // the token stops working on the server, not only in this browser
        }
        Cookie gone = new Cookie(ParticipantAuthentication.COOKIE, "");
        gone.setPath("/");
        gone.setMaxAge(0);
        response.addCookie(gone);
        return "redirect:/rejoindre";
    }

    /** Saves a decision; on a mistake in the form, the typed values come back with the message (nothing typed is lost). */
    private String decision(Runnable save, DecisionForm form, RedirectAttributes flash) {
        if (!saved(save, "web.session.saved", flash)) {
            flash.addFlashAttribute("typed", form);
        }
        return "redirect:/participant#decision";
    }

    /**
     * Runs a save and says so ({@code doneKey}) — the transaction is committed by then — or, for a
     * mistake in the form, shows the problem; other refusals (403, 409) go to the error page.
     */
    private static boolean saved(Runnable save, String doneKey, RedirectAttributes flash) {
        try {
            save.run();
            flash.addFlashAttribute("done", doneKey);
            return true;
        } catch (SessionException e) {
            if (e.kind() != SessionException.Kind.INVALID) {
                throw e;
            }
            flash.addFlashAttribute("problem", e);
            return false;
        }
    }

    /** An answer to a suggestion as typed, given back with the problem so nothing is lost. */
    record AnswerForm(DecisionForm typed, boolean accepted, OverrideReason reason, String note) {
        public String actionId() {
            return typed.actionId();
        }
    }

    /** The decision form's fields. */
    record DecisionForm(String actionId, String freeText, String ownerName, String deadline, Boolean takesLead) {
        DecisionInput input() {
            return new DecisionInput(actionId, freeText, ownerName, deadline, Boolean.TRUE.equals(takesLead));
        }
    }
}
