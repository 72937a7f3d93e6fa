package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lifecycle pages in Chromium: move a deadline by keyboard alone (with an error first), close
 * early after the confirmation, delete a draft — with axe-core on every page, and without JavaScript.
 */
@IntegrationTest
class LifecyclePagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void deadline_close_and_delete_pass_axe_and_work_by_keyboard() {
        String open = consultation(true);
        String draft = consultation(false);
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            logIn(driver);

            driver.get(url("/saksbehandler/horinger/" + open + "/frist"));
            browser.assertAccessible("deadline");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            // keyboard only: from the (empty) reason, Tab to the button and press Enter
            driver.findElement(By.id("reason")).sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("reason-error")).getText()).isEqualTo("Skriv hvorfor fristen endres.");
            browser.assertAccessible("deadline with an error");
            browser.screenshots("20-deadline-error");
            driver.findElement(By.id("reason")).sendKeys("Flere ba om mer tid", Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/saksbehandler$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Fristen er endret.");
            browser.assertAccessible("overview after the change");

            driver.get(url("/saksbehandler/horinger/" + open + "/lukk"));
            browser.assertAccessible("close");
            browser.screenshots("21-close");
            driver.findElement(By.cssSelector("form[action$='/lukk'] button")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/saksbehandler$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Høringen er lukket.");

            driver.get(url("/saksbehandler/horinger/" + draft + "/slett"));
            browser.assertAccessible("delete");
            driver.findElement(By.cssSelector("form[action$='/slett'] button")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/saksbehandler$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Utkastet er slettet.");
        }
    }

    @Test
    void the_pages_work_without_javascript() {
        String open = consultation(true);
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            logIn(driver);
            driver.get(url("/saksbehandler/horinger/" + open + "/frist"));
            driver.findElement(By.id("reason")).sendKeys("Rettet en skrivefeil i datoen");
            driver.findElement(By.cssSelector("form[action$='/frist'] button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/saksbehandler$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Fristen er endret.");
            driver.findElement(By.cssSelector("a[href$='/" + open + "/lukk']")).click();
            driver.findElement(By.cssSelector("form[action$='/lukk'] button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/saksbehandler$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Høringen er lukket.");
        }
    }

    private String consultation(boolean opened) {
        TestApi api = TestApi.staff(port);
        String slug = TestForms.newCaseNumber().replace('/', '-');
        assertThat(api.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(slug.replace('-', '/'), "2099-06-30").getBytes()).status()).isEqualTo(201);
        if (opened) {
            assertThat(api.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        }
        return slug;
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
