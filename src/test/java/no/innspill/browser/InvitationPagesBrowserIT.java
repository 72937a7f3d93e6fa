package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The høringsliste page and the personal link in Chromium, with and without JavaScript, by keyboard:
 * a bad list and its per-row errors, a good one, one invitee added, the invitations sent after their
 * confirmation; then the invitee answers "ingen merknader". axe-core on each page.
 */
@IntegrationTest
class InvitationPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void staff_upload_add_and_invite_and_the_invitee_answers_no_comments_by_keyboard(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("feil.csv");
        Files.writeString(bad, "navn;organisasjonsnummer;e-post\nFeil AS;974652715;feil@example.no\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("liste.csv");
        Files.writeString(good, "navn;organisasjonsnummer;e-post;type\nBars kommune;974652714;post@bars.example;kommune\n", StandardCharsets.UTF_8);
        for (boolean javascript : new boolean[] {true, false}) {
            String slug = openConsultation();
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(url("/logg-inn"));
                driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
                driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("/saksbehandler"));

                driver.get(url("/saksbehandler/horinger/" + slug + "/horingsliste"));
                accessible(browser, javascript, "høringsliste, empty");
                driver.findElement(By.id("invitee-file")).sendKeys(bad.toString());
                submitByKeyboard(driver, driver.findElement(By.id("upload-button")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-problems")));
                assertThat(driver.findElement(By.id("upload-problems")).getText())
                        .contains("Rad 2, Organisasjonsnummer: kontrollsifferet stemmer ikke (MOD11)");
                accessible(browser, javascript, "høringsliste with row errors");

                driver.findElement(By.id("invitee-file")).sendKeys(good.toString());
                submitByKeyboard(driver, driver.findElement(By.id("upload-button")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invitees")));
                driver.findElement(By.id("invitee-name")).sendKeys("Arkivverket");
                driver.findElement(By.id("invitee-email")).sendKeys("post@arkivverket.example", Keys.ENTER);
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Arkivverket er lagt til på listen."));
                assertThat(driver.findElements(By.cssSelector("#invitees tbody tr"))).hasSize(2);
                accessible(browser, javascript, "høringsliste with invitees");

                submitByKeyboard(driver, driver.findElement(By.id("send-invitations")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-count")));
                assertThat(driver.findElement(By.id("confirm-count")).getText()).startsWith("2 høringsinstanser får en invitasjon");
                accessible(browser, javascript, "send invitations?");
                submitByKeyboard(driver, driver.findElement(By.id("confirm-send")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
                assertThat(driver.findElement(By.id("count-invited")).getText()).isEqualTo("2");
                if (javascript) {
                    browser.screenshots("23-horingsliste");
                }
                String link = driver.findElement(By.cssSelector("#invitees tbody tr:first-child a.personal-link")).getAttribute("href");

                driver.manage().deleteAllCookies();
                driver.get(link);
                assertThat(driver.findElement(By.id("invited-for")).getText()).contains("Arkivverket");
                accessible(browser, javascript, "personal link");
                submitByKeyboard(driver, driver.findElement(By.id("no-comments")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-no-comments")));
                accessible(browser, javascript, "ingen merknader?");
                submitByKeyboard(driver, driver.findElement(By.id("confirm-no-comments")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-number")));
                assertThat(driver.findElement(By.id("no-comments")).getText()).isEqualTo("Ingen merknader");

                driver.get(link);
                submitByKeyboard(driver, driver.findElement(By.id("answer")));
                wait.until(ExpectedConditions.urlContains("/utkast/"));
                assertThat(driver.findElement(By.id("respondent-name")).getAttribute("value")).isEqualTo("Arkivverket");
            }
        }
    }

    /** Tabs to the element, as a keyboard user would, and presses Enter on it. */
    private static void submitByKeyboard(WebDriver driver, WebElement target) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 120 && !target.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
        keys.sendKeys(Keys.ENTER).perform();
    }

    private static void accessible(Browser browser, boolean javascript, String page) {
        if (javascript) {
            browser.assertAccessible(page);
        }
    }

    private String openConsultation() {
        String caseNumber = TestForms.newCaseNumber();
        TestApi staff = TestApi.staff(port);
        assertThat(staff.post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        String slug = caseNumber.replace('/', '-');
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
