package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Switching the language while answering loses nothing (issue 9): with JavaScript on, after the
 * draft has saved itself, the header's language link opens that draft in the new language with
 * its text; with JavaScript off, on the form posted back with errors, the header's link leads to
 * the form's own language buttons, which keep the text as a draft. axe-core checks the pages.
 */
@IntegrationTest
class LanguageSwitchBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void switching_the_language_keeps_the_draft_and_its_text(boolean javascript) {
        String text = "Dette skal overleve språkbyttet (" + (javascript ? "js" : "nojs") + ")";
        try (Browser browser = Browser.start(javascript)) {
            var driver = browser.driver;
            var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get("http://localhost:" + port + "/horinger/22-414/svar");
            driver.findElement(By.id("a-q4-text")).sendKeys(text);
            if (javascript) {
                wait.until(ExpectedConditions.urlContains("/utkast/"));
                wait.until(ExpectedConditions.attributeContains(By.cssSelector(".innspill-lang a[data-lang=en]"), "href", "/utkast/"));
                browser.assertAccessible("form with language buttons");
            } else {
                driver.findElement(By.cssSelector("button[value=preview]")).click(); // no name: the form comes back with errors
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ds-error-summary")));
                driver.findElement(By.cssSelector(".innspill-lang a[data-lang=en]")).click();
                assertThat(driver.getCurrentUrl()).endsWith("#language-switch");
                driver.findElement(By.cssSelector("#language-switch button[value=en]")).click();
            }
            if (javascript) {
                driver.findElement(By.cssSelector(".innspill-lang a[data-lang=en]")).click();
            }
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Who is responding?"));
            assertThat(driver.getCurrentUrl()).contains("/horinger/22-414/utkast/");
            assertThat(driver.findElement(By.id("a-q4-text")).getAttribute("value")).isEqualTo(text);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.assertAccessible("draft in English");
        }
    }
}
