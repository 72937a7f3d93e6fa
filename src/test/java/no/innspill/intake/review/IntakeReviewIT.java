package no.innspill.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import no.innspill.consultation.Consultations;
import no.innspill.document.ResponseDetails;
import no.innspill.document.ResponseDocuments;
import no.innspill.form.Answer;
import no.innspill.intake.review.StaffUploads.Upload;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The case worker's intake over real HTTP: upload → list → review beside the original → correct and
 * confirm → one registered response with its document number; broken and hostile files each get a
 * clear message and leave nothing half-registered.
 */
@IntegrationTest
@TestPropertySource(properties = {"innspill.intake.max-file-size=300KB", "innspill.intake.max-unpacked-size=1MB"})
class IntakeReviewIT {

    private static final String SLUG = "22-414";
    private static final String INTAKE = "/saksbehandler/horinger/" + SLUG + "/innkommende";

    @LocalServerPort
    int port;

    @Autowired
    ResponseDocuments documents;

    @Autowired
    Consultations consultations;

    @Autowired
    no.innspill.form.Forms forms;

    StaffUploads uploads;
    WebSession web;
    TestApi staff;

    @BeforeEach
    void logIn() {
        uploads = new StaffUploads(port);
        web = StaffUploads.loggedInSession(port);
        staff = TestApi.staff(port);
    }

    @Test
    void pages_need_a_staff_login() {
        Page page = new WebSession(port).get(INTAKE);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/logg-inn");
    }

    @Test
    void an_uploaded_word_file_is_reviewed_confirmed_and_registered_exactly_once() {
        byte[] docx = IntakeFixtures.letterDocx("Høringsinstans: Ordkommunen", "Vi støtter strategien.", "Med vennlig hilsen " + Instant.now());
        var result = uploads.upload(SLUG, new Upload("svar fra ordkommunen.docx", docx));
        assertThat(result.status()).isEqualTo(302);
        assertThat(result.page().select("#upload-taken").text()).contains("svar fra ordkommunen.docx");
        long id = itemId(result.page(), "svar fra ordkommunen.docx");

        Page review = web.get(INTAKE + "/" + id);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.html().select("#original-text").text()).contains("Vi støtter strategien.");
        assertThat(review.html().select("input#channel-paper[checked]")).hasSize(1);
        assertThat(review.html().selectFirst("#received-date").attr("value")).matches("\\d{4}-\\d{2}-\\d{2}");
        int before = responseCount();

        Element form = review.form("#review-form");
        Map<String, String> answers = Map.of("respondent.name", "Ordkommunen", "respondent.kind", "organisation",
                "q1.choice", "yes", "q4.text", "Vi støtter strategien.", "channel", "paper");
        Page confirmed = web.submit(form, answers);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(302);
        Page registered = web.get(confirmed.location());
        String documentNumber = registered.html().getElementById("document-number").text();
        assertThat(documentNumber).startsWith("22/414-");
        assertThat(registered.html().getElementById("conversion-note").text())
                .isEqualTo("Arkivkopi laget fra bekreftede svar; originalen var Word (.docx)");
        assertThat(registered.html().select("#review-form")).isEmpty();

        var stored = staff.get(TestApi.DEMO + "/responses/" + documentNumber.substring(documentNumber.lastIndexOf('-') + 1)).json();
        assertThat(stored.get("documentNumber").asString()).isEqualTo(documentNumber);
        assertThat(stored.get("channel").asString()).isEqualTo("paper");
        assertThat(stored.get("respondent").get("name").asString()).isEqualTo("Ordkommunen");
        assertThat(stored.get("answers").get("q1").get("choice").asString()).isEqualTo("yes");

        Page again = web.submit(form, Map.of("respondent.name", "Noen andre", "q4.text", "Annen tekst", "channel", "email"));
        assertThat(again.status()).isEqualTo(302);
        assertThat(responseCount()).as("a second confirmation registers nothing more").isEqualTo(before + 1);
        assertThat(web.get(INTAKE + "/" + id).html().getElementById("document-number").text()).isEqualTo(documentNumber);

