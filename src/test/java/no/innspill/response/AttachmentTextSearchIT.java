package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innspill.archive.AttachmentArchiveCopiesIT;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.AttachmentFiles;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An attached file's text is searched like the answers (weight C), once the background job has read it: the search
 * document grows by the database's trigger, the list finds the response, and its excerpt comes from the file.
 */
@IntegrationTest
// A context of its own (the property only makes it distinct): the test waits on the files' text job, and a shared
// context that Spring's test cache paused for another class comes back with its scheduler stopped (as in
// AttachmentArchiveCopiesIT).
@org.springframework.test.context.TestPropertySource(properties = "innspill.test.own-context=attachment-text-search")
class AttachmentTextSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    Responses responses;

    @Autowired
    Consultations consultations;

    @Test
    void a_word_only_in_an_attached_letter_finds_the_response_with_an_excerpt_from_the_letter() throws Exception {
        String slug = AttachmentArchiveCopiesIT.openConsultation(port);
        var sent = TestApi.anonymous(port).post("/api/v1/consultations/" + slug + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", AttachmentArchiveCopiesIT.RESPONSE)
                .file("q2", "brev.docx", "application/octet-stream", AttachmentFiles.letterDocx())
                .bytes());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        Consultation consultation = consultations.getBySlug(slug);
        ResponseFilter search = new ResponseFilter.Params(null, null, null, null, "yes", null, null, "pasientsikkerheten", null, null)
                .filter();
        AppProcesses.waitUntil(() -> responses.count(consultation, search) == 1, Duration.ofSeconds(90));

        var page = responses.page(consultation, search, ResponseSort.DEFAULT, null, 10);
        assertThat(page.responses()).extracting(r -> r.respondent().name()).containsExactly("Fylkeslaget");
        Excerpt excerpt = responses.excerpts(consultation, search.search(), page.responses()).get(page.responses().get(0).sequenceNumber());
        assertThat(excerpt.runs()).anyMatch(run -> run.hit() && run.text().equals("pasientsikkerhet"));
        // not in the answers: scoped to the text question, the file's words are not found
        ResponseFilter scoped = new ResponseFilter.Params(null, null, null, null, null, null, null, "pasientsikkerhet", "q1", null).filter();
        assertThat(responses.count(consultation, scoped)).isZero();
        ResponseFilter without = new ResponseFilter.Params(null, null, null, null, "no", null, null, "pasientsikkerhet", null, null).filter();
        assertThat(responses.count(consultation, without)).isZero();

        WebSession staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        var list = staff.get("/saksbehandler/horinger/" + slug + "?q=pasientsikkerhet");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().select("mark").eachText()).contains("pasientsikkerhet");
        assertThat(list.text()).contains("Fylkeslaget");
    }
}
