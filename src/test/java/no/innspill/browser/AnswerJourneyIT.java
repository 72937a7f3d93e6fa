package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The respondent's and the case worker's journey in a real browser, once with JavaScript and once
 * without: fill in the demo form, save a draft, resume it by its link, get an error summary for a
 * bad organisation number, preview, send, see the receipt, download the PDF copy; then log in as
 * staff and find the response. axe-core checks every page on the way.
 */
@IntegrationTest
class AnswerJourneyIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void respondent_answers_and_case_worker_finds_the_response(boolean javascript) throws Exception {
        String suffix = javascript ? "js" : "nojs";
        String name = "Nettleser " + suffix + " kommune";
        try (Browser browser = Browser.start(javascript)) {
            var driver = browser.driver;
            driver.get(url("/"));
            browser.assertAccessible("consultation list");
            browser.screenshots("01-consultations-" + suffix);
            driver.findElement(By.linkText("Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren")).click();
            browser.assertAccessible("consultation page");
            browser.screenshots("02-consultation-" + suffix);
            driver.findElement(By.linkText("Svar på høringen")).click();
            browser.assertAccessible("empty form");

            driver.findElement(By.id("respondent-name")).sendKeys(name);
            driver.findElement(By.cssSelector("label[for=respondent-kind-organisation]")).click();
            driver.findElement(By.id("respondent-organisationNumber")).sendKeys("123456789");
            driver.findElement(By.cssSelector("label[for=a-q1-choice-yes]")).click();
            driver.findElement(By.id("a-q1-text")).sendKeys("Vi støtter målene.\n• Standarder er viktige\n• Husk de digitalt passive");
            driver.findElement(By.id("a-q2_goal3-text")).sendKeys("Helsedata må deles trygt.");
            if (javascript) { // the draft saves itself and the address becomes its private link
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/utkast/"));
                assertThat(driver.findElement(By.id("autosave-status")).getText()).contains("lagret automatisk");
                assertThat(driver.findElement(By.id("a-q2_goal3-text-count")).getText()).isEqualTo("25 av 20 000 tegn");
            }
            browser.screenshots("03-form-filled-" + suffix);

            driver.findElement(By.cssSelector("button[value=save]")).click();
            WebElement resume = await(driver, By.id("resume-link"));
            String resumeUrl = resume.getAttribute("href");
            assertThat(resumeUrl).contains("/horinger/22-414/utkast/");
            browser.assertAccessible("draft saved");

            try (Browser other = Browser.start(javascript)) { // the link alone brings the draft back
                other.driver.get(resumeUrl);
                assertThat(other.driver.findElement(By.id("respondent-name")).getAttribute("value")).isEqualTo(name);
                assertThat(other.driver.findElement(By.id("a-q2_goal3-text")).getAttribute("value")).isEqualTo("Helsedata må deles trygt.");
            }

            driver.get(resumeUrl);
            driver.findElement(By.cssSelector("button[value=preview]")).click();
            WebElement summary = await(driver, By.cssSelector(".ds-error-summary"));
            assertThat(summary.getText()).contains("Organisasjonsnummeret er ikke gyldig");
            browser.assertAccessible("error summary");
            browser.screenshots("04-error-summary-" + suffix);
            WebElement link = summary.findElement(By.cssSelector("a[href='#respondent-organisationNumber']"));
            link.sendKeys(Keys.ENTER); // keyboard: the link leads to the field
            assertThat(driver.getCurrentUrl()).endsWith("#respondent-organisationNumber");

            WebElement orgnr = driver.findElement(By.id("respondent-organisationNumber"));
            orgnr.clear();
            orgnr.sendKeys("974 761 211");
            driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Se over"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(name, "Husk de digitalt passive");
            browser.assertAccessible("preview");
            browser.screenshots("05-preview-" + suffix);

            driver.findElement(By.xpath("//button[normalize-space()='Send inn']")).click();
            String documentNumber = await(driver, By.id("document-number")).getText();
            assertThat(documentNumber).matches("22/414-\\d+");
            browser.assertAccessible("receipt");
            browser.screenshots("06-receipt-" + suffix);

            String pdfUrl = driver.findElement(By.id("receipt-pdf")).getAttribute("href");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            try (var document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains(documentNumber, name, "Vi støtter målene.", "Standarder er viktige",
                        "Husk de digitalt passive", "Helsedata må deles trygt.");
            }

            driver.get(url("/saksbehandler"));
            assertThat(driver.getCurrentUrl()).contains("/logg-inn");
            browser.assertAccessible("login");
            driver.findElement(By.id("username")).sendKeys(no.innspill.testing.TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(no.innspill.testing.TestApi.STAFF_PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));
            browser.assertAccessible("staff overview");
            browser.screenshots("07-staff-overview-" + suffix);
            driver.findElement(By.linkText("Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren")).click();
            browser.assertAccessible("staff responses");
            browser.screenshots("08-staff-responses-" + suffix);
            await(driver, By.linkText(documentNumber)).click();
            await(driver, By.id("response-pdf"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(name, "974761211", "Helsedata må deles trygt.");
            browser.assertAccessible("staff response");
            browser.screenshots("09-staff-response-" + suffix);
        }
    }

    /** Waits for an element of the next page: a click that submits a form returns before the page has loaded. */
    private static WebElement await(org.openqa.selenium.WebDriver driver, By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
