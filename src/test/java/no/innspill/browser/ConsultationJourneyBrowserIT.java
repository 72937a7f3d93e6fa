package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestForms;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worker builds a consultation from nothing in Chromium — a municipal zoning plan with four
 * questions of different kinds, two documents and a høringsliste — previews it and opens it; a
 * respondent on the list answers it; the case worker sees the invitee as answered. By keyboard, with
 * axe-core on every page, and the same journey without JavaScript.
 */
@IntegrationTest
class ConsultationJourneyBrowserIT {

    private static final String ORGANISATION_NUMBER = "974652714";

    @LocalServerPort
    int port;
    @TempDir
    Path files;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void a_zoning_plan_is_built_from_nothing_opened_and_answered_by_an_invitee(boolean javascript) throws IOException {
        String shortCase = TestForms.newCaseNumber();
        String slug = shortCase.replace('/', '-');
        Path letter = pdf("horingsbrev.pdf");
        Path plan = pdf("planbeskrivelse.pdf");
        try (Browser browser = Browser.start(javascript)) {
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            logIn(driver);

            // the consultation's case data, without YAML
            driver.findElement(By.id("new-without-yaml")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
            accessible(browser, javascript, "new consultation");
            driver.findElement(By.id("case-number")).sendKeys("20" + shortCase); // 2099/…: four-digit year
            driver.findElement(By.id("title")).sendKeys("Detaljregulering for Nordre gate");
            driver.findElement(By.id("owner")).sendKeys("Bars kommune");
            driver.findElement(By.id("deadline-date")).sendKeys("01052099");
            driver.findElement(By.id("response-email")).sendKeys("postmottak@bars.example", Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/" + slug + "/detaljer$"));
            accessible(browser, javascript, "details");

            // four questions of different kinds in the form builder
            driver.findElement(By.cssSelector("#case-pages-list a[href$='/skjema']")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question-list")));
            accessible(browser, javascript, "form builder");
            driver.findElement(By.cssSelector("#q-innspill a[href$='/sporsmal/innspill']")).sendKeys(Keys.ENTER);
            replace(wait, "text", "Har dere andre innspill til planforslaget?");
            save(driver);
            addQuestion(driver, wait, "choice");
            accessible(browser, javascript, "new choice question");
            driver.findElement(By.id("text")).sendKeys("Støtter dere at Nordre gate blir gågate?");
            driver.findElement(By.id("required")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("option-label-0")).sendKeys("Ja");
            driver.findElement(By.id("option-label-1")).sendKeys("Nei");
            driver.findElement(By.id("option-label-2")).sendKeys("Vet ikke");
            driver.findElement(By.id("elaboration")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("hint")).sendKeys("utdyp gjerne");
            new Select(driver.findElement(By.id("position"))).selectByValue("1");
            save(driver);
            addQuestion(driver, wait, "multiple-choice");
            driver.findElement(By.id("text")).sendKeys("Hva er viktigst for dere i planen?");
            driver.findElement(By.id("help")).sendKeys("Kryss av for alt som passer.");
            driver.findElement(By.id("option-label-0")).sendKeys("Trafikksikkerhet");
            driver.findElement(By.id("option-label-1")).sendKeys("Grøntområder");
            driver.findElement(By.id("option-label-2")).sendKeys("Støy");
            new Select(driver.findElement(By.id("position"))).selectByValue("2");
            save(driver);
            addQuestion(driver, wait, "attachments");
            driver.findElement(By.id("text")).sendKeys("Legg ved kart eller uttalelser");
            driver.findElement(By.id("maxFiles")).sendKeys("3");
            save(driver);
            assertThat(driver.findElements(By.cssSelector("#question-list tbody tr"))).extracting(row -> row.getAttribute("id"))
                    .containsExactly("q-q1", "q-q2", "q-innspill", "q-q4");
            accessible(browser, javascript, "form builder with four questions");

            // two documents
            driver.get(url("/saksbehandler/horinger/" + slug + "/dokumenter"));
            accessible(browser, javascript, "documents");
            addDocument(driver, wait, letter, "Høringsbrev", "horingsbrev");
            addDocument(driver, wait, plan, "Planbeskrivelse", "horingsnotat");
            assertThat(driver.findElements(By.cssSelector("#documents tbody tr"))).hasSize(2);

            // the høringsliste
            driver.get(url("/saksbehandler/horinger/" + slug + "/horingsliste"));
            accessible(browser, javascript, "høringsliste");
            driver.findElement(By.id("invitee-name")).sendKeys("Bars velforening");
            driver.findElement(By.id("invitee-organisationNumber")).sendKeys(ORGANISATION_NUMBER);
            driver.findElement(By.id("invitee-email")).sendKeys("post@bars-vel.example", Keys.ENTER);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#invitees tbody tr"), 1));

            // the preview, as respondents will see it, while the consultation is invisible to them
            driver.get(url("/saksbehandler/horinger/" + slug + "/forhandsvisning"));
            accessible(browser, javascript, "preview");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Forhåndsvisning",
                    "Støtter dere at Nordre gate blir gågate?", "Kryss av for alt som passer.", "Legg ved kart eller uttalelser");
            assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug).status()).isEqualTo(404);

            driver.get(url("/saksbehandler/horinger/" + slug + "/detaljer"));
            driver.findElement(By.cssSelector("form[action$='/apne'] button")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlMatches(".*/saksbehandler$"));
            assertThat(TestApi.anonymous(port).get("/api/v1/consultations/" + slug).json().get("status").stringValue()).isEqualTo("open");

            // a respondent on the list answers
            driver.manage().deleteAllCookies();
            driver.get(url("/horinger/" + slug));
            accessible(browser, javascript, "public page");
            assertThat(driver.findElement(By.id("case-documents")).getText()).contains("Høringsbrev", "Planbeskrivelse");
            assertThat(driver.findElement(By.id("invitees")).getText()).contains("Bars velforening");
            driver.get(url("/horinger/" + slug + "/svar"));
            accessible(browser, javascript, "answer form");
            driver.findElement(By.id("respondent-name")).sendKeys("Bars velforening");
            driver.findElement(By.id("respondent-kind-organisation")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("respondent-organisationNumber")).sendKeys(ORGANISATION_NUMBER);
            driver.findElement(By.id("a-q1-choice-nei")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("a-q1-text")).sendKeys("Varelevering må fortsatt være mulig.");
            driver.findElement(By.id("a-q2-choice-trafikksikkerhet")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("a-q2-choice-stoy")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("a-innspill-text")).sendKeys("Takk for god medvirkning.");
            driver.findElement(By.id("a-q4-files")).sendKeys(plan.toString());
            driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#send-form")));
            accessible(browser, javascript, "answer preview");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Nei", "Trafikksikkerhet", "Støy", "planbeskrivelse.pdf");
            driver.findElement(By.cssSelector("#send-form button[data-variant=primary]")).sendKeys(Keys.ENTER);
            String documentNumber = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-number"))).getText();
            assertThat(documentNumber).startsWith(shortCase + "-");
            accessible(browser, javascript, "receipt");

            // the case worker sees the invitee as answered (matched by organisation number, in the background)
            logIn(driver);
            String row = "";
            for (int i = 0; i < 60 && !row.contains(documentNumber); i++) {
                driver.get(url("/saksbehandler/horinger/" + slug + "/horingsliste"));
                row = driver.findElement(By.cssSelector("#invitees tbody tr")).getText();
                sleep();
            }
            assertThat(row).contains("Bars velforening", documentNumber);
            assertThat(driver.findElement(By.id("count-answered")).getText()).isEqualTo("1");
            accessible(browser, javascript, "høringsliste with an answer");
            if (javascript) {
                browser.screenshots("50-journey-horingsliste-answered");
            }
        }
    }

