package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.innspill.archive.Journal;
import no.innspill.archive.JournalDocument;
import no.innspill.archive.JournalParty;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public journal in Chromium, by keyboard, with and without JavaScript: from the header to the journal, a search by
 * case, its next page and back, a search by name, and a bad case number with its error summary; axe-core on each.
 * The case is the test's own, with more entries than a page holds (outgoing letters, journalled directly).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicJournalBrowserIT {

    private static final int ENTRIES = 53;

    @LocalServerPort
    int port;
    @Autowired
    Consultations consultations;
    @Autowired
    Journal journal;

    private final String tag = "Bj" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private String caseNumber;

    @BeforeAll
    void aCaseWithMoreThanAPage() {
        Browser.assumeInstalled();
        caseNumber = TestForms.newCaseNumber();
        Consultation consultation = consultations.getBySlug(TestConsultations.open(port, TestForms.yaml(caseNumber, "2099-06-30")));
        for (int i = 1; i <= ENTRIES; i++) {
            // ids no real document has: each consultation document is journalled once
            long documentId = Long.MAX_VALUE - consultation.id() * 1000 - i;
            journal.journalOutgoing(consultation, "Høringsbrev " + i, documentId, null,
                    List.of(new Journal.Party(JournalParty.Type.RECIPIENT, "Mottaker " + i + " " + tag, null, null, false),
                            new Journal.Party(JournalParty.Type.RECIPIENT, "Kopi " + i + " " + tag, null, null, false)),
                    List.of(new Journal.Document("Høringsbrev", JournalDocument.Source.CONSULTATION_DOCUMENT, documentId)), "test");
        }
    }

    @Test
    void the_journal_is_searched_and_paged_by_keyboard_and_passes_axe() {
        for (boolean javascript : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(javascript)) {
                WebDriver driver = browser.driver;
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get("http://127.0.0.1:" + port + "/?lang=nb");
                driver.findElement(By.id("nav-journal")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.urlMatches(".*/journal$"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Offentlig journal");
                browser.assertAccessible("public journal");

                WebElement caseField = driver.findElement(By.id("journal-case"));
                caseField.sendKeys(caseNumber, Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("sak="));
                assertThat(driver.findElement(By.id("journal-hits")).getText()).isEqualTo(ENTRIES + " treff");
                List<WebElement> rows = driver.findElements(By.cssSelector("#journal-table tbody tr"));
                assertThat(rows).hasSize(50);
                assertThat(rows.get(0).getText()).contains(caseNumber + "-" + ENTRIES, "Utgående", "Høringsbrev " + ENTRIES,
                        "Mottaker " + ENTRIES + " " + tag, "og 1 til");
                assertThat(driver.findElements(By.id("journal-previous"))).isEmpty();
                browser.assertAccessible("public journal of one case");
                browser.screenshots("95-public-journal");

                driver.findElement(By.id("journal-next")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("side="));
                rows = driver.findElements(By.cssSelector("#journal-table tbody tr"));
                assertThat(rows).hasSize(ENTRIES - 50);
                assertThat(rows.get(0).getText()).contains(caseNumber + "-3");
                assertThat(driver.findElements(By.id("journal-next"))).isEmpty();
                assertThat(driver.findElement(By.id("journal-case")).getAttribute("value")).isEqualTo(caseNumber);
                browser.assertAccessible("public journal, next page");

                driver.findElement(By.id("journal-previous")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#journal-table tbody tr"), 50));
                assertThat(driver.findElement(By.cssSelector("#journal-table tbody tr")).getText()).contains(caseNumber + "-" + ENTRIES);

                WebElement nameField = driver.findElement(By.id("journal-name"));
                nameField.sendKeys("mottaker 7 " + tag.toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("navn="));
                assertThat(driver.findElement(By.id("journal-hits")).getText()).isEqualTo("1 treff");
                assertThat(driver.findElement(By.cssSelector("#journal-table tbody tr")).getText()).contains(caseNumber + "-7");
                browser.assertAccessible("public journal, name search");

                caseField = driver.findElement(By.id("journal-case"));
                caseField.clear();
                caseField.sendKeys("sak 7", Keys.ENTER);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
                assertThat(driver.findElement(By.id("error-summary")).getText()).contains("for eksempel 22/414");
                assertThat(driver.findElement(By.id("journal-case-error")).getText()).contains("for eksempel 22/414");
                assertThat(driver.findElements(By.id("journal-table"))).isEmpty();
                if (javascript) {
                    assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the summary takes focus").isEqualTo("error-summary");
                }
                browser.assertAccessible("public journal with an error");
                driver.findElement(By.cssSelector("#error-summary a")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.urlContains("#journal-case"));

                driver.findElement(By.id("journal-reset")).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.urlMatches(".*/journal$"));
                assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
            }
        }
    }
}