        Page original = web.get(INTAKE + "/" + id + "/original");
        assertThat(original.bytes()).isEqualTo(docx);
        // the archive module's copy of the registered response, rendered in the background
        String archiveLink = web.get(INTAKE + "/" + id).html().getElementById("archive-copy").attr("href");
        assertThat(archiveLink).isEqualTo("/saksbehandler/horinger/22-414/svar/"
                + documentNumber.substring(documentNumber.lastIndexOf('-') + 1) + "/arkivkopi.pdf");
        Page archive = eventually(() -> web.get(archiveLink), page -> page.status() == 200);
        assertThat(archive.contentType()).startsWith("application/pdf");
        assertThat(new String(archive.bytes(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void a_pdf_is_shown_as_page_images_and_registered_by_email_with_an_archive_copy() {
        byte[] pdf = IntakeFixtures.plainPdf("Høringsinstans: PDF-etaten", "Svar på høringen " + Instant.now());
        long id = itemId(uploads.upload(SLUG, new Upload("pdf-etaten.pdf", pdf)).page(), "pdf-etaten.pdf");
        Page review = web.get(INTAKE + "/" + id);
        var images = review.html().select("img.innspill-page-image");
        assertThat(images).hasSize(1);
        assertThat(images.first().attr("alt")).isEqualTo("Side 1 av 1");
        Page png = web.get(images.first().attr("src"));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).startsWith("image/png");

        Page confirmed = web.submit(review.form("#review-form"), Map.of("respondent.name", "PDF-etaten",
                "q3.text", "Prosessen er god.", "channel", "email"));
        Page registered = web.get(confirmed.location());
        assertThat(registered.html().getElementById("conversion-note").text()).endsWith("originalen var PDF uten PDF/A-identifikasjon");
        String documentNumber = registered.html().getElementById("document-number").text();
        assertThat(staff.get(TestApi.DEMO + "/responses/" + documentNumber.substring(documentNumber.lastIndexOf('-') + 1))
                .json().get("channel").asString()).isEqualTo("email");
    }

    @Test
    void a_pdf_a_original_needs_no_note_on_what_its_archive_copy_was_made_from() {
        var consultation = consultations.getBySlug(SLUG);
        byte[] pdfA = documents.responsePdf(forms.get(consultation.form()), consultation.caseDetails(), Map.of("q4", new Answer(null, "Et arkivvennlig svar.")),
                new ResponseDetails("22/414-0", "Arkivverket", "organisation", null, Instant.now()), Locale.forLanguageTag("nb"));
        long id = itemId(uploads.upload(SLUG, new Upload("arkivvennlig.pdf", pdfA)).page(), "arkivvennlig.pdf");
        Page review = web.get(INTAKE + "/" + id);
        Page confirmed = web.submit(review.form("#review-form"), Map.of("respondent.name", "Arkivverket",
                "q4.text", "Et arkivvennlig svar.", "channel", "email"));
        Document registered = web.get(confirmed.location()).html();
        assertThat(registered.getElementById("document-number")).isNotNull();
        assertThat(registered.getElementById("conversion-note")).isNull();
        assertThat(registered.getElementById("archive-copy")).as("every registered response has an archive copy").isNotNull();
    }

    @Test
    void corrections_are_checked_like_the_web_form_and_nothing_is_registered_until_they_pass() {
        byte[] docx = IntakeFixtures.letterDocx("Et brev uten avsender " + Instant.now());
        long id = itemId(uploads.upload(SLUG, new Upload("uten-avsender.docx", docx)).page(), "uten-avsender.docx");
        int before = responseCount();
        Page review = web.get(INTAKE + "/" + id);
        Page invalid = web.submit(review.form("#review-form"), Map.of("respondent.name", "", "respondent.email", "ikke en adresse",
                "q4.text", "Tekst", "receivedDate", "2022-13-45"));
        assertThat(invalid.status()).isEqualTo(422);
        var links = invalid.html().select("#error-summary a").eachAttr("href");
        assertThat(links).contains("#respondent-name", "#respondent-email", "#received-date");
        assertThat(invalid.html().selectFirst("#respondent-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(invalid.html().title()).startsWith("Feil:");
        assertThat(responseCount()).isEqualTo(before);

        Element form = review.form("#review-form");
        Map<String, String> blank = new java.util.HashMap<>();
        form.select("textarea").forEach(area -> blank.put(area.attr("name"), ""));
        blank.put("q1.choice", "");
        blank.put("respondent.name", "Tom Kommune");
        Page empty = web.submit(form, blank);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.html().select("#error-summary").text()).contains("Svar på minst ett");
        assertThat(responseCount()).isEqualTo(before);
    }

    @Test
    void a_rejected_item_is_never_registered() {
        long id = itemId(uploads.upload(SLUG, new Upload("avvis.docx", IntakeFixtures.letterDocx("Reklame " + Instant.now()))).page(), "avvis.docx");
        Page review = web.get(INTAKE + "/" + id);
        Element confirmForm = review.form("#review-form");
        Page rejected = web.submit(review.form("#reject-form"), Map.of());
        assertThat(rejected.status()).isEqualTo(302);
        int before = responseCount();
        web.submit(confirmForm, Map.of("respondent.name", "Reklamebyrå", "q4.text", "Kjøp!"));
        assertThat(responseCount()).isEqualTo(before);
        assertThat(web.get(INTAKE + "/" + id).html().getElementById("rejected")).isNotNull();
    }

    @Test
    void the_same_file_uploaded_twice_is_flagged_as_a_duplicate() {
        byte[] pdf = IntakeFixtures.plainPdf("Dobbelt innsendt " + Instant.now());
        long first = itemId(uploads.upload(SLUG, new Upload("dobbel.pdf", pdf)).page(), "dobbel.pdf");
        var second = uploads.upload(SLUG, new Upload("dobbel-igjen.pdf", pdf));
        long id = itemId(second.page(), "dobbel-igjen.pdf");
        Element row = web.get(INTAKE).html().selectFirst("tr[data-item-id=" + id + "]");
        assertThat(row.text()).contains("Samme fil som er mottatt før (nr. " + first + ")");
        assertThat(web.get(INTAKE + "/" + id).html().getElementById("duplicate")).isNotNull();
        assertThat(web.get(INTAKE).html().selectFirst("tr[data-item-id=" + first + "]").text()).doesNotContain("Samme fil");
    }

    @Test
    void hostile_and_broken_files_get_clear_messages_while_the_rest_of_the_batch_goes_on() {
        int before = responseCount();
        byte[] docx = IntakeFixtures.letterDocx("Et helt vanlig brev " + Instant.now(), "Med hilsen");
        byte[] oversized = new byte[400 * 1024];
        System.arraycopy(docx, 0, oversized, 0, docx.length);
        var result = uploads.upload(SLUG,
                new Upload("tom.pdf", new byte[0]),
                new Upload("skadet.pdf", IntakeFixtures.corruptPdf()),
                new Upload("avkuttet.docx", IntakeFixtures.truncated(docx)),
                new Upload("egentlig-word.pdf", docx),
                new Upload("for-stor.docx", oversized),
                new Upload("bilde.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                new Upload("god.docx", IntakeFixtures.letterDocx("Et godt svar " + Instant.now())));
        Document page = result.page();
        String refused = page.select("#upload-refused").text();
        assertThat(refused).contains("tom.pdf: Filen er tom (0 byte).");
        assertThat(refused).contains("for-stor.docx: Filen er større enn grensen på 300 kB.");
        assertThat(refused).contains("bilde.png: Bare PDF- og Word-filer");
        String taken = page.select("#upload-taken").text();
        assertThat(taken).contains("skadet.pdf: PDF-filen er skadet eller ufullstendig");
        assertThat(taken).contains("avkuttet.docx: Word-filen er skadet, ufullstendig");
        assertThat(taken).contains("egentlig-word.pdf: Filnavnet stemmer ikke med innholdet: filen er egentlig Word (.docx).");
        assertThat(taken).contains("god.docx");
        assertThat(page.select("#items td a").eachText()).doesNotContain("tom.pdf", "for-stor.docx", "bilde.png");

        long broken = itemId(page, "skadet.pdf");
        Page review = web.get(INTAKE + "/" + broken);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.html().getElementById("problem").text()).contains("PDF-filen er skadet");
        assertThat(review.html().select("img.innspill-page-image")).isEmpty();
        assertThat(web.get(INTAKE + "/" + broken + "/side/1.png").status()).isEqualTo(404);
        assertThat(web.get(INTAKE + "/" + itemId(page, "god.docx")).html().getElementById("problem")).isNull();
        assertThat(responseCount()).as("nothing registered by uploading").isEqualTo(before);
    }

    @Test
    void an_encrypted_pdf_and_a_zip_bomb_are_kept_unread_with_their_reason() {
        var result = uploads.upload(SLUG, new Upload("kryptert.pdf", IntakeFixtures.encryptedPdf()),
                new Upload("bombe.docx", IntakeFixtures.zipBombDocx()));
        String taken = result.page().select("#upload-taken").text();
        assertThat(taken).contains("kryptert.pdf: PDF-filen er beskyttet med passord");
        assertThat(taken).contains("bombe.docx: Word-filen pakker seg ut til mer enn det som er trygt å lese");
        Page review = web.get(INTAKE + "/" + itemId(result.page(), "bombe.docx"));
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.html().getElementById("original-text")).isNull();
    }

    @Test
    void a_word_file_that_unpacks_to_more_than_the_configured_limit_is_kept_unread() {
        var result = uploads.upload(SLUG, new Upload("oppblåst.docx", IntakeFixtures.paddedDocx(30, 60_000, "Et svar " + Instant.now())));
        assertThat(result.page().select("#upload-taken").text())
                .contains("oppblåst.docx: Word-filen pakker seg ut til mer enn det som er trygt å lese");
    }

    @Test
    void warnings_are_worded_in_the_readers_language() {
        byte[] docx = IntakeFixtures.letterDocx("Et brev som ikke er skjemaet " + Instant.now());
        long id = itemId(uploads.upload(SLUG, new Upload("brev.docx", docx)).page(), "brev.docx");
        assertThat(web.get(INTAKE + "/" + id).html().select("#warnings li").eachText())
                .containsExactly("Dokumentet ser ikke ut til å være høringsskjemaet; all teksten er lagt under «ikke plassert».");
        assertThat(web.get(INTAKE + "/" + id + "?lang=nn").html().select("#warnings li").eachText())
                .containsExactly("Dokumentet ser ikkje ut til å vere høyringsskjemaet; all teksten er lagd under «ikkje plassert».");
        assertThat(web.get(INTAKE + "/" + id + "?lang=en").html().select("#warnings li").eachText())
                .containsExactly("The document does not look like the response form; all its text is under “not placed”.");
    }

    @Test
    void uploading_nothing_says_so() {
        var result = uploads.upload(SLUG);
        assertThat(result.page().select("#upload-error").text()).isEqualTo("Velg minst én fil å laste opp.");
    }

    private int responseCount() {
        return staff.get(TestApi.DEMO + "/responses?limit=1000").json().size();
    }

    private static long itemId(Document page, String fileName) {
        Element link = page.select("#upload-taken a").stream().filter(a -> a.text().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + fileName + " in: " + page.select("main").text()));
        String href = link.attr("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    /** What {@code get} answers once {@code done} holds, within 30 seconds (background work, such as an archive copy). */
    private static <T> T eventually(java.util.function.Supplier<T> get, java.util.function.Predicate<T> done) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        T value = get.get();
        while (!done.test(value) && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = get.get();
        }
        return value;
    }
}
