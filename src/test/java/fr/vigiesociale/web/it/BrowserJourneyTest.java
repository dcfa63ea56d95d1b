package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager's journey in a real browser: Debian's headless Chromium driven by Selenium (installed
 * by {@code .ci/run}, never downloaded). Home page → blank form → a scenario typed in → ranked
 * cards → "Pourquoi ?" opened. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTest {

    static final Path SCREENSHOTS = Browsers.SCREENSHOTS;

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browsers.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }

    private void type(String field, String value) {
        WebElement input = browser.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    private void choose(String field, String visibleText) {
        new Select(browser.findElement(By.name(field))).selectByVisibleText(visibleText);
    }

    @Test
    void typing_a_communes_name_offers_it_and_fills_in_its_code_level_and_population() {
        browser.get("http://localhost:" + port + "/formulaire");
        WebElement name = browser.findElement(By.id("f-territory-name"));
        name.sendKeys("Roubai");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(
                By.cssSelector("#territory-suggestions option[value='Roubaix']")).isEmpty());
        name.sendKeys("x");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b ->
                "59512".equals(b.findElement(By.id("f-territory-inseeCode")).getAttribute("value")));
        assertThat(browser.findElement(By.id("f-territory-level")).getAttribute("value")).isEqualTo("COMMUNE");
        assertThat(browser.findElement(By.id("f-territory-population")).getAttribute("value")).matches("\\d{5,}");
    }

    @Test
    void a_manager_goes_from_a_blank_form_to_ranked_explained_cards() throws IOException {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).contains("Vigie sociale");
        screenshot("accueil");
        browser.findElement(By.id("start-blank")).click();

        // A first attempt with a typo: the error shows next to the field, what was typed stays.
        type("title", "Quartier des Tilleuls — confinement, semaine 3");
        type("territory.name", "Quartier des Tilleuls");
        choose("territory.level", "quartier");
        type("territory.population", "8 400");
        choose("territory.priorityNeighbourhood", "oui");
        choose("crisis.kind", "sanitaire");
        choose("crisis.phase", "aiguë");
        choose("crisis.lockdown", "total");
        type("crisis.weeksElapsed", "3");
        type("indicators.foodAidRequestsChangePct", "85");
        type("indicators.pupilsOutOfContactPct", "dix-huit");
        type("indicators.childProtectionReferralsChangePct", "-30");
        type("indicators.digitalExclusionPct", "28,5");
        choose("governance.socialSectorInCrisisCell", "non");
        choose("resources.civicReserve", "inexistante");
        browser.findElement(By.id("submit")).click();

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("1 erreur(s)");
        WebElement field = browser.findElement(By.id("f-indicators-pupilsOutOfContactPct"));
        assertThat(field.getAttribute("value")).isEqualTo("dix-huit");
        assertThat(field.findElement(By.xpath("ancestor::div[contains(@class,'field')]")).getText())
                .contains("un nombre est attendu, pas \"dix-huit\"");
        assertThat(browser.findElement(By.name("territory.name")).getAttribute("value")).isEqualTo("Quartier des Tilleuls");
        screenshot("formulaire-erreur");

        type("indicators.pupilsOutOfContactPct", "18");
        browser.findElement(By.id("submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("article.card")).isEmpty());
        List<WebElement> cards = browser.findElements(By.cssSelector("article.card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 0; i < cards.size(); i++) {
            assertThat(cards.get(i).findElement(By.className("rank")).getText()).isEqualTo(Integer.toString(i + 1));
        }
        assertThat(cards.get(0).getAttribute("class")).containsAnyOf("level-CRITICAL", "level-HIGH");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quartier des Tilleuls — confinement, semaine 3");
        assertThat(browser.getPageSource()).contains("id=\"action-SCHOOL-CONTACT-TRACKING\"")
                .contains("id=\"action-FOOD-AID-COORDINATION\"");

        // "Pourquoi ?": closed at first, then every reason with its points and the facts read.
        WebElement why = cards.get(0).findElement(By.cssSelector("details.why"));
        assertThat(why.getAttribute("open")).isNull();
        why.findElement(By.tagName("summary")).click();
        assertThat(why.getAttribute("open")).isNotNull();
        List<WebElement> reasons = why.findElements(By.cssSelector("tbody tr"));
        assertThat(reasons).isNotEmpty();
        assertThat(reasons.get(0).findElement(By.cssSelector("td.num")).getText()).startsWith("+");
        assertThat(why.getText()).contains("règle « ").contains("Faits lus");
        assertThat(browser.findElement(By.id("gaps")).getText()).contains("Ce qu'il faudrait savoir");
        assertThat(browser.findElement(By.id("chart")).getText()).contains("Priorité par domaine");
        assertThat(browser.findElement(By.id("download-pdf")).isDisplayed()).isTrue();
        screenshot("resultat");

        // the result has its own address: reloading shows it again without posting the form, and the
        // address given to share it opens the same cards in another browser, with no cookie of this one
        String address = browser.getCurrentUrl();
        assertThat(address).contains("/resultat?s=");
        List<String> ranked = titles(browser);
        browser.navigate().refresh();
        assertThat(titles(browser)).isEqualTo(ranked);
        String shared = browser.findElement(By.id("share-url")).getAttribute("value");
        WebDriver other = Browsers.start();
        try {
            other.get(shared);
            assertThat(titles(other)).isEqualTo(ranked);
            assertThat(other.findElement(By.tagName("h1")).getText()).isEqualTo("Quartier des Tilleuls — confinement, semaine 3");
        } finally {
            other.quit();
        }
    }

    private static List<String> titles(WebDriver driver) {
        return driver.findElements(By.cssSelector("article.card header h2")).stream().map(WebElement::getText).toList();
    }
}
