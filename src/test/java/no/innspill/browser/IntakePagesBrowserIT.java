package no.innspill.browser;

import no.innspill.testing.DemoDefinition;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import no.innspill.document.word.WordForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case worker's intake pages in Chromium: upload a Word form, review it beside the original, confirm. axe-core on each. */
@IntegrationTest
class IntakePagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void upload_review_and_confirm_pass_axe(@TempDir Path dir) throws Exception {
        Path word = dir.resolve("svar-fra-kommunen.docx");
        Files.write(word, WordForm.blankForm(DemoDefinition.FORM, DemoDefinition.CASE, Locale.forLanguageTag("nb")));
        try (Browser browser = Browser.start(true)) {
            var driver = browser.driver;
            driver.get("http://localhost:" + port + "/logg-inn");
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));

            driver.get("http://localhost:" + port + "/saksbehandler/horinger/22-414/innkommende");
            browser.assertAccessible("intake list");
            driver.findElement(By.id("filer")).sendKeys(word.toString());
            driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("svar-fra-kommunen.docx")));
            browser.assertAccessible("intake list after upload");
            browser.screenshots("10-intake-list");

            driver.findElement(By.partialLinkText("svar-fra-kommunen.docx")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "svar-fra-kommunen.docx"));
            browser.assertAccessible("intake review");
            browser.screenshots("11-intake-review");
        }
    }
}
