package fr.vigiesociale.web.rules;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.web.support.Langs;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /formateur/regles}, for trainers: the rule set the server answers with, since when, and,
 * when a change of the rule folder was refused, each problem with its file, line and message,
 * so that whoever edits the rules sees why the change is not served.
 */
@Controller
class RulesAdminController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final ServedRules served;

    RulesAdminController(ServedRules served) {
        this.served = served;
    }

    /** One problem as the page lists it, in the page's language. */
    record Problem(String file, int line, int column, String message) { }

    @GetMapping("/formateur/regles")
    String rules(Model model) {
        RulesStatus s = served.status();
        Lang lang = Langs.current();
        model.addAttribute("status", s);
        model.addAttribute("loadedAt", when(s.loadedAt()));
        if (s.lastFailure() != null) {
            model.addAttribute("failedAt", when(s.lastFailure().at()));
            List<Problem> problems = s.lastFailure().problems().stream()
                    .map(p -> new Problem(p.file(), p.line(), p.column(), p.message(lang))).toList();
            model.addAttribute("problems", problems);
        }
        return "trainer-rules";
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(PARIS));
    }
}
