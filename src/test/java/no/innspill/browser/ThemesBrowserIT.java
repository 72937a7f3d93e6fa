package no.innspill.browser;

import static no.innspill.browser.Browser.tabTo;
import static no.innspill.browser.Browser.pressByKeyboard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * The themes and tagging pages in Chromium without JavaScript (issue 14): axe-core on each (with themes, with an error
 * summary), a theme created and answers tagged by keyboard only.
 */
@IntegrationTest
class ThemesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void themes_are_made_and_answers_tagged_by_keyboard_on_accessible_pages() {
        String slug = TestConsultations.open(port, """
                caseNumber: "%s"
                title: "Strategi for e-helse"
                owner: "Direktoratet"
                deadline: "2099-06-30"
                responseEmail: "postmottak@example.org"
                questions:
                  - id: opinion
                    kind: text
                    text: "Hva mener dere om strategien?"
                    maxLength: 2000
                """.formatted(TestForms.newCaseNumber()));
        TestApi api = TestApi.anonymous(port);
        String[] texts = {"Kommunene trenger finansiering.", "Personvernet må ivaretas.\nOg informasjonssikkerheten.", "Ingen merknader."};
        for (int i = 0; i < texts.length; i++) {
            assertThat(api.postJson("/api/v1/consultations/" + slug + "/responses", """
                    {"respondent": {"name": "Avsender %d", "kind": "organisation", "organisationNumber": null, "email": null},
                     "answers": {"opinion": {"text": "%s"}}}""".formatted(i + 1, texts[i].replace("\n", "\\n"))).status()).isEqualTo(201);
        }
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(url("/logg-inn"));
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/saksbehandler"));

            driver.get(url("/saksbehandler/horinger/" + slug));
            pressByKeyboard(driver, driver.findElement(By.id("themes-link")));
            wait.until(ExpectedConditions.urlContains("/temaer"));
            assertThat(driver.findElement(By.id("themes-none")).isDisplayed()).isTrue();
            browser.assertAccessible("themes, none yet");

            // a blank label comes back with an error summary
            pressByKeyboard(driver, driver.findElement(By.id("create-theme")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            browser.assertAccessible("themes with an error");

            for (String label : new String[] {"Finansiering", "Personvern"}) {
                tabTo(driver, driver.findElement(By.id("create-label")));
                new Actions(driver).sendKeys(label).sendKeys(Keys.TAB).sendKeys(label.toLowerCase() + ", mer").perform();
                pressByKeyboard(driver, driver.findElement(By.id("create-theme")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("themes-saved")));
            }
            assertThat(driver.findElements(By.cssSelector("#themes-list article"))).hasSize(2);
            browser.assertAccessible("themes");
            browser.screenshots("50-temaer");

            pressByKeyboard(driver, driver.findElement(By.id("tagging-link")));
            wait.until(ExpectedConditions.urlContains("/merking"));
            assertThat(driver.findElement(By.id("answer-text")).getText()).contains("finansiering");
            browser.assertAccessible("tagging");
            browser.screenshots("51-merking");

            // tick the first theme with the space bar, save with Enter: the next answer comes
            WebElement first = driver.findElements(By.cssSelector("input[name=theme]")).get(0);
            tabTo(driver, first);
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            assertThat(first.isSelected()).isTrue();
            pressByKeyboard(driver, driver.findElement(By.id("tag-save")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tagging-saved")));
            assertThat(driver.findElement(By.id("answer-text")).getText()).contains("Personvernet");

            // nothing ticked: the error summary says to tick a theme or "Ingen tema"
            pressByKeyboard(driver, driver.findElement(By.id("tag-save")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Ingen tema");
            browser.assertAccessible("tagging with an error");

            tabTo(driver, driver.findElement(By.id("theme-none")));
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            pressByKeyboard(driver, driver.findElement(By.id("tag-save")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tagging-saved")));
            assertThat(driver.findElement(By.id("tagging-progress")).getText()).contains("2");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
