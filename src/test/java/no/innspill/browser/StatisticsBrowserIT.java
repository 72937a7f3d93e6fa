package no.innspill.browser;

import static no.innspill.browser.Browser.tabTo;
import static no.innspill.browser.Browser.pressByKeyboard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statistics page in Chromium (issue 13): axe-core with and without a filter and with a bad one, the filter
 * applied by keyboard, and every chart's downloads reached by Tab.
 */
@IntegrationTest
class StatisticsBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_statistics_are_accessible_and_their_downloads_reachable_by_keyboard() {
        String slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        TestApi api = TestApi.anonymous(port);
        String[][] respondents = {{"Skoleveien vel", "organisation", "yes"}, {"Bydel Nord", "organisation", "no"},
                {"Ola Nordmann", "person", "yes"}};
        for (String[] respondent : respondents) {
            assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", """
                    {"respondent": {"name": "%s", "kind": "%s", "organisationNumber": null, "email": null},
                     "answers": {"support": {"choice": "%s"}, "concerns": {"choices": ["traffic"]}, "goals": {"text": "Bra"}}}"""
                    .formatted((Object[]) respondent)).status()).isEqualTo(201);
        }
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(url("/logg-inn"));
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/saksbehandler"));

            driver.get(url("/saksbehandler/horinger/" + slug + "/statistikk"));
            assertThat(driver.findElement(By.id("statistics-total")).getText()).contains("3");
            browser.assertAccessible("statistics");
            browser.screenshots("40-statistikk");

            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-kind"))).selectByValue("person");
            pressByKeyboard(driver, driver.findElement(By.id("statistics-apply")));
            wait.until(ExpectedConditions.urlContains("kind=person"));
            assertThat(driver.findElement(By.id("statistics-total")).getText()).contains("1");
            browser.assertAccessible("statistics of persons");
            for (String id : new String[] {"download-kind-svg", "download-choice-support-png", "download-answered-csv",
                    "download-invitees-csv"}) {
                WebElement link = driver.findElement(By.id(id));
                tabTo(driver, link);
                assertThat(link.getAttribute("href")).contains("kind=person");
            }

            driver.get(url("/saksbehandler/horinger/" + slug + "/statistikk?late=maybe"));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("For sent");
            browser.assertAccessible("statistics with a bad filter");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
