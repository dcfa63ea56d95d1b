package fr.vigiesociale.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page, and the trainer's sign-in, in the real browser at a phone's width (390 px)
 * and a laptop's (1366 px): no horizontal scroll, and no serious or critical violation found by
 * axe-core (WCAG 2.1 A and AA rules: contrast, labels, names, landmarks…). Screenshots of each
 * page go to target/screenshots/ (a11y-390-*.png, a11y-1366-*.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

    private static final List<String> PAGES = List.of("/", "/formulaire", "/scenarios/canicule-bourg-rural/evaluation",
            "/comparaison", "/regles", "/rapport", "/territoires", "/rejoindre", "/formateur/connexion");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browsers.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageFitsAPhoneAndALaptopWithNoSeriousAccessibilityViolation() throws IOException {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {390, 1366}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String path : PAGES) {
                browser.get("http://localhost:" + port + path);
                browser.findElement(By.tagName("main"));
                check(width, path, problems);
            }
        }
        assertThat(problems).as("pages that scroll sideways or fail an accessibility rule").isEmpty();
    }

    @Test
    void theTrainersAndTheParticipantsScreensPassToo() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get("http://localhost:" + port + "/formateur");
        browser.findElement(By.id("username")).sendKeys("formateur");
        browser.findElement(By.id("password")).sendKeys("formateur");
        browser.findElement(By.id("sign-in")).click();
        browser.findElement(By.cssSelector("input[name=exercise][value=canicule-personnes-isolees]")).click();
        browser.findElement(By.id("open-session")).click();
        // the session's own screen, once the browser has followed the redirect to it
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/formateur/sessions/\\d+$"));
        String panel = browser.getCurrentUrl();
        String code = browser.findElement(By.id("join-code")).getText();
        browser.findElement(By.id("clock-start")).click();
        // the clock's buttons post in the background: wait for the first inject before leaving the page
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.findElement(By.id("inject-title")).getText().isBlank());
        browser.get("http://localhost:" + port + "/rejoindre?code=" + code);
        browser.findElement(By.id("name")).sendKeys("Awa Diallo");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("institution"))).selectByVisibleText("Commune et CCAS");
        browser.findElement(By.id("join")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/participant"));
        browser.get(panel);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("reveal"))).click(); // the participant's page then holds the answer forms
        String site = "http://localhost:" + port;
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d -> {
            d.get(site + "/participant");
            return !d.findElements(By.cssSelector("#suggestions details.accept")).isEmpty();
        });
        List<String> problems = new ArrayList<>();
        checkAll(List.of(panel, panel + "/projection", site + "/participant", site + "/formateur"), problems);

        // ended, the debrief opened to the participants: the debrief pages, the overview and the participant's
        browser.get(panel);
        browser.findElement(By.cssSelector("#end-session summary")).click();
        browser.findElement(By.id("clock-end")).click();
        // ending posts in the background too: wait for the screen to say so before leaving it
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.id("session-state")).getText().contains("terminée"));
        browser.get(panel + "/debriefing");
        browser.findElement(By.id("share-debrief-button")).click();
        browser.findElement(By.id("saved"));
        checkAll(List.of(panel + "/debriefing", panel + "/debriefing/vue-ensemble", site + "/participant?fin",
                site + "/participant/debriefing"), problems);
        assertThat(problems).as("session pages that scroll sideways or fail an accessibility rule").isEmpty();
    }

    private void checkAll(List<String> pages, List<String> problems) throws IOException {
        for (int width : new int[] {390, 1366}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : pages) {
                browser.get(page);
                browser.findElement(By.tagName("main"));
                check(width, page.substring(page.indexOf('/', 8)), problems);
            }
        }
    }

    private void check(int width, String path, List<String> problems) throws IOException {
        long scroll = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
        if (scroll > 0) {
            Object widest = ((JavascriptExecutor) browser).executeScript(
                    "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  if (e.getBoundingClientRect().right > w + 0.5 && out.length < 3) {"
                    + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')); } });"
                    + "return out.join(', ');");
            problems.add(width + " px " + path + ": " + scroll + " px of horizontal scroll (" + widest + ")");
        }
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        for (Rule r : axe.getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                problems.add(width + " px " + path + ": " + r.getId() + " (" + r.getImpact() + ") on "
                        + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        Browsers.screenshot(browser, "a11y-" + width + path.replaceAll("[^a-z0-9]+", "-"));
    }

    @Test
    void onAPhoneTheHeaderFoldsBehindAMenuButtonThatOpensIt() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/");
        var toggle = browser.findElement(By.cssSelector("header.site .menu-toggle"));
        var nav = browser.findElement(By.id("site-nav"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(nav.isDisplayed()).isFalse();
        long header = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('header.site').getBoundingClientRect().height;")).longValue();
        assertThat(header).as("one line of header on a phone").isLessThan(80);
        toggle.click();
        assertThat(nav.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        Browsers.screenshot(browser, "a11y-390-menu-open");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.cssSelector("header.site .menu-toggle")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("site-nav")).isDisplayed()).isTrue();
    }
}
