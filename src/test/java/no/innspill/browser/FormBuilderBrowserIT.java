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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form builder in Chromium: add a question by keyboard alone (an error first), edit, remove,
 * preview — axe-core on every page — and the same without JavaScript.
 */
@IntegrationTest
class FormBuilderBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_builder_pages_pass_axe_and_work_by_keyboard() {
        String slug = draft();
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            logIn(driver);

            driver.get(url("/saksbehandler/horinger/" + slug + "/skjema"));
            browser.assertAccessible("form builder");
            browser.screenshots("30-form-builder");
            new Select(driver.findElement(By.id("new-kind"))).selectByValue("choice");
            driver.findElement(By.id("new-kind")).sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("option-label-0")));
            browser.assertAccessible("new question");

            // keyboard only: type the question, tab through to the save button with an empty option list
            driver.findElement(By.id("text")).sendKeys("Hvilket alternativ foretrekker dere?");
            driver.findElement(By.id("option-label-0")).sendKeys("Alternativ A");
            driver.findElement(By.cssSelector("button[value=save]")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("error-summary")).getText()).contains("et valg trenger minst to");
            browser.assertAccessible("new question with an error");
            browser.screenshots("31-question-error");
            driver.findElement(By.id("option-label-1")).sendKeys("Alternativ B");
            driver.findElement(By.cssSelector("button[value=save]")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/skjema#q-q3"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Spørsmålet q3 er lagt til.", "Alternativ B");
            browser.assertAccessible("builder after adding");

            driver.get(url("/saksbehandler/horinger/" + slug + "/skjema/sporsmal/q2/fjern"));
            browser.assertAccessible("remove question");
            driver.findElement(By.cssSelector("form[action$='/fjern'] button")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/skjema$"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Spørsmålet q2 er fjernet.");

            driver.get(url("/saksbehandler/horinger/" + slug + "/forhandsvisning"));
            browser.assertAccessible("preview");
            browser.screenshots("32-preview");
            assertThat(driver.findElement(By.id("preview-banner")).getText()).contains("Forhåndsvisning");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Hvilket alternativ foretrekker dere?");
        }
    }

    @Test
    void the_builder_works_without_javascript() {
        String slug = draft();
        try (Browser browser = Browser.start(false)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            logIn(driver);
            driver.get(url("/saksbehandler/horinger/" + slug + "/skjema"));
            new Select(driver.findElement(By.id("new-kind"))).selectByValue("text-with-parts");
            driver.findElement(By.cssSelector("#add-question button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text"))).sendKeys("Har dere innspill til målene?");
            driver.findElement(By.id("part-title-0")).sendKeys("Mål 1: Trygg skolevei");
            driver.findElement(By.cssSelector("button[value=more]")).click();
            // the click returns before the next page is there: wait for it, not for a moment
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[name^=part-title-]"), 6));
            assertThat(driver.findElement(By.id("part-title-0")).getAttribute("value")).isEqualTo("Mål 1: Trygg skolevei");
            driver.findElement(By.id("part-title-3")).sendKeys("Mål 2: Grønne lunger");
            driver.findElement(By.cssSelector("button[value=save]")).click();
            wait.until(ExpectedConditions.urlContains("/skjema#q-q3"));
            assertThat(driver.findElement(By.id("q-q3")).getText()).contains("Mål 1: Trygg skolevei", "Mål 2: Grønne lunger");
            driver.findElement(By.cssSelector("#q-q3 button[value=up]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Spørsmålet q3 er flyttet."));
            driver.get(url("/saksbehandler/horinger/" + slug + "/forhandsvisning"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Mål 2: Grønne lunger");
        }
    }

    private String draft() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes()).status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
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
