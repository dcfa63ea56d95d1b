package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.Scenario;
import fr.vigiesociale.web.support.Langs;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The home page: what the tool does, the bundled scenarios, a blank form, and a file upload. */
@Controller
class HomeController {

    private final Pages pages;

    HomeController(Pages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("scenarioGroups", SampleGroups.of(pages.bundled().all(), Messages.of(Langs.current())));
        return Pages.HOME;
    }

    /** An uploaded scenario file: assessed at once, or the home page with every error of the file. */
    @PostMapping("/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        Messages m = Messages.of(Langs.current());
        try {
            Scenario s = Uploads.read(file, m.get("web.home.upload.noFile"));
            return Pages.redirectToResult(s);
        } catch (InvalidScenarioException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("uploadErrors", e.errors().stream().map(x -> m.describe(e.source(), x)).toList());
            return home(model);
        }
    }
}
