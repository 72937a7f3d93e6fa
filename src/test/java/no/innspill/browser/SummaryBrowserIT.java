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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The summary report's page in Chromium without JavaScript (issue 14): reached from the list of responses, axe-core on
 * it, with a saved text and with a text too long; its texts typed and saved by keyboard only.
 */
@IntegrationTest
class SummaryBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_summary_page_is_accessible_and_edited_by_keyboard() {
        String slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        assertThat(TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses", """
                {"respondent": {"name": "Skoleveien vel", "kind": "organisation", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "yes"}, "goals": {"text": "Bra"}}}""").status()).isEqualTo(201);
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(url("/logg-inn"));
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/saksbehandler"));

            driver.get(url("/saksbehandler/horinger/" + slug));
            pressByKeyboard(driver, driver.findElement(By.id("summary-link")));
            wait.until(ExpectedConditions.urlContains("/oppsummering"));
            assertThat(driver.findElement(By.id("report-total")).getText()).contains("1");
            browser.assertAccessible("summary");
            browser.screenshots("50-oppsummering");

            WebElement intro = driver.findElement(By.id("text-intro"));
            tabTo(driver, intro);
            new Actions(driver).sendKeys("Første avsnitt.").sendKeys(Keys.ENTER).sendKeys("Andre avsnitt.").perform();
            pressByKeyboard(driver, driver.findElement(By.id("summary-save")));
            wait.until(ExpectedConditions.urlContains("lagret"));
            assertThat(driver.findElement(By.id("saved")).getText()).contains("lagret");
            assertThat(driver.findElement(By.id("text-intro")).getAttribute("value")).isEqualTo("Første avsnitt.\nAndre avsnitt.");
            browser.assertAccessible("summary saved");

            // too long a text: set without typing 50,001 characters, then saved by keyboard
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('text-closing').value = 'x'.repeat(50001)");
            pressByKeyboard(driver, driver.findElement(By.id("summary-save")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Avslutning");
            assertThat(driver.findElement(By.id("text-closing")).getAttribute("value")).hasSize(50001);
            browser.assertAccessible("summary with a text too long");
            tabTo(driver, driver.findElement(By.id("download-docx")));
            tabTo(driver, driver.findElement(By.id("download-pdf")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