    private static void addQuestion(WebDriver driver, WebDriverWait wait, String kind) {
        new Select(driver.findElement(By.id("new-kind"))).selectByValue(kind);
        driver.findElement(By.cssSelector("#add-question button")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/skjema/ny?type=" + kind));
    }

    private static void save(WebDriver driver) {
        String before = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("button[value=save]")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before)
                && d.getCurrentUrl().contains("/skjema#"));
    }

    private static void replace(WebDriverWait wait, String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private void addDocument(WebDriver driver, WebDriverWait wait, Path file, String title, String kind) {
        int before = driver.findElements(By.cssSelector("#documents tbody tr")).size();
        driver.findElement(By.id("document-file")).sendKeys(file.toString());
        driver.findElement(By.id("document-title")).sendKeys(title);
        new Select(driver.findElement(By.id("document-kind"))).selectByValue(kind);
        driver.findElement(By.cssSelector("form[action$='/dokumenter'] button[type=submit]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#documents tbody tr"), before + 1));
    }

    private Path pdf(String name) throws IOException {
        Path path = files.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(path.toFile());
        }
        assertThat(Files.size(path)).isPositive();
        return path;
    }

    private static void accessible(Browser browser, boolean javascript, String page) {
        if (javascript) {
            browser.assertAccessible(page);
        }
    }

    private void logIn(WebDriver driver) {
        driver.get(url("/logg-inn"));
        driver.findElement(By.id("username")).sendKeys(TestApi.STAFF_USER);
        driver.findElement(By.id("password")).sendKeys(TestApi.STAFF_PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/saksbehandler"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
