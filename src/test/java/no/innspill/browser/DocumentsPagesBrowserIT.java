package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The documents page in Chromium, with and without JavaScript: an error, an upload, the public page listing it; axe-core on each. */
@IntegrationTest
class DocumentsPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void documents_are_added_by_keyboard_and_listed_publicly(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("horingsnotat.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        String slug = draft();
        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(url("/logg-inn"));
                driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
                driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("/saksbehandler"));

                driver.get(url("/saksbehandler/horinger/" + slug + "/dokumenter"));
                if (javascript) {
                    browser.assertAccessible("documents");
                }
                driver.findElement(By.id("document-title")).sendKeys("Høringsnotat", Keys.ENTER); // no file chosen
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
                assertThat(driver.findElement(By.id("document-file-error")).getText()).isEqualTo("Velg en fil å laste opp.");
                if (javascript) {
                    browser.assertAccessible("documents with an error");
                }
                driver.findElement(By.id("document-file")).sendKeys(pdf.toString());
                driver.findElement(By.id("document-kind")).sendKeys("høringsnotat");
                driver.findElement(By.id("document-title")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("«Høringsnotat» er lagt til.");
                if (javascript) {
                    browser.assertAccessible("documents after an upload");
                    browser.screenshots("22-documents");
                }
            }
        }
        TestApi.staff(port).post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]);
        try (Browser browser = Browser.start(true)) {
            browser.driver.get(url("/horinger/" + slug));
            assertThat(browser.driver.findElements(By.cssSelector("#case-documents li"))).hasSize(2);
            browser.assertAccessible("consultation page with documents");
        }
        assertThat(Files.exists(pdf)).isTrue();
    }

    private String draft() {
        String caseNumber = TestForms.newCaseNumber();
        assertThat(TestApi.staff(port).post("/api/v1/consultations", "application/yaml",
                TestForms.yaml(caseNumber, "2099-06-30").getBytes()).status()).isEqualTo(201);
        return caseNumber.replace('/', '-');
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
