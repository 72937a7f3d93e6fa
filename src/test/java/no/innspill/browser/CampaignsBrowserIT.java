package no.innspill.browser;

import static no.innspill.browser.Browser.tabTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.EveryKindForm;
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
 * The campaigns pages in Chromium (issue 14): axe-core on the list before and after a run started by keyboard, on a
 * campaign's page with its members' own text, and on a response with its note. Without the engine on the branch the
 * run finds nothing and the campaign's page is skipped.
 */
@IntegrationTest
// waits on the campaign run (a db-scheduler job): a context of its own, as CampaignsIT
@org.springframework.test.context.TestPropertySource(properties = "innspill.test.own-context=campaigns")
class CampaignsBrowserIT {

    private static final String LETTER = "Vi er sterkt imot at Skoleveien stenges for gjennomkjøring slik planen foreslår. Veien er den eneste"
            + " trygge forbindelsen mellom boligfeltet og idrettsanlegget, og barna våre bruker den hver eneste dag. En stenging vil"
            + " flytte trafikken over til Fjellveien, som mangler både fortau og belysning. Vi ber derfor kommunen om å beholde"
            + " Skoleveien åpen, bygge fortau langs hele Fjellveien og senke fartsgrensen til 30 km/t i området før planen blir vedtatt.";

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_campaign_pages_are_accessible_and_a_run_is_started_by_keyboard() throws Exception {
        String slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        TestApi api = TestApi.anonymous(port);
        int first = 0;
        for (int i = 1; i <= 6; i++) {
            String text = i == 2 ? LETTER + "\nJeg har selv to barn som går til skolen langs denne veien hver morgen." : LETTER;
            var reply = api.postJson("/api/v1/consultations/" + slug + "/responses", """
                    {"respondent": {"name": "Innbygger %d", "kind": "person", "organisationNumber": null, "email": "innbygger%d@example.no"},
                     "answers": {"support": {"choice": "no"}, "goals": {"text": %s}}}""".formatted(i, i, TestApi.json(text)));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            if (first == 0) {
                String number = reply.json().get("documentNumber").asString();
                first = Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
            }
        }
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(url("/logg-inn"));
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/saksbehandler"));

            driver.get(url("/saksbehandler/horinger/" + slug));
            tabTo(driver, driver.findElement(By.id("campaigns-link")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.urlContains("/kampanjer"));
            assertThat(driver.findElement(By.id("count-responses")).getText()).isEqualTo("6");
            browser.assertAccessible("campaigns before a run");

            tabTo(driver, driver.findElement(By.id("run-campaigns")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-message")));
            browser.assertAccessible("campaigns with a run asked for");

            AppProcesses.waitUntil(() -> {
                driver.navigate().refresh();
                return !driver.findElement(By.id("run-status")).getText().contains("i gang");
            }, Duration.ofSeconds(60));
            browser.assertAccessible("campaigns after the run");
            browser.screenshots("50-kampanjer");
            org.junit.jupiter.api.Assumptions.assumeTrue(engineLanded(), "the engine is not on this branch yet: nothing found");
            WebElement campaign = driver.findElement(By.cssSelector("#campaigns-table a"));
            tabTo(driver, campaign);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-template")));
            assertThat(driver.findElement(By.id("member-" + (first + 1))).findElement(By.tagName("mark")).getText())
                    .contains("to barn");
            browser.assertAccessible("a campaign");
            browser.screenshots("51-kampanje");

            driver.get(url("/saksbehandler/horinger/" + slug + "/svar/" + first));
            assertThat(driver.findElement(By.id("campaign-notes")).getText()).contains("Del av kampanje (6 svar)");
            browser.assertAccessible("a response in a campaign");
        }
    }

    private static boolean engineLanded() {
        try {
            new no.innspill.analysis.CampaignFinder().find(java.util.List.of());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
