package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worker searches the staff list and reads by question (issue 13), by keyboard only, with JavaScript on and
 * off: axe-core on the list with a search and on the by-question page, and a walk from answer to answer by the
 * «Neste svar» links (and, with JavaScript, the j and k keys).
 */
@IntegrationTest
class StaffReadingBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void a_case_worker_searches_and_walks_from_answer_to_answer_by_keyboard() {
        String slug = TestConsultations.open(port, TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        TestApi api = TestApi.anonymous(port);
        for (String name : List.of("Helse Nord RHF", "Bergen kommune", "Ola Nordmann", "Kari Nordmann", "Tastatur kommune")) {
            String json = """
                    {"respondent": {"name": "%s", "kind": "organisation", "organisationNumber": null, "email": null},
                     "answers": {"q1": {"choice": "yes", "text": "Felles pasientjournal er viktig for %s"}, "q2": {"text": null}}}"""
                    .formatted(name, name);
            assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", json).status()).isEqualTo(201);
        }
        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(url("/logg-inn"));
                driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
                driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("/saksbehandler"));

                driver.get(url("/saksbehandler/horinger/" + slug));
                Actions keys = new Actions(driver);
                WebElement search = driver.findElement(By.id("filter-q"));
                tabUntil(driver, keys, search);
                keys.sendKeys("pasientjournaler").sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.urlContains("q=pasientjournaler"));
                assertThat(driver.findElement(By.id("search-terms")).getText()).contains("'pasientjournal'");
                assertThat(driver.findElements(By.cssSelector("td.innspill-excerpt mark"))).isNotEmpty();
                browser.assertAccessible("the staff list with a search");
                browser.screenshots("50-staff-list-search");

                driver.get(url("/saksbehandler/horinger/" + slug + "/sporsmal/q1"));
                browser.assertAccessible("reading by question");
                browser.screenshots("51-reading-by-question");
                List<WebElement> answers = driver.findElements(By.cssSelector("article.innspill-answer"));
                assertThat(answers).hasSize(5);
                WebElement next = answers.get(0).findElement(By.cssSelector("a[data-reading=next]"));
                tabUntil(driver, keys, next);
                keys.sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.urlContains("#" + answers.get(1).getAttribute("id")));
                tabUntil(driver, keys, answers.get(1).findElement(By.cssSelector("a[data-reading=next]")));
                keys.sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.urlContains("#" + answers.get(2).getAttribute("id")));
                if (javascript) {
                    keys.sendKeys("j").perform();
                    wait.until(d -> answers.get(3).equals(d.switchTo().activeElement()));
                    keys.sendKeys("k").perform();
                    wait.until(d -> answers.get(2).equals(d.switchTo().activeElement()));
                }
                // the whole response one step away
                WebElement whole = answers.get(2).findElement(By.cssSelector("a[href*='/svar/']"));
                String target = whole.getAttribute("href");
                tabUntil(driver, keys, whole);
                keys.sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.urlToBe(target));
                assertThat(driver.findElement(By.id("read-by-question"))).isNotNull();
            }
        }
    }

    /** Tab forwards (wrapping round the page) until the target has focus. */
    private static void tabUntil(WebDriver driver, Actions keys, WebElement target) {
        for (int i = 0; i < 120; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target.getAttribute("outerHTML"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
