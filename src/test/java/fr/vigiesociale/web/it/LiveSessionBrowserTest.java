package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A live exercise on three browsers: the trainer signs in and opens a session of a bundled
 * exercise, two participants of two institutions join with the code; the trainer launches the first inject and
 * the participant's page follows by itself (server-sent events); the participant records a
 * decision, the trainer sees it, reveals the engine's recommendations, the participant sets one
 * aside with a reason; second inject, another decision; the trainer ends the session, opens the
 * debrief and downloads the after-action report as PDF. Screenshots in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveSessionBrowserTest {

    private static WebDriver trainer;
    private static WebDriver participant;
    private static WebDriver colleague;
    private static WebDriver third;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowsers() throws IOException {
        trainer = Browsers.start();
        participant = Browsers.start();
        colleague = Browsers.start();
        third = Browsers.start();
    }

    @AfterAll
    static void stopBrowsers() {
        if (trainer != null) {
            trainer.quit();
        }
        if (participant != null) {
            participant.quit();
        }
        if (colleague != null) {
            colleague.quit();
        }
        if (third != null) {
            third.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitForText(WebDriver browser, By where, String text) {
        // the page reloads itself on every change: an element read while the new page replaces it
        // is gone ("does not belong to the document"); read it again
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    private static void click(WebDriver browser, String id) {
        browser.findElement(By.id(id)).click();
    }

    /** Clicks a button of the trainer's page, whose parts are swapped as events arrive: found again if replaced. */
    private static void clickWhenReady(WebDriver browser, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    d.findElement(By.id(id)).click();
                    return true;
                });
    }

    /** Joins from a browser of its own, with the code, a name and an institution. */
    private void join(WebDriver browser, String code, String name, String institution) {
        browser.get(url("/rejoindre"));
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
        click(browser, "find-session");
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("institution"))).selectByVisibleText(institution);
        click(browser, "join");
        waitForText(browser, By.tagName("h1"), name + " — " + institution);
    }

    @Test
    void a_trainer_and_two_participants_play_two_injects_through_to_the_debrief() throws Exception {
        // The trainer signs in and opens a session of the heatwave exercise.
        trainer.get(url("/formateur"));
        assertThat(trainer.getCurrentUrl()).endsWith("/formateur/connexion");
        trainer.findElement(By.id("username")).sendKeys("formateur");
        trainer.findElement(By.id("password")).sendKeys("formateur");
        click(trainer, "sign-in");
        trainer.findElement(By.cssSelector("input[name=exercise][value=canicule-personnes-isolees]")).click();
        click(trainer, "open-session");
        String code = trainer.findElement(By.id("join-code")).getText();
        assertThat(code).matches("[A-Z2-9]{6}");
        // the address to join in full, and as a QR code to project: opened on localhost, it names this
        // machine's network address (to check from a phone), or says that phones cannot open it
        String joinUrl = trainer.findElement(By.id("join-url")).getText();
        assertThat(joinUrl).endsWith(":" + port + "/rejoindre?code=" + code);
        assertThat(trainer.findElement(By.id("join-warning")).getText())
                .contains(joinUrl.startsWith("http://localhost") ? "ne pourront pas ouvrir cette adresse" : "vérifiez qu'un téléphone");
        assertThat(trainer.findElements(By.cssSelector("#join-qr svg.qr path"))).hasSize(1);
        // from here on the trainer's page is never reloaded: this mark would be lost
        ((org.openqa.selenium.JavascriptExecutor) trainer).executeScript("window.sameScreen = 'yes';");
        Browsers.screenshot(trainer, "session-1-trainer-opened");

        // Two participants join from their own devices with the code, a name and an institution.
        join(participant, code, "Awa Diallo", "Commune et CCAS");
        assertThat(participant.getPageSource()).contains("En attente du premier inject");
        join(colleague, code, "Lucie Morel", "Conseil départemental");
        join(third, code, "Karim Benali", "ARS");

        // The trainer sees them arrive, then launches the first inject: both pages follow.
        waitForText(trainer, By.id("participants"), "Awa Diallo");
        waitForText(trainer, By.id("participants"), "Lucie Morel");
        waitForText(trainer, By.id("participants"), "Karim Benali");
        click(trainer, "clock-start");
        waitForText(trainer, By.id("inject-title"), "Vigilance rouge canicule");
        // (the parts of the trainer's page are swapped as events arrive: each is read with a wait)
        waitForText(trainer, By.id("expected"), "les participants ne les voient pas");
        waitForText(trainer, By.id("expected"), "Appeler chaque jour toutes les personnes inscrites au registre canicule");
        waitForText(trainer, By.id("expected"), "○ pas encore");
        waitForText(trainer, By.id("inject-timer"), "min prévues");
        waitForText(participant, By.id("inject-title"), "Vigilance rouge canicule");
        waitForText(colleague, By.id("inject-title"), "Vigilance rouge canicule");
        assertThat(participant.findElement(By.id("suggestions")).getText()).contains("Le formateur les dévoilera");
        Browsers.screenshot(participant, "session-2-participant-first-inject");

        // The catalogue is grouped by policy area; a word typed in the search keeps only the matching actions.
        assertThat(participant.findElements(By.cssSelector("#actionId optgroup"))).hasSize(7);
        int all = participant.findElements(By.cssSelector("#actionId optgroup option")).size();
        participant.findElement(By.id("catalogue-search")).sendKeys("REGISTRE vulnerables");
        java.util.List<String> shown = participant.findElements(By.cssSelector("#actionId optgroup option")).stream()
                .filter(o -> o.getAttribute("hidden") == null).map(o -> o.getAttribute("textContent")).toList();
        assertThat(shown).as("accents and capitals ignored; the heatwave's wording found by the catalogue's")
                .contains("Appeler chaque jour toutes les personnes inscrites au registre canicule")
                .hasSizeLessThan(all / 4);
        assertThat(participant.findElement(By.id("catalogue-count")).getText()).endsWith("sur " + all);

        // The participant records a decision for the CCAS; "Enregistré." comes after the commit.
        new Select(participant.findElement(By.id("actionId")))
                .selectByVisibleText("Appeler chaque jour toutes les personnes inscrites au registre canicule");
        participant.findElement(By.id("ownerName")).sendKeys("Mme Martin, directrice du CCAS");
        participant.findElement(By.id("deadline")).sendKeys("J+1");
        click(participant, "takesLead");
        click(participant, "record");
        waitForText(participant, By.id("saved"), "Enregistré.");
        assertThat(participant.findElement(By.id("my-decisions")).getText()).contains("Mme Martin", "pilote");

        // The département takes the same action without leading it; it does not see the CCAS's answers.
        new Select(colleague.findElement(By.id("actionId")))
                .selectByVisibleText("Appeler chaque jour toutes les personnes inscrites au registre canicule");
        colleague.findElement(By.id("ownerName")).sendKeys("Service autonomie");
        colleague.findElement(By.id("deadline")).sendKeys("J+2");
        click(colleague, "record");
        waitForText(colleague, By.id("saved"), "Enregistré.");
        assertThat(colleague.findElement(By.id("my-decisions")).getText()).contains("Service autonomie")
                .doesNotContain("Mme Martin");

        // The trainer sees both without reloading, and reveals the engine's recommendations.
        waitForText(trainer, By.id("decisions"), "Mme Martin, directrice du CCAS");
        waitForText(trainer, By.id("decisions"), "Service autonomie");
        waitForText(trainer, By.id("expected"), "✓ décidée");
        waitForText(trainer, By.id("participants"), "Commune et CCAS ✓ a répondu");
        waitForText(trainer, By.id("participants"), "ARS ○ pas encore de réponse");
        assertThat(participant.getPageSource()).as("expected actions stay the trainer's").doesNotContain("Actions attendues");
        projectAt1280x720(code);
        click(trainer, "reveal");
        waitForText(participant, By.id("suggestions"), "Accepter");
        Browsers.screenshot(participant, "session-3-participant-revealed");
        // (the CCAS set aside a suggestion it has not taken: one it took must be withdrawn first)
        var setAside = participant.findElements(By.cssSelector("#suggestions details.override")).get(1);
        setAside.findElement(By.tagName("summary")).click();
        new Select(setAside.findElement(By.name("reason"))).selectByVisibleText("pas les moyens");
        setAside.findElement(By.name("note")).sendKeys("Deux agents pour 310 personnes");
        setAside.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(participant, By.id("suggestions"), "Vous l'avez écartée");
        waitForText(trainer, By.id("decisions"), "recommandation écartée");
        waitForText(trainer, By.id("engine"), "✗ écartée par Commune et CCAS : pas les moyens");
        // Accepting asks who carries the action and by when: it is then a decision like any other.
        var accept = new WebDriverWait(colleague, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    var box = d.findElements(By.cssSelector("#suggestions details.accept")).get(1);
                    box.findElement(By.tagName("summary")).click();
                    return box;
                });
        accept.findElement(By.name("ownerName")).sendKeys("Mme Roux, cheffe de service");
        accept.findElement(By.name("deadline")).sendKeys("J+1 midi");
        accept.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(colleague, By.id("suggestions"), "Vous l'avez acceptée");
        waitForText(colleague, By.id("my-decisions"), "Mme Roux, cheffe de service");
        waitForText(trainer, By.id("decisions"), "Mme Roux, cheffe de service");
        waitForText(trainer, By.id("engine"), "✓ acceptée par Conseil départemental");

        // Second inject: the participant's page changes by itself; an action of their own.
        click(trainer, "clock-next");
        waitForText(trainer, By.id("inject-title"), "Les aides à domicile manquent");
        waitForText(trainer, By.id("changes"), "Ce qui a changé depuis l'inject précédent");
        waitForText(participant, By.id("inject-title"), "Les aides à domicile manquent");
        participant.findElement(By.id("freeText")).sendKeys("Appeler les aidants familiaux connus du CCAS");
        participant.findElement(By.id("ownerName")).sendKeys("Pôle seniors");
        participant.findElement(By.id("deadline")).sendKeys("J+2");
        click(participant, "record");
        waitForText(participant, By.id("saved"), "Enregistré.");
        waitForText(trainer, By.id("decisions"), "Appeler les aidants familiaux");
        Browsers.screenshot(trainer, "session-4-trainer-second-inject");

        // A participant typing is not interrupted: told what happened, in words that fit the event.
        colleague.findElement(By.id("ownerName")).sendKeys("Service autonomie, en cours de saisie");
        clickWhenReady(trainer, "clock-pause");
        waitForText(colleague, By.id("live-notice"), "mis la session en pause");
        assertThat(colleague.findElement(By.id("live-notice")).getText()).doesNotContain("nouvel inject");
        assertThat(colleague.findElement(By.id("ownerName")).getAttribute("value")).isEqualTo("Service autonomie, en cours de saisie");
        clickWhenReady(trainer, "clock-resume");
        waitForText(trainer, By.id("session-state"), "en cours");

        // Two injects played, and the trainer's page never reloaded.
        assertThat(((org.openqa.selenium.JavascriptExecutor) trainer).executeScript("return window.sameScreen;"))
                .isEqualTo("yes");

        // End (set apart, behind a confirmation), debrief, and the after-action report as PDF.
        new WebDriverWait(trainer, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.findElement(By.id("clock-end")).isDisplayed()); // hidden until the box is opened
        new WebDriverWait(trainer, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    d.findElement(By.cssSelector("#end-session summary")).click();
                    d.findElement(By.id("clock-end")).click();
                    return true;
                });
        waitForText(participant, By.tagName("main"), "La session est terminée");
        waitForText(colleague, By.tagName("main"), "La session est terminée");
        click(trainer, "to-debrief");
        waitForText(trainer, By.tagName("h1"), "Débriefing — Canicule dans un bourg rural");
        String debrief = trainer.findElement(By.tagName("main")).getText();
        assertThat(debrief).contains("Vue d'ensemble", "Couverture : actions recommandées × institutions",
                "Appeler les aidants familiaux connus du CCAS", "pas les moyens", "Chronologie");
        Browsers.screenshot(trainer, "session-5-debrief");
        // ended at inject 2 of 5: two injects judged, three listed apart, counted nowhere
        assertThat(debrief).contains("La session s'est arrêtée à l'inject 2 sur 5", "Injects non joués",
                "Commune et CCAS écarte la recommandation", "Conseil départemental accepte la recommandation")
                .doesNotContain("Inject 3 — ", "Inject 4 — ", "Inject 5 — ");
        assertThat(trainer.findElements(By.cssSelector(".debrief .inject"))).hasSize(2);
        assertThat(trainer.findElements(By.cssSelector("#unplayed li"))).hasSize(3);
        assertThat(debrief).contains("Actions attendues par l'exercice", "prise par : Commune et CCAS (pilote)", "Légende",
                "— : rien de la part de l'institution sur cette action à cet inject");

        // The trainer opens the debrief to the participants: their pages follow by themselves.
        click(trainer, "share-debrief-button");
        waitForText(trainer, By.id("share-debrief"), "Les participants voient ce débriefing");
        waitForText(participant, By.tagName("main"), "Le débriefing est ouvert");
        waitForText(colleague, By.id("live-notice"), "Le formateur a ouvert le débriefing.");
        new WebDriverWait(participant, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    d.findElement(By.id("to-debrief")).click();
                    return true;
                });
        waitForText(participant, By.tagName("h1"), "Débriefing — Canicule dans un bourg rural");
        assertThat(participant.findElement(By.tagName("main")).getText()).contains("Actions attendues par l'exercice",
                "Vue d'ensemble");
        Browsers.screenshot(participant, "session-6-participant-debrief");
        readableOnAPhone(participant);
        click(trainer, "debrief-present");
        waitForText(trainer, By.id("figures"), "actions attendues prises à leur inject");
        assertThat(trainer.findElement(By.id("played-partly")).getText()).contains("l'inject 2 sur 5");
        assertThat(trainer.findElement(By.id("expected-missed")).getText()).doesNotContain("Inject 3", "Inject 4", "Inject 5");
        Browsers.screenshot(trainer, "session-7-debrief-overview");
        trainer.navigate().back();

        String pdfUrl = trainer.findElement(By.id("debrief-pdf")).getAttribute("href");
        String sessionCookie = trainer.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", "JSESSIONID=" + sessionCookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Débriefing — Canicule", "Awa Diallo", "Lucie Morel",
                    "Appeler les aidants familiaux connus du CCAS", "pas les moyens");
        }
    }

    /**
     * The view to project, opened in a tab of its own on a 1280×720 screen: the code, the QR code,
     * the inject and who answered fit without scrolling; no expected action, no recommendation.
     */
    private void projectAt1280x720(String code) throws IOException {
        String panel = trainer.getWindowHandle();
        String href = trainer.findElement(By.id("to-projection")).getAttribute("href");
        trainer.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        var cdp = (org.openqa.selenium.chromium.HasCdp) trainer;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 1280, "height", 720, "deviceScaleFactor", 1, "mobile", false));
        trainer.get(href);
        waitForText(trainer, By.id("inject-title"), "Vigilance rouge canicule");
        var js = (org.openqa.selenium.JavascriptExecutor) trainer;
        assertThat(js.executeScript("return [innerWidth, innerHeight];")).isEqualTo(java.util.List.of(1280L, 720L));
        assertThat(js.executeScript("return document.documentElement.scrollHeight;")).as("no vertical scroll").isEqualTo(720L);
        assertThat(js.executeScript("return document.documentElement.scrollWidth;")).as("no horizontal scroll").isEqualTo(1280L);
        for (String id : new String[] {"join-code", "join-url", "inject-title", "inject-narrative", "inject-timer", "participants"}) {
            assertThat(js.executeScript("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                    + " return r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0;", id)).as(id + " on screen").isEqualTo(true);
        }
        assertThat(trainer.findElement(By.id("join-code")).getText()).isEqualTo(code);
        assertThat(trainer.findElements(By.cssSelector(".projection-qr svg.qr path"))).hasSize(1);
        String text = trainer.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Commune et CCAS").doesNotContain("Actions attendues", "Recommandations du moteur",
                "Appeler chaque jour", "CRITIQUE", "ÉLEVÉ");
        Browsers.screenshot(trainer, "session-3-projection-1280x720");
        cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        trainer.close();
        trainer.switchTo().window(panel);
    }

    /** The participant's debrief on a 390 px phone: the matrix scrolls within itself, no mark broken over lines. */
    private static void readableOnAPhone(WebDriver browser) throws IOException {
        var cdp = (org.openqa.selenium.chromium.HasCdp) browser;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.navigate().refresh();
        waitForText(browser, By.tagName("h1"), "Débriefing — Canicule dans un bourg rural");
        Object broken = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('table.matrix td:not(:first-child), table.matrix th:not(:first-child)'))"
                        + ".filter(function (c) { var r = document.createRange(); r.selectNodeContents(c);"
                        + " var tops = {}; Array.from(r.getClientRects()).forEach(function (x) { tops[Math.round(x.top)] = 1; });"
                        + " return Object.keys(tops).length > 1; }).map(function (c) { return c.textContent; });");
        assertThat((java.util.List<?>) broken).as("cells on more than one line at 390 px").isEmpty();
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= innerWidth;")).as("the page itself does not scroll sideways").isEqualTo(true);
        Browsers.screenshot(browser, "session-6-participant-debrief-390");
        cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
}
