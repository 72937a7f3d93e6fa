package no.innspill.browser;

import static no.innspill.browser.Browser.tabTo;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Coding per input in Chromium (issue 14): axe-core on the coding page (fresh, with an error, with a marked input), the
 * edit page and the list of inputs; an input added by keyboard alone with JavaScript off; and with it on, a selection
 * in the answer fills the passage.
 */
@IntegrationTest
class CodingBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    private String newCase() {
        String slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        var reply = TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses", """
                {"respondent": {"name": "Skoleveien vel", "kind": "organisation", "organisationNumber": null, "email": null},
                 "answers": {"support": {"choice": "yes", "text": "Vi støtter Mål 2.\\nTrafikken er farlig ved skolen."},
                             "goals": {"text": "Bra"}}}""");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return slug;
    }

    @Test
    void an_input_is_added_by_keyboard_without_javascript() {
        String slug = newCase();
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            logIn(driver);
            driver.get(url("/saksbehandler/horinger/" + slug + "/svar/1/koding"));
            addByKeyboard(driver, "Trafikken er farlig");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("lagret="));
            assertThat(driver.findElement(By.id("coding-status")).getText()).contains("lagret");
            assertThat(driver.findElement(By.cssSelector("#answer-0-text mark")).getText()).isEqualTo("Trafikken er farlig");
            assertThat(driver.findElement(By.cssSelector(".innspill-coding-inputs li")).getText())
                    .contains("Tatt til følge").contains("Mål 2");
        }
    }

    @Test
    void the_coding_pages_are_accessible_and_a_selection_fills_the_passage() {
        String slug = newCase();
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            logIn(driver);
            driver.get(url("/saksbehandler/horinger/" + slug + "/svar/1/koding"));
            browser.assertAccessible("coding a response");
            browser.screenshots("50-koding");

            // a selection of "Trafikken er farlig" in the answer's text, as a mouse would make it
            ((JavascriptExecutor) driver).executeScript("""
                    var text = document.getElementById('answer-0-text').firstChild;
                    var at = text.data.indexOf('Trafikken');
                    var range = document.createRange();
                    range.setStart(text, at);
                    range.setEnd(text, at + 'Trafikken er farlig'.length);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                    document.getElementById('answer-0-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""");
            assertThat(driver.findElement(By.id("add-0-passage")).getAttribute("value")).isEqualTo("Trafikken er farlig");

            driver.findElement(By.id("add-0-passage")).clear();
            driver.findElement(By.id("add-0-passage")).sendKeys("Står ikke der");
            driver.findElement(By.id("add-0-save")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("står ikke i dette svaret");
            browser.assertAccessible("coding with an error");

            driver.get(url("/saksbehandler/horinger/" + slug + "/svar/1/koding"));
            addByKeyboard(driver, "Vi støtter Mål 2.");
            wait.until(ExpectedConditions.urlContains("lagret="));
            browser.assertAccessible("coding with a marked input");
            browser.screenshots("51-koding-merket");

            driver.findElement(By.cssSelector(".innspill-coding-inputs a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-form")));
            browser.assertAccessible("changing an input");

            driver.get(url("/saksbehandler/horinger/" + slug + "/innspill"));
            assertThat(driver.findElement(By.id("count-adopted")).getText()).contains("1");
            browser.assertAccessible("the inputs of a consultation");
            browser.screenshots("52-innspill");
            driver.get(url("/saksbehandler/horinger/" + slug + "/innspill?disposition=maybe"));
            browser.assertAccessible("the inputs with a bad filter");
        }
    }

    /** Types the passage into the first answer's form, ticks "Mål 2", chooses "Tatt til følge" and saves: Tab, keys and Enter. */
    private static void addByKeyboard(WebDriver driver, String passage) {
        WebElement field = driver.findElement(By.id("add-0-passage"));
        tabTo(driver, field);
        new Actions(driver).sendKeys(passage).perform();
        WebElement reference = driver.findElement(By.cssSelector("#add-0-concerns input[value='Mål 2']"));
        tabTo(driver, reference);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(reference.isSelected()).isTrue();
        tabTo(driver, driver.findElement(By.id("add-0-disposition-undecided")));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(driver.findElement(By.id("add-0-disposition-adopted")).isSelected()).isTrue();
        tabTo(driver, driver.findElement(By.id("add-0-assessment")));
        new Actions(driver).sendKeys("Følges opp.").perform();
        tabTo(driver, driver.findElement(By.id("add-0-save")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
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
