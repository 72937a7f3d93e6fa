package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestFiles;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.ChosenFile;
import no.innspill.testing.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Files in the web form, the way a browser without JavaScript sends them: kept across errors and drafts, sent with the response. */
@IntegrationTest
class AttachmentsPagesIT {

    @LocalServerPort
    int port;

    @Test
    void an_upload_survives_a_validation_error_a_refused_file_and_is_sent_served_and_listed() {
        String slug = AttachmentsApiIT.openConsultation(port, AttachmentsApiIT.ATTACHMENTS_QUESTION);
        WebSession web = new WebSession(port);
        Page form = web.get("/horinger/" + slug + "/svar");
        var formElement = form.form("#response-form");
        assertThat(formElement.attr("enctype")).isEqualTo("multipart/form-data");
        var input = form.html().getElementById("a-q2-files");
        assertThat(input.attr("type")).isEqualTo("file");
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(form.html().selectFirst("label[for=a-q2-files]")).isNotNull();
        assertThat(form.html().getElementById("a-q2-files-hint").text()).contains("PDF", "Word", "OpenDocument", "2 filer", "20 MB");

        // a missing name: the page comes back with the error, the text as typed, and the file kept with a new draft
        Page invalid = web.follow(web.submitMultipart(formElement, Map.of("q1.text", "Se vedlagt brev.", "respondent.kind", "person"), "preview",
                List.of(new ChosenFile("q2.files", "brev.pdf", TestFiles.pdf()))));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.html().select(".ds-error-summary a").eachAttr("href")).contains("#respondent-name");
        assertThat(invalid.html().getElementById("a-q1-text").wholeText()).isEqualTo("Se vedlagt brev.");
        assertThat(invalid.html().select(".innspill-kept-files li").text()).contains("brev.pdf", "PDF");
        String draftAction = invalid.form("#response-form").attr("action");
        assertThat(draftAction).contains("/utkast/");

        // a program named .pdf is refused on the file input, in bokmål; the kept file stays
        Page refused = web.follow(web.submitMultipart(invalid.form("#response-form"), Map.of("respondent.name", "Kari Nordmann"), "preview",
                List.of(new ChosenFile("q2.files", "faktura.pdf", TestFiles.exe()))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".ds-error-summary a").eachAttr("href")).containsExactly("#a-q2-files");
        assertThat(refused.html().getElementById("a-q2-files-error").text())
                .isEqualTo("«faktura.pdf» er ikke en PDF-, Word- (.docx) eller OpenDocument-fil (.odt).");
        assertThat(refused.html().getElementById("a-q2-files").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.html().getElementById("respondent-name").attr("value")).isEqualTo("Kari Nordmann");
        assertThat(refused.html().select(".innspill-kept-files li")).hasSize(1);

