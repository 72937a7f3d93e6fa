package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.archive.AttachmentArchiveCopiesIT;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.AttachmentFiles;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff response page with each file's archive copy and text notes: accessible, the copy's link reachable by keyboard. */
@IntegrationTest
// A context of its own, started for this class: the test waits on background jobs, and a shared context that
// Spring's test cache paused for another class comes back with its scheduler stopped (SchedulerLifecycle).
@org.springframework.test.context.TestPropertySource(properties = "innspill.archive.poll-interval=400ms")
class AttachmentCopiesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_staff_page_shows_how_each_files_copy_was_made() throws Exception {
        String slug = AttachmentArchiveCopiesIT.openConsultation(port);
        var sent = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", AttachmentArchiveCopiesIT.RESPONSE)
                .file("q2", "innspill.docx", "application/octet-stream", AttachmentFiles.letterDocx())
                .file("q2", "skannet.pdf", "application/pdf", AttachmentFiles.scannedPdf())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String number = sent.json().get("documentNumber").stringValue().replaceAll(".*-", "");
        String api = "/api/v1/consultations/" + slug + "/responses/" + number + "/attachments/";
        TestApi staff = TestApi.staff(port);
        AppProcesses.waitUntil(() -> staff.get(api + "1/archive-copy.pdf").status() == 200
                && staff.get(api + "2/archive-copy.pdf").status() == 200, Duration.ofSeconds(120));

        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get("http://127.0.0.1:" + port + "/logg-inn");
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));
            String page = "http://127.0.0.1:" + port + "/saksbehandler/horinger/" + slug + "/svar/" + number;
            // the files' text is read by its own background job, which may finish after the copies
            new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
                d.get(page);
                return d.findElement(By.id("file-2-text")).getText().contains("skannet");
            });
            assertThat(driver.findElement(By.id("file-1-copy")).getText()).contains("laget fra teksten i innspill.docx");
            assertThat(driver.findElement(By.id("file-2-copy")).getText()).contains("sidene gjengitt som bilder");
            assertThat(driver.findElement(By.id("file-2-text")).getText()).contains("trolig fordi den er skannet");
            browser.assertAccessible("staff response with attachment copies");
            WebElement link = driver.findElement(By.cssSelector("#file-1-copy a"));
            assertThat(link.getText()).isEqualTo("Arkivkopi (PDF/A) av innspill.docx");
            assertThat(link.getAttribute("href")).endsWith("/svar/" + number + "/vedlegg/1/arkivkopi.pdf");
        }
    }
}
