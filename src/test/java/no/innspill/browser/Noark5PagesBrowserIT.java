package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.archive.AttachmentArchiveCopiesIT;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Noark 5 extract on the case's staff page: the page that says why it cannot be made yet, and the download once closed. */
@IntegrationTest
class Noark5PagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void the_refusal_and_the_download_are_accessible() {
        String slug = AttachmentArchiveCopiesIT.openConsultation(port);
        try (Browser browser = Browser.start(true)) {
            WebDriver driver = browser.driver;
            driver.get("http://127.0.0.1:" + port + "/logg-inn");
            driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
            driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));

            driver.get("http://127.0.0.1:" + port + "/saksbehandler/horinger/" + slug + "/noark5.zip");
            assertThat(driver.findElement(By.id("noark5-refused")).getText()).contains("ikke avsluttet");
            browser.assertAccessible("Noark 5 extract refused");

            assertThat(TestApi.staff(port).post("/api/v1/consultations/" + slug + "/close", "application/json", new byte[0]).status())
                    .isEqualTo(200);
            driver.get("http://127.0.0.1:" + port + "/saksbehandler/horinger/" + slug);
            assertThat(driver.findElement(By.id("noark5-download")).getText()).startsWith("Last ned arkivuttrekk for ");
            browser.assertAccessible("staff case page with the Noark 5 download");
        }
    }
}
