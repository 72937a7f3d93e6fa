package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The respondent fields that follow the kind and the publication consent, in a real browser with
 * JavaScript on and off: with it, a private person's choice hides the organisations' fields at once
 * and the reason appears when asked for; without it, every part is there and says whom it is for.
 * Filled in with the keyboard, previewed and sent; axe-core checks each page.
 */
@IntegrationTest
class PublicationConsentBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void a_private_person_fills_in_the_consent_with_the_keyboard(boolean javascript) {
        try (Browser browser = Browser.start(javascript)) {
            WebDriver driver = browser.driver;
            driver.get("http://localhost:" + port + "/horinger/22-414/svar");
            browser.assertAccessible("form with publication consent");
            WebElement organisationOnly = driver.findElement(By.id("organisation-only"));
            WebElement nameChoice = driver.findElement(By.id("publication-name"));
            WebElement reason = driver.findElement(By.id("publication-reason"));
            assertThat(organisationOnly.isDisplayed()).as("no kind chosen yet: shown").isTrue();
            assertThat(driver.findElement(By.cssSelector("#organisation-only legend")).getText()).isEqualTo("Bare for organisasjoner");
            assertThat(nameChoice.getText()).contains("Bare for privatpersoner");

            Actions keys = new Actions(driver);
            driver.findElement(By.id("respondent-kind-organisation")).sendKeys(Keys.ARROW_DOWN); // the keyboard moves to "person"
            assertThat(driver.findElement(By.id("respondent-kind-person")).isSelected()).isTrue();
            if (javascript) {
                assertThat(organisationOnly.isDisplayed()).as("hidden from a private person at once").isFalse();
                assertThat(driver.findElement(By.cssSelector("label[for=respondent-name]")).getText()).isEqualTo("Navnet ditt");
                assertThat(driver.findElement(By.id("respondent-name")).getAttribute("autocomplete")).isEqualTo("name");
                assertThat(reason.isDisplayed()).as("asked for once the box is ticked").isFalse();
                browser.assertAccessible("form as a private person");
            } else {
                assertThat(organisationOnly.isDisplayed()).isTrue();
                assertThat(reason.isDisplayed()).isTrue();
            }
            assertThat(nameChoice.isDisplayed()).isTrue();

            keys.sendKeys(Keys.TAB).perform();
            assertThat(active(driver).getAttribute("id")).isEqualTo("respondent-name");
            keys.sendKeys("Kari Tastatur").perform();
            driver.findElement(By.id("a-q3-text")).sendKeys("Et innspill skrevet med tastaturet.");

            driver.findElement(By.id("publication-name-publish")).sendKeys(Keys.ARROW_DOWN);
            assertThat(driver.findElement(By.id("publication-name-withhold")).isSelected()).isTrue();
            keys.sendKeys(Keys.TAB).perform();
            assertThat(active(driver).getAttribute("id")).isEqualTo("publication-online");
            keys.sendKeys(Keys.SPACE).perform();
            assertThat(driver.findElement(By.id("publication-online")).isSelected()).isTrue();
            assertThat(reason.isDisplayed()).isTrue();
            keys.sendKeys(Keys.TAB).perform();
            assertThat(active(driver).getAttribute("id")).isEqualTo("publication-reason");
            keys.sendKeys("Svaret handler om min egen helse.").perform();
            browser.assertAccessible("form filled in");
            browser.screenshots("publication-form-" + (javascript ? "js" : "nojs"));

            if (javascript) { // and back: an organisation sees its fields again and no name choice
                driver.findElement(By.cssSelector("label[for=respondent-kind-organisation]")).click();
                assertThat(organisationOnly.isDisplayed()).isTrue();
                assertThat(nameChoice.isDisplayed()).isFalse();
                assertThat(driver.findElement(By.cssSelector("label[for=respondent-name]")).getText()).isEqualTo("Navn på høringsinstans");
                driver.findElement(By.cssSelector("label[for=respondent-kind-person]")).click();
            }

            WebElement preview = driver.findElement(By.cssSelector("button[value=preview]"));
            while (!preview.equals(active(driver))) {
                keys.sendKeys(Keys.TAB).perform();
            }
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("Se over"));
            assertThat(driver.findElement(By.id("publication-shown-name")).getText()).isEqualTo("Vises som «Privatperson»");
            assertThat(driver.findElement(By.id("publication-shown-reason")).getText()).isEqualTo("Svaret handler om min egen helse.");
            browser.assertAccessible("preview with publication");

            WebElement send = driver.findElement(By.xpath("//button[normalize-space()='Send inn']"));
            send.click();
            // the preview shows the same ids as the receipt: wait for the preview to go first
            // stalenessOf may catch the old node half torn down ("does not belong to the document"): wait for the page instead
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !d.getTitle().contains("Se over"));
            WebElement shown = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("publication-shown-online")));
            assertThat(shown.getText()).isEqualTo("Ber om at svaret ikke publiseres på nettet");
            browser.assertAccessible("receipt with publication");
        }
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }
}