        Page preview = web.follow(web.submitMultipart(refused.form("#response-form"), Map.of(), "preview", List.of()));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.text()).contains("Vedlegg: brev.pdf (", "kB, PDF)");
        Page sent = web.submit(preview.form("#send-form"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        Page receipt = web.get(sent.location());
        assertThat(receipt.text()).contains("Vedlegg: brev.pdf");
        String documentNumber = receipt.html().getElementById("document-number").text();
        String number = documentNumber.substring(documentNumber.indexOf('-') + 1);

        JsonNode stored = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/responses/" + number).json();
        assertThat(stored.at("/answers/q2/attachments").findValuesAsString("name")).containsExactly("brev.pdf");
        assertThat(stored.get("channel").stringValue()).isEqualTo("web");

        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        Page staffPage = staff.get("/saksbehandler/horinger/" + slug + "/svar/" + number);
        var link = staffPage.html().selectFirst("#response-files a");
        assertThat(link.text()).isEqualTo("brev.pdf");
        Page download = staff.get(link.attr("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(new String(download.bytes(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new WebSession(port).get(link.attr("href")).status()).as("staff only").isNotEqualTo(200);

        Page pdf = staff.get("/saksbehandler/horinger/" + slug + "/svar/" + number + "/horingssvar.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(PdfText.of(pdf.bytes())).contains("Vedlegg: brev.pdf (", "PDF)");
    }

    @Test
    void a_draft_keeps_its_files_across_visits_and_languages_and_fjern_removes_one() {
        String slug = AttachmentsApiIT.openConsultation(port, AttachmentsApiIT.ATTACHMENTS_QUESTION);
        WebSession web = new WebSession(port);
        Page form = web.get("/horinger/" + slug + "/svar");
        Page saved = web.submitMultipart(form.form("#response-form"), Map.of("q1.text", "Utkast"), "save",
                List.of(new ChosenFile("q2.files", "kart.pdf", TestFiles.pdf()), new ChosenFile("q2.files", "notat.docx", TestFiles.docx())));
        assertThat(saved.status()).isEqualTo(302);
        String draft = saved.location().replace("?lagret=1", "");

        Page resumed = new WebSession(port).get(draft + "?lang=en");
        assertThat(resumed.html().select(".innspill-kept-files li").text()).contains("kart.pdf", "notat.docx", "Word", "Remove");
        assertThat(resumed.html().getElementById("a-q1-text").wholeText()).isEqualTo("Utkast");

        Page page = web.get(draft);
        var remove = page.html().selectFirst(".innspill-kept-files input[type=checkbox]");
        assertThat(page.html().selectFirst("label[for=" + remove.id() + "]").text()).isEqualTo("Fjern kart.pdf");
        Page afterRemove = web.submitMultipart(page.form("#response-form"), Map.of(remove.attr("name"), remove.attr("value")), "save", List.of());
        assertThat(afterRemove.status()).isEqualTo(302);
        assertThat(web.get(draft).html().select(".innspill-kept-files li").text()).doesNotContain("kart.pdf").contains("notat.docx");

        // a third and fourth file break the question's limit of two: the extra one is refused, the text is kept
        Page tooMany = web.submitMultipart(web.get(draft).form("#response-form"), Map.of("q1.text", "Endret utkast"), "save",
                List.of(new ChosenFile("q2.files", "a.pdf", TestFiles.pdf()), new ChosenFile("q2.files", "b.pdf", TestFiles.pdf())));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.html().getElementById("a-q2-files-error").text()).contains("høyst 2 filer", "b.pdf");
        assertThat(tooMany.html().getElementById("a-q1-text").wholeText()).isEqualTo("Endret utkast");
        assertThat(tooMany.html().select(".innspill-kept-files li").text()).contains("notat.docx", "a.pdf").doesNotContain("b.pdf");
    }

    @Test
    void a_file_between_the_limit_and_the_upload_cap_keeps_the_text_and_a_larger_one_gets_the_size_page() {
        String slug = AttachmentsApiIT.openConsultation(port, AttachmentsApiIT.ATTACHMENTS_QUESTION);
        WebSession web = new WebSession(port);
        var form = web.get("/horinger/" + slug + "/svar").form("#response-form");
        Page tooBig = web.follow(web.submitMultipart(form, Map.of("q1.text", "Min tekst"), "preview",
                List.of(new ChosenFile("q2.files", "stor.pdf", java.util.Arrays.copyOf(TestFiles.pdf(), 21 * 1024 * 1024)))));
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.html().getElementById("a-q2-files-error").text()).isEqualTo("«stor.pdf» er større enn 20 MB. Gjør filen mindre eller del den opp.");
        assertThat(tooBig.html().getElementById("a-q1-text").wholeText()).isEqualTo("Min tekst");

        Page huge = web.follow(web.submitMultipart(form, Map.of("q1.text", "Min tekst"), "preview",
                List.of(new ChosenFile("q2.files", "enorm.pdf", java.util.Arrays.copyOf(TestFiles.pdf(), 26 * 1024 * 1024)))));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.html().title()).contains("For mye data");
    }

    @Test
    void the_blank_pdf_and_word_forms_say_how_to_attach_files() {
        String slug = AttachmentsApiIT.openConsultation(port, AttachmentsApiIT.ATTACHMENTS_QUESTION);
        WebSession web = new WebSession(port);
        Page consultation = web.get("/horinger/" + slug);
        assertThat(consultation.status()).isEqualTo(200);
        assertThat(PdfText.of(web.get("/horinger/" + slug + "/skjema.pdf").bytes())).contains("Legg ved filene");
        byte[] docx = web.get("/horinger/" + slug + "/skjema.docx").bytes();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(word.getParagraphs().stream().map(p -> p.getText()).toList()).anySatisfy(text -> assertThat(text).startsWith("Legg ved filene"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
