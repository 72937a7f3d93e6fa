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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accessibility and privacy statements in Chromium, reached by keyboard from the footer of the
 * front page, with and without JavaScript, in bokmål and English — axe-core on each. The shared
 * test application sets no {@code innspill.statements.*}, so the pages show the defaults' words.
 */
@IntegrationTest
class StatementsBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "javascript {0}")
    @ValueSource(booleans = {true, false})
    void both_statements_are_reached_from_the_footer_by_keyboard_and_pass_axe(boolean javascript) {
        try (Browser browser = Browser.start(javascript)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get("http://127.0.0.1:" + port + "/?lang=nb");

            driver.findElement(By.id("footer-accessibility")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/tilgjengelighet$"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tilgjengelighetserklæring");
            assertThat(driver.findElement(By.id("report")).getText())
                    .contains("virksomheten som driver Innspill", "kontaktadressen til høringen");
            assertThat(driver.findElement(By.cssSelector("a[href='https://www.uutilsynet.no/']")).isDisplayed()).isTrue();
            browser.assertAccessible("accessibility statement");
            browser.screenshots("90-accessibility-statement");

            driver.findElement(By.id("footer-privacy")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/personvern$"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Personvernerklæring");
            assertThat(driver.findElement(By.id("controller")).getText()).startsWith("virksomheten som driver Innspill");
            assertThat(driver.findElements(By.id("data-protection-officer"))).isEmpty();
            browser.assertAccessible("privacy statement");
            browser.screenshots("91-privacy-statement");

            driver.findElement(By.cssSelector("a[hreflang='en']")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Privacy statement"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.assertAccessible("privacy statement in English");
            driver.findElement(By.id("footer-accessibility")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Accessibility statement"));
            browser.assertAccessible("accessibility statement in English");
        }
    }
}
