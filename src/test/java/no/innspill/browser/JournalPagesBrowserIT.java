package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
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
 * The case's journal and one entry in Chromium, with and without JavaScript, by keyboard only: from the list to an entry,
 * a change saved, a change refused with its error summary; axe-core on each page.
 */
@IntegrationTest
class JournalPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_journal_and_an_entry_are_read_and_changed_by_keyboard() throws Exception {
        String slug = consultationWithAResponse();
        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(url("/logg-inn"));
                driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
                driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("/saksbehandler"));

                driver.get(url("/saksbehandler/horinger/" + slug + "/journal"));
                assertThat(driver.findElement(By.id("journal")).getText()).contains(slug.replace('-', '/') + "-1", "Inngående dokument");
                browser.assertAccessible("the case's journal");
                browser.screenshots("30-journal");

                Actions keys = new Actions(driver);
                WebElement link = driver.findElement(By.cssSelector("#entry-1 a"));
                tabUntil(driver, keys, link);
                keys.sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("journal-form")));
                assertThat(driver.findElement(By.id("journal-fields")).getText()).contains("Høringssvar fra Tastatur kommune");
                browser.assertAccessible("a journal entry");
                browser.screenshots("31-journal-entry");

                tabUntil(driver, keys, driver.findElement(By.id("journal-title")));
                keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                        .sendKeys("Høringssvar fra Tastatur kommune " + (javascript ? "(js)" : "(uten js)")).sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("journal-saved")));
                assertThat(driver.findElement(By.id("journal-changes")).getText()).contains("tittel", TestApi.STAFF_USER);
                browser.assertAccessible("a journal entry after a change");

                tabUntil(driver, keys, driver.findElement(By.id("journal-publicTitle")));
                keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
                assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Skriv en offentlig tittel.");
                assertThat(driver.findElement(By.id("journal-publicTitle")).getAttribute("aria-invalid")).isEqualTo("true");
                browser.assertAccessible("a journal entry with an error");
            }
        }
    }

    private String consultationWithAResponse() throws InterruptedException {
        TestApi staff = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        assertThat(staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]);
        assertThat(TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses",
                TestForms.response("Tastatur kommune")).status()).isEqualTo(201);
        AppProcesses.waitUntil(() -> staff.get("/api/v1/consultations/" + slug + "/journal").json().get("entries").size() == 1,
                Duration.ofSeconds(30));
        return slug;
    }

    private static void tabUntil(WebDriver driver, Actions keys, WebElement target) {
        for (int i = 0; i < 80; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target.getAttribute("outerHTML"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
