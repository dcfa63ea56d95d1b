package fr.vigiesociale.web.session;

import fr.vigiesociale.exercise.BundledExercises;
import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.session.ExerciseSession;
import fr.vigiesociale.session.SessionService;
import fr.vigiesociale.session.SessionState;
import fr.vigiesociale.web.support.Langs;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainer's pages: sign-in, their sessions, opening one from a bundled exercise, the control
 * panel (join code, participants, clock, reveal, answers as they come); the debrief is
 * {@link DebriefController}'s. Every action goes through {@link SessionService}, which checks the
 * session is the signed-in trainer's.
 */
@Controller
class TrainerController {

    private final SessionService sessions;
    private final BundledExercises exercises;
    private final LiveUpdates live;
    private final Environment environment;
    private final JoinAddress joinAddress;

    TrainerController(SessionService sessions, BundledExercises exercises, LiveUpdates live, Environment environment,
                      JoinAddress joinAddress) {
        this.sessions = sessions;
        this.exercises = exercises;
        this.live = live;
        this.environment = environment;
        this.joinAddress = joinAddress;
    }

    @GetMapping("/formateur/connexion")
    String login(@RequestParam(required = false) String erreur, @RequestParam(required = false) Long bloque, Model model) {
        model.addAttribute("failed", erreur != null);
        model.addAttribute("blockedMinutes", bloque == null ? null : Math.max(1, Math.min(bloque, 60)));
        model.addAttribute("noAccount", !TrainerAccounts.any(environment));
        return "trainer-login";
    }

    @GetMapping("/formateur")
    String home(Principal trainer, Model model) {
        Map<Boolean, List<ExerciseSession>> ended = sessions.sessionsOf(trainer.getName()).stream()
                .collect(Collectors.partitioningBy(s -> s.state() == SessionState.ENDED));
        model.addAttribute("sessions", ended.get(false));
        model.addAttribute("ended", ended.get(true));
        model.addAttribute("exercises", exercises.all());
        return "trainer-home";
    }

    @PostMapping("/formateur/sessions")
    String open(Principal trainer, @RequestParam String exercise, @RequestParam(required = false) String langue) {
        Lang lang = Lang.parse(langue == null ? "" : langue).orElse(Langs.current());
        return "redirect:/formateur/sessions/" + sessions.open(trainer.getName(), exercise, lang).id();
    }

    @GetMapping("/formateur/sessions/{id}")
    String panel(Principal trainer, @PathVariable long id, Model model) {
        fill(model, sessions.owned(trainer.getName(), id));
        return "trainer-session";
    }

    /**
     * The view to project for the room: how to join, the inject being played and who has answered —
     * never the expected actions nor the engine's recommendations. Sized for a 1280×720 projector.
     */
    @GetMapping("/formateur/sessions/{id}/projection")
    String projection(Principal trainer, @PathVariable long id, Model model) {
        fill(model, sessions.owned(trainer.getName(), id));
        return "trainer-projection";
    }

    private void fill(Model model, ExerciseSession s) {
        SessionView view = SessionView.of(sessions, s);
        JoinAddress.Link join = joinAddress.of(s.joinCode());
        TrainerScreen screen = TrainerScreen.of(view, sessions.events(s.id()), join.url(), Messages.of(Langs.current()));
        model.addAttribute("view", view);
        model.addAttribute("screen", screen);
        model.addAttribute("joinWarning", join.warning() == JoinAddress.Warning.NONE ? null : join.warning());
        model.addAttribute("minutesSince", screen.minutesSince(Instant.now()));
    }

    @PostMapping("/formateur/sessions/{id}/horloge")
    String move(Principal trainer, @PathVariable long id, @RequestParam SessionService.Move move,
                @RequestParam(required = false) String confirm, RedirectAttributes flash) {
        if (move == SessionService.Move.END && !"oui".equals(confirm)) {
            // ending cannot be undone: only the button inside the confirmation box ends a session
            flash.addFlashAttribute("done", "web.session.endNotConfirmed");
            return "redirect:/formateur/sessions/" + id;
        }
        sessions.move(trainer.getName(), id, move);
        flash.addFlashAttribute("done", "web.session.moved." + move);
        return "redirect:/formateur/sessions/" + id;
    }

    @PostMapping("/formateur/sessions/{id}/devoiler")
    String reveal(Principal trainer, @PathVariable long id, RedirectAttributes flash) {
        sessions.reveal(trainer.getName(), id);
        flash.addFlashAttribute("done", "web.session.revealedDone");
        return "redirect:/formateur/sessions/" + id;
    }

    @GetMapping(path = "/formateur/sessions/{id}/evenements", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(Principal trainer, @PathVariable long id) {
        return live.subscribe(sessions.owned(trainer.getName(), id).id());
    }
}
