package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form with a heading, a required multiple choice and a required text, created through the API and answered in
 * Chromium by keyboard alone — with a required question left open first — with axe-core on every page, and without
 * JavaScript.
 */
@IntegrationTest
class QuestionKindsBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void a_form_with_a_heading_a_required_question_and_check_boxes_is_answered_by_keyboard(boolean javascript) {
        String slug = consultation();
        try (Browser browser = Browser.start(javascript)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get(url("/horinger/" + slug + "/svar"));
            browser.assertAccessible("form with a heading, check boxes and required questions");
            browser.screenshots("30-kinds-form-" + javascript);
            assertThat(driver.findElement(By.id("q-area")).getText()).isEqualTo("Del 1: Nærmiljøet");
            assertThat(driver.findElement(By.id("q-concerns")).getText()).endsWith("(må fylles ut)");

            driver.findElement(By.id("respondent-name")).sendKeys("Tastatur velforening");
            // keyboard: Space ticks a check box, Tab moves to the next one
            WebElement traffic = driver.findElement(By.id("a-concerns-choice-traffic"));
            traffic.sendKeys(Keys.SPACE);
            traffic.sendKeys(Keys.TAB);
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement noise = driver.switchTo().activeElement();
            assertThat(noise.getAttribute("id")).isEqualTo("a-concerns-choice-noise");
            noise.sendKeys(Keys.SPACE);
            assertThat(traffic.isSelected()).isTrue();
            assertThat(driver.findElement(By.id("a-concerns-choice-green")).isSelected()).isFalse();
            assertThat(noise.isSelected()).isTrue();
            driver.findElement(By.cssSelector("label[for=respondent-kind-organisation]")).click();

            // the required text is left open
            driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
            WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ds-error-summary")));
            assertThat(summary.getText()).contains("Svar på spørsmål 2. Det må fylles ut.");
            browser.assertAccessible("required question left open");
            browser.screenshots("31-kinds-required-" + javascript);
            assertThat(driver.findElement(By.id("a-concerns-choice-traffic")).isSelected()).as("ticks kept").isTrue();
            assertThat(driver.findElement(By.id("a-concerns-choice-noise")).isSelected()).isTrue();
            summary.findElement(By.cssSelector("a[href='#a-reason-text']")).sendKeys(Keys.ENTER);
            assertThat(driver.getCurrentUrl()).endsWith("#a-reason-text");

            driver.findElement(By.id("a-reason-text")).sendKeys("Skoleveien er smal og mye brukt.");
            driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.titleContains("Se over"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("☒ Trafikk", "☐ Grøntområder", "☒ Støy");
            browser.assertAccessible("preview");

            driver.findElement(By.xpath("//button[normalize-space()='Send inn']")).sendKeys(Keys.ENTER);
            String documentNumber = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-number"))).getText();
            assertThat(documentNumber).startsWith(slug.replace('-', '/') + "-");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Del 1: Nærmiljøet", "☒ Trafikk", "☒ Støy");
            browser.assertAccessible("receipt");

            var stored = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses/"
                    + documentNumber.substring(documentNumber.lastIndexOf('-') + 1)).json();
            assertThat(stored.at("/answers/concerns/choices").toString()).isEqualTo("[\"traffic\",\"noise\"]");
        }
    }

    private String consultation() {
        TestApi api = TestApi.staff(port);
        String caseNumber = TestForms.newCaseNumber();
        String slug = caseNumber.replace('/', '-');
        assertThat(api.post("/api/v1/consultations", "application/yaml", TestForms.kinds(caseNumber).getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
