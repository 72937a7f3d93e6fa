package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Nothing lost" (issue 9) in a real browser on a phone-sized window, with JavaScript and without:
 * back from the receipt lands on the preview page, which says it was sent; the preview's link brings
 * the answers back after a crash; cookies cleared while the form was open give the form again with the
 * text; a deadline passing before "Send inn" keeps the text, with its PDF, and staff see the late draft.
 * axe-core on every new page.
 */
@IntegrationTest
class NothingLostBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CacheManager caches;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void back_from_the_receipt_and_a_crash_before_sending_lose_nothing(boolean javascript) {
        try (Browser browser = Browser.start(javascript).windowSize(Browser.PHONE)) {
            WebDriver driver = browser.driver;
            driver.get(url("/horinger/22-414/svar"));
            fill(driver, "Tilbake " + javascript + " AS", "Teksten skal ikke forsvinne.");
            driver.findElement(By.cssSelector("button[value=preview]")).click();
            await(driver, By.id("send-form"));
            assertThat(driver.getCurrentUrl()).endsWith("/se-over");
            browser.assertAccessible("preview page");
            String resume = driver.findElement(By.id("resume-link")).getText();
            assertThat(driver.findElement(By.id("preview-link")).getText()).contains("Lagre denne lenken");

            try (Browser other = Browser.start(javascript).windowSize(Browser.PHONE)) { // after a crash: the link alone
                other.driver.get(resume);
                assertThat(other.driver.findElement(By.id("a-q3-text")).getAttribute("value")).isEqualTo("Teksten skal ikke forsvinne.");
            }

            driver.findElement(By.cssSelector("#send-form button[data-variant=primary]")).click();
            await(driver, By.id("document-number"));
            driver.navigate().back(); // the preview page again, by GET: no "confirm form resubmission"
            await(driver, By.cssSelector("a[href^='/kvittering/']"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dette utkastet er allerede sendt inn");
            assertThat(driver.findElements(By.id("send-form"))).isEmpty();
            browser.assertAccessible("preview of a sent draft");
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void cookies_cleared_while_the_form_was_open_give_the_form_again_with_the_text(boolean javascript) {
        try (Browser browser = Browser.start(javascript).windowSize(Browser.PHONE)) {
            WebDriver driver = browser.driver;
            driver.get(url("/horinger/22-414/svar"));
            fill(driver, "Utløpt " + javascript + " AS", "Skrevet lenge.");
            driver.manage().deleteAllCookies(); // expired, cleared, or the browser restarted
            driver.findElement(By.cssSelector("button[value=preview]")).click();
            WebElement expired = await(driver, By.id("page-expired"));
            assertThat(expired.getText()).contains("Siden var utløpt – se over og send på nytt.");
            assertThat(driver.findElement(By.id("a-q3-text")).getAttribute("value")).isEqualTo("Skrevet lenge.");
            browser.assertAccessible("expired page");

            driver.findElement(By.cssSelector("button[value=preview]")).click();
            await(driver, By.id("send-form"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Skrevet lenge.");
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void the_deadline_passing_before_send_keeps_the_text_and_staff_see_the_late_draft(boolean javascript) {
        String slug = openConsultation();
        try (Browser browser = Browser.start(javascript).windowSize(Browser.PHONE)) {
            WebDriver driver = browser.driver;
            driver.get(url("/horinger/" + slug + "/svar"));
            driver.findElement(By.id("respondent-name")).sendKeys("Sen " + javascript + " kommune");
            driver.findElement(By.cssSelector("label[for=respondent-kind-organisation]")).click();
            driver.findElement(By.id("a-q2-text")).sendKeys("For sent, men tatt vare på");
            driver.findElement(By.cssSelector("button[value=preview]")).click();
            await(driver, By.id("send-form"));

            passDeadline(slug);
            driver.findElement(By.cssSelector("#send-form button[data-variant=primary]")).click();
            await(driver, By.id("late-pdf"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fristen gikk ut før svaret ble sendt inn");
            assertThat(driver.findElement(By.id("late-contact")).getText()).contains("postmottak@test.example");
            browser.assertAccessible("late page");

            driver.get(url("/logg-inn"));
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/saksbehandler"));
            driver.get(url("/saksbehandler/horinger/" + slug));
            WebElement lateDrafts = await(driver, By.cssSelector("#late-drafts a"));
            assertThat(lateDrafts.getText()).isEqualTo("1 utkast kom etter fristen");
            browser.assertAccessible("staff responses with a late draft");
            lateDrafts.click();
            await(driver, By.id("late-drafts-table"));
            browser.assertAccessible("late drafts");
            driver.findElement(By.linkText("Sen " + javascript + " kommune")).click();
            await(driver, By.id("register-late"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("For sent, men tatt vare på");
            browser.assertAccessible("late draft");
            driver.findElement(By.id("register-late")).click();
            await(driver, By.id("response-pdf"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("For sent", "For sent, men tatt vare på");
        }
    }

    private static void fill(WebDriver driver, String name, String text) {
        driver.findElement(By.id("respondent-name")).sendKeys(name);
        driver.findElement(By.cssSelector("label[for=respondent-kind-organisation]")).click();
        driver.findElement(By.id("a-q3-text")).sendKeys(text);
    }

    private String openConsultation() {
        return TestConsultations.open(port, TestForms.yaml(TestForms.newCaseNumber(), "2099-12-31"));
    }

    private void passDeadline(String slug) {
        TestConsultations.passDeadline(jdbc, caches, slug);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement await(WebDriver driver, By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }
}
