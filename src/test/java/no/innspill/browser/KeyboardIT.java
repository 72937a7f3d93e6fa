package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import java.time.Duration;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The form with the keyboard alone: skip link, fields in order, radio with the space bar, submit with Enter. */
@IntegrationTest
class KeyboardIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_form_can_be_filled_and_sent_for_preview_with_the_keyboard_only() {
        try (Browser browser = Browser.start(true)) {
            var driver = browser.driver;
            driver.get("http://localhost:" + port + "/horinger/22-414/svar");
            Actions keys = new Actions(driver);

            keys.sendKeys(Keys.TAB).perform();
            assertThat(active(driver).getText()).isEqualTo("Hopp til hovedinnholdet");
            keys.sendKeys(Keys.ENTER).perform();
            assertThat(driver.getCurrentUrl()).endsWith("#main");

            tabUntil(driver, keys, "respondent-kind-organisation"); // the kind comes first: the fields follow it
            keys.sendKeys(Keys.SPACE).perform();
            assertThat(driver.findElement(By.id("respondent-kind-organisation")).isSelected()).isTrue();
            tabUntil(driver, keys, "respondent-name");
            keys.sendKeys("Tastatur kommune").perform();
            tabUntil(driver, keys, "a-q1-choice-yes");
            keys.sendKeys(Keys.ARROW_DOWN).perform(); // arrows move within a radio group
            assertThat(driver.findElement(By.id("a-q1-choice-no")).isSelected()).isTrue();
            tabUntil(driver, keys, "a-q1-text");
            keys.sendKeys("Skrevet uten mus.").perform();

            WebElement preview = driver.findElement(By.cssSelector("button[value=preview]"));
            while (!preview.equals(active(driver))) {
                keys.sendKeys(Keys.TAB).perform();
            }
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("Se over"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Tastatur kommune", "Skrevet uten mus.");
        }
    }

    @Test
    void the_error_summary_takes_focus_so_a_screen_reader_hears_it_first() {
        try (Browser browser = Browser.start(true)) {
            var driver = browser.driver;
            driver.get("http://localhost:" + port + "/horinger/22-414/svar");
            driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
            // the Enter submits the form: wait for the next page before asking what has focus
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> "error-summary".equals(active(d).getAttribute("id")));
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(active(driver).getAttribute("href")).endsWith("#respondent-name");
        }
    }

    private static WebElement active(org.openqa.selenium.WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    private static void tabUntil(org.openqa.selenium.WebDriver driver, Actions keys, String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(active(driver).getAttribute("id"))) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id + "; stuck at " + active(driver).getAttribute("outerHTML"));
    }
}
