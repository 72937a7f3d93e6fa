package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Ny høring" and the details page in Chromium: a draft made from the form by keyboard alone (an
 * error first), its contact person and publication date saved, its publication scheduled — with
 * axe-core on every page, and the same without JavaScript.
 */
@IntegrationTest
class DetailsPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void a_new_consultation_is_made_detailed_and_scheduled_by_keyboard_and_passes_axe() {
        String sequence = String.valueOf(100_000 + System.nanoTime() % 800_000);
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            logIn(driver);
            browser.assertAccessible("overview");

            driver.get(url("/saksbehandler/horinger/ny"));
            browser.assertAccessible("new consultation");
            driver.findElement(By.id("case-number")).sendKeys("2096/" + sequence);
            driver.findElement(By.id("title")).sendKeys("Reguleringsplan for Sentrum");
            driver.findElement(By.id("owner")).sendKeys("Testkommune");
            driver.findElement(By.id("deadline-date")).sendKeys("01052099");
            driver.findElement(By.id("response-email")).sendKeys(Keys.ENTER); // still empty
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("response-email-error")).getText()).isEqualTo("Mottaksadresse (postmottak) mangler.");
            browser.assertAccessible("new consultation with an error");
            browser.screenshots("40-new-consultation-error");
            driver.findElement(By.id("response-email")).sendKeys("postmottak@kommune.example", Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/96-" + sequence + "/detaljer$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Høringen er opprettet som utkast");
            browser.assertAccessible("details");
            browser.screenshots("41-details");

            driver.findElement(By.id("contact-name")).sendKeys("Kari Nordmann");
            driver.findElement(By.id("contact-email")).sendKeys("kari@kommune");
            driver.findElement(By.id("publication-date")).sendKeys("01032099");
            driver.findElement(By.id("contact-phone")).sendKeys("22 24 20 00", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("contact-email-error")).getText())
                    .isEqualTo("E-post til kontaktperson er ikke en gyldig e-postadresse.");
            browser.assertAccessible("details with an error");
            driver.findElement(By.id("contact-email")).clear();
            driver.findElement(By.id("contact-email")).sendKeys("kari@kommune.example", Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Detaljene er lagret."));

            driver.findElement(By.cssSelector("form[action$='/planlegg'] button")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Publiseringen er planlagt."));
            // how typed digits fill a date input follows the browser's locale; the date is whatever day it became in 2099
            assertThat(driver.findElement(By.id("publication-date")).getAttribute("value")).startsWith("2099-");
            assertThat(driver.findElement(By.id("status")).getText()).matches("Planlagt – publiseres \\d{1,2}\\. \\p{L}+ 2099");
            browser.assertAccessible("details of a scheduled consultation");
        }
    }

    @Test
    void the_pages_work_without_javascript() {
        String sequence = String.valueOf(100_000 + System.nanoTime() % 800_000);
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            logIn(driver);
            driver.findElement(By.id("new-without-yaml")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number"))).sendKeys("95/" + sequence);
            driver.findElement(By.id("title")).sendKeys("Høring uten skript");
            driver.findElement(By.id("owner")).sendKeys("Testkommune");
            driver.findElement(By.id("deadline-date")).sendKeys("01052099");
            driver.findElement(By.id("response-email")).sendKeys("post@kommune.example");
            driver.findElement(By.cssSelector("form[action$='/ny'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlMatches(".*/95-" + sequence + "/detaljer$"));

            driver.findElement(By.id("title-nn")).sendKeys("Høyring utan skript");
            driver.findElement(By.cssSelector("form[action$='/detaljer'] button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Detaljene er lagret."));
            assertThat(driver.findElement(By.id("title-nn")).getAttribute("value")).isEqualTo("Høyring utan skript");
        }
    }

    private void logIn(WebDriver driver) {
        driver.get(url("/logg-inn"));
        driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
        driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
