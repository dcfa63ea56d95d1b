package fr.vigiesociale.web.page;

import fr.vigiesociale.batch.BatchRow;
import fr.vigiesociale.batch.CrisisDefaults;
import fr.vigiesociale.batch.RankedTerritory;
import fr.vigiesociale.batch.SyntheticBatch;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.CrisisKind;
import fr.vigiesociale.scenario.CrisisPhase;
import fr.vigiesociale.scenario.Hazard;
import fr.vigiesociale.scenario.Lockdown;
import fr.vigiesociale.web.batch.BatchJobs;
import fr.vigiesociale.web.batch.BatchView;
import fr.vigiesociale.web.batch.DepartementMap;
import fr.vigiesociale.web.support.Langs;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every territory at once: a CSV file (or the synthetic demonstration) ranked in the background,
 * then a map of the départements by their worst level, the most urgent territories, each
 * département's communes and any territory's full assessment. Results have shareable addresses.
 */
@Controller
class TerritoriesController {

    private static final String BASE = "/territoires";
    private static final int SHOWN = 50;

    private final BatchJobs jobs;
    private final DepartementMap map;
    private final Pages pages;

    TerritoriesController(BatchJobs jobs, DepartementMap map, Pages pages) {
        this.jobs = jobs;
        this.map = map;
        this.pages = pages;
    }

    @GetMapping(BASE)
    String choose(Model model) {
        model.addAttribute("crisisFields", List.of(
                new CrisisChoice("kind", names(CrisisKind.values()), CrisisKind.HEALTH.name()),
                new CrisisChoice("phase", names(CrisisPhase.values()), CrisisPhase.ACUTE.name()),
                new CrisisChoice("hazard", names(Hazard.values()), null),
                new CrisisChoice("lockdown", names(Lockdown.values()), null)));
        return "territories";
    }

    @PostMapping(BASE)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> params, Model model)
            throws IOException {
        if (!Uploads.present(file)) {
            model.addAttribute("errors", List.of(Messages.of(Langs.current()).get("web.batch.noFile")));
            return choose(model);
        }
        String name = file.getOriginalFilename() == null ? "territoires.csv" : file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        BatchJobs.Job job = jobs.start(file.getBytes(), crisis(params),
                Langs.current(), name, false);
        return "redirect:" + BASE + "/" + job.id();
    }

    @PostMapping(BASE + "/demonstration")
    String demonstration(@RequestParam(defaultValue = "42") long seed, @RequestParam(required = false) String departement,
                         @RequestParam Map<String, String> params) throws IOException {
        StringWriter csv = new StringWriter();
        String dep = departement == null || departement.isBlank() ? null : departement.strip().toUpperCase(java.util.Locale.ROOT);
        SyntheticBatch.write(csv, seed, dep, Integer.MAX_VALUE);
        BatchJobs.Job job = jobs.start(csv.toString().getBytes(StandardCharsets.UTF_8), crisis(params), Langs.current(),
                Messages.of(Langs.current()).get("web.batch.demoLabel", seed), true);
        return "redirect:" + BASE + "/" + job.id();
    }

    @GetMapping(BASE + "/{id}")
    String result(@PathVariable String id, Model model) {
        BatchJobs.Job job = job(id);
        model.addAttribute("job", job);
        if (!job.finished() || job.failure() != null) {
            return "territories-progress";
        }
        List<RankedTerritory> shown = job.result().territories().stream().limit(SHOWN).toList();
        model.addAttribute("view", BatchView.of(job.result(), shown, map, BASE + "/" + id, Messages.of(Langs.current())));
        model.addAttribute("errors", job.result().errors().stream().limit(200).toList());
        model.addAttribute("viewBox", DepartementMap.VIEW_BOX);
        return "territories-result";
    }

    @GetMapping(BASE + "/{id}/departements/{code}")
    String departement(@PathVariable String id, @PathVariable String code, Model model) {
        BatchJobs.Job job = job(id);
        if (!job.finished() || job.result() == null) {
            return "redirect:" + BASE + "/" + id;
        }
        List<RankedTerritory> in = job.result().territories().stream().filter(t -> code.equals(t.departement())).toList();
        if (in.isEmpty()) {
            throw new Pages.PageNotFoundException(code);
        }
        model.addAttribute("job", job);
        model.addAttribute("code", code);
        model.addAttribute("rows", in.stream().limit(2000).map(t -> BatchView.row(t, Messages.of(Langs.current()))).toList());
        model.addAttribute("count", in.size());
        model.addAttribute("summary", BatchView.summary(in, Messages.of(Langs.current())));
        return "territories-departement";
    }

    /** A territory's full assessment, as the result page of a single scenario shows it. */
    @GetMapping(BASE + "/{id}/lignes/{line}")
    String territory(@PathVariable String id, @PathVariable int line, Model model) {
        BatchRow row = job(id).row(line).filter(BatchRow::valid).orElseThrow(() -> new Pages.PageNotFoundException(id + "/" + line));
        return pages.result(row.scenario(), model);
    }

    /** One crisis field of the form: its name in the contract (and request parameter), its values, its preset. */
    record CrisisChoice(String name, List<String> values, String preset) { }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private BatchJobs.Job job(String id) {
        return jobs.get(id).orElseThrow(() -> new Pages.PageNotFoundException(id));
    }

    /** The crisis the form gives for the whole file; empty choices are left to the file's columns. */
    private static CrisisDefaults crisis(Map<String, String> params) {
        return CrisisDefaults.fromParameters(params);
    }
}
