package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestFiles;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A respondent attaches a PDF in Chromium, with and without JavaScript, by keyboard: a refused file first
 * (a program named .pdf), then the PDF, through preview to the receipt; axe-core on each page.
 */
@IntegrationTest
class AttachmentsBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void a_pdf_is_attached_by_keyboard_and_listed_on_the_preview_and_receipt(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("innspill-vedlegg.pdf"), TestFiles.pdf());
        Path exe = Files.write(dir.resolve("faktura.pdf"), TestFiles.exe());
        for (boolean javascript : new boolean[] {true, false}) {
            String slug = consultation();
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get("http://127.0.0.1:" + port + "/horinger/" + slug + "/svar");
                browser.assertAccessible("form with a file input");

                driver.findElement(By.id("respondent-name")).sendKeys("Kari Nordmann");
                driver.findElement(By.id("respondent-kind-person")).sendKeys(Keys.SPACE);
                driver.findElement(By.id("a-q1-text")).sendKeys("Se vedlegget.");
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the file input follows the text by Tab")
                        .isEqualTo("a-q2-files");
                driver.switchTo().activeElement().sendKeys(exe.toString());
                driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
                assertThat(driver.findElement(By.id("a-q2-files-error")).getText()).contains("«faktura.pdf» er ikke en PDF-");
                assertThat(driver.findElement(By.id("a-q1-text")).getAttribute("value")).isEqualTo("Se vedlegget.");
                browser.assertAccessible("form with a refused file");

                driver.findElement(By.id("a-q2-files")).sendKeys(pdf.toString());
                driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#send-form")));
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("Vedlegg: innspill-vedlegg.pdf (", "PDF)");
                browser.assertAccessible("preview with a file");

                driver.findElement(By.cssSelector("#send-form button[data-variant=primary]")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("/kvittering/"));
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("Vedlegg: innspill-vedlegg.pdf");
                browser.assertAccessible("receipt with a file");
                if (javascript) {
                    browser.screenshots("30-receipt-with-attachment");
                }
            }
            var responses = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses").json();
            assertThat(responses).hasSize(1);
            assertThat(responses.get(0).at("/answers/q2/attachments").findValuesAsString("name")).containsExactly("innspill-vedlegg.pdf");
        }
    }

    /** A new open consultation with an attachments question, made through the API from YAML. */
    private String consultation() {
        String caseNumber = TestForms.newCaseNumber();
        String yaml = """
                caseNumber: "%s"
                title: "Høring om reguleringsplan"
                owner: "Testkommune"
                deadline: "2099-06-30"
                responseEmail: "postmottak@test.example"
                questions:
                  - id: q1
                    kind: text
                    text: "Hva mener du om planen?"
                  - id: q2
                    kind: attachments
                    text: "Legg ved kart eller uttalelser"
                    maxFiles: 3
                """.formatted(caseNumber);
        TestApi staff = TestApi.staff(port);
        var created = staff.post("/api/v1/consultations", "application/yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String slug = created.json().get("slug").stringValue();
        assertThat(staff.post("/api/v1/consultations/" + slug + "/open", "application/json", new byte[0]).status()).isEqualTo(200);
        return slug;
    }
}
