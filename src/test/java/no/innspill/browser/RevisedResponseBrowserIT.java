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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A respondent revises a response from its receipt page, by keyboard, with JavaScript on and off: the receipt's
 * «Send et revidert svar», the form filled in with the first answers, the preview, and the revision's receipt saying
 * what it replaces; after the deadline the receipt says to send a revision by e-mail. axe-core checks each page.
 */
@IntegrationTest
class RevisedResponseBrowserIT {

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
    void a_respondent_revises_from_the_receipt_with_the_keyboard(boolean javascript) {
        String caseNumber = TestForms.newCaseNumber();
        String slug = TestConsultations.open(port, TestForms.yaml(caseNumber, "2099-06-30"));
        var sent = TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses", TestForms.response("Kari Nettleser"));
        assertThat(sent.status()).isEqualTo(201);
        String first = sent.json().get("documentNumber").stringValue();
        try (Browser browser = Browser.start(javascript)) {
            WebDriver driver = browser.driver;
            driver.get(sent.json().get("receiptUrl").stringValue());
            browser.assertAccessible("receipt with a revision offered");

            Actions keys = new Actions(driver);
            WebElement revise = driver.findElement(By.id("revise"));
            tabTo(driver, keys, revise);
            keys.sendKeys(Keys.ENTER).perform();
            WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("revision-notice")));
            assertThat(notice.getText()).contains(first);
            WebElement text = driver.findElement(By.cssSelector("textarea[name='q2.text']"));
            browser.assertAccessible("answer form of a revision");
            text.clear();
            text.sendKeys("Revidert i nettleseren.");

            tabTo(driver, keys, driver.findElement(By.cssSelector("button[value=preview]")));
            keys.sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("Se over"));
            browser.assertAccessible("preview of a revision");
            WebElement send = driver.findElement(By.xpath("//button[normalize-space()='Send inn']"));
            send.click();
            // stalenessOf may catch the old node half torn down ("does not belong to the document"): wait for the page instead
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !d.getTitle().contains("Se over"));
            WebElement revises = new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("revises")));
            assertThat(revises.getText()).isEqualTo("Dette svaret erstatter " + first + ".");
            assertThat(driver.findElement(By.id("document-number")).getText()).isNotEqualTo(first);
            browser.assertAccessible("receipt of the revision");
            browser.screenshots("revised-receipt-" + (javascript ? "js" : "nojs"));

            TestConsultations.passDeadline(jdbc, caches, slug);
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("revise-by-mail")).getText()).contains("postmottak@test.example");
            assertThat(driver.findElements(By.id("revise"))).isEmpty();
            browser.assertAccessible("receipt after the deadline");

            if (javascript) { // the case worker's pages of revised responses: the list both ways, the pages, the staff form
                String base = "http://localhost:" + port;
                driver.get(base + "/logg-inn");
                driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
                driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));
                driver.get(base + "/saksbehandler/horinger/" + slug);
                browser.assertAccessible("staff list of the latest versions");
                WebElement all = driver.findElement(By.id("filter-versions"));
                tabTo(driver, keys, all);
                keys.sendKeys(Keys.SPACE).perform();
                assertThat(all.isSelected()).isTrue();
                driver.findElement(By.cssSelector("#filter-apply")).click();
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("versions=all"));
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("Erstattet av");
                browser.assertAccessible("staff list with replaced responses");
                driver.get(base + "/saksbehandler/horinger/" + slug + "/svar/" + first.substring(first.lastIndexOf('-') + 1));
                assertThat(driver.findElement(By.id("superseded")).getText()).startsWith("Erstattet av");
                browser.assertAccessible("staff page of a replaced response");
                driver.findElement(By.cssSelector("#superseded a")).click();
                WebElement register = new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("register-revision")));
                register.click();
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("revise-form")));
                browser.assertAccessible("staff form of a revised response");
            }
        }
    }

    private static void tabTo(WebDriver driver, Actions keys, WebElement target) {
        for (int i = 0; i < 200 && !target.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
    }
}
