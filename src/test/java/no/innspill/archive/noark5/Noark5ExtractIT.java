package no.innspill.archive.noark5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.innspill.archive.ArchiveCopies;
import no.innspill.archive.AttachmentArchiveCopiesIT;
import no.innspill.archive.Journal;
import no.innspill.archive.JournalDocument;
import no.innspill.archive.JournalEntry;
import no.innspill.archive.JournalParty;
import no.innspill.archive.JournalStatus;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationDocuments;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItems;
import no.innspill.intake.review.IntakeFixtures;
import no.innspill.platform.DateFormats;
import no.innspill.response.Responses;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.AttachmentFiles;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.Multipart;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A case with responses from every channel — the API, with an attached file, a private person whose name is
 * screened, an intake item registered by staff, a late response registered by staff after the close — is closed
 * and exported as a Noark 5 extract through the API; the package passes the Arkade checks of
 * {@link Noark5Package}, validates against both schema sets, and every document is PDF/A.
 */
@IntegrationTest
// a context of its own, started for this class: the test waits on the archive copies, made in the background
@TestPropertySource(properties = "innspill.archive.poll-interval=500ms")
class Noark5ExtractIT {

    private static final String SCREENED = "Kari Skjermet-Nordmann";

    @DynamicPropertySource
    static void schemas(DynamicPropertyRegistry registry) {
        registry.add(Noark5Schemas.PROPERTY, () -> Noark5Package.schemasDirectory().toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Consultations consultations;

    @Autowired
    IntakeItems intake;

    @Autowired
    Journal journal;

    @Autowired
    ArchiveCopies copies;

    @Autowired
    Responses responses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationDocuments letters;

    @Autowired
    CacheManager caches;

    @Test
    void a_closed_case_from_every_channel_exports_as_a_noark5_extract_that_passes_arkade_s_checks() throws Exception {
        String slug = AttachmentArchiveCopiesIT.openConsultation(port);
        String api = "/api/v1/consultations/" + slug;
        TestApi anonymous = TestApi.anonymous(port);
        TestApi staff = TestApi.staff(port);

        var organisation = anonymous.postJson(api + "/responses", """
                {"respondent": {"name": "Legemiddelverket", "kind": "organisation", "organisationNumber": "974761211",
                                "email": "post@legemiddelverket.no"},
                 "answers": {"q1": {"text": "Vi støtter forslaget."}}}""");
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
        // Legemiddelverket sends a revised response, registered by staff: both are kept, the first marked superseded
        String first = organisation.json().get("documentNumber").asString();
        var revision = staff.postJson(api + "/responses", """
                {"revises": "%s", "answers": {"q1": {"text": "Vi støtter forslaget, med én endring."}}}""".formatted(first));
        assertThat(revision.status()).as(revision.toString()).isEqualTo(201);
        String revisionNumber = revision.json().get("documentNumber").asString();
        var person = anonymous.postJson(api + "/responses", """
                {"respondent": {"name": "%s", "kind": "person"},
                 "publication": {"name": "withhold", "online": false, "reason": "Det gjelder helsen min."},
                 "answers": {"q1": {"text": "Jeg er bekymret."}}}""".formatted(SCREENED));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        var withFile = anonymous.post(api + "/responses", Multipart.CONTENT_TYPE, new Multipart()
                .json("response", AttachmentArchiveCopiesIT.RESPONSE)
                .file("q2", "brev.pdf", "application/pdf", AttachmentFiles.letterPdf("Fylkeslaget støtter forslaget.", "Med hilsen Kari"))
                .bytes());
        assertThat(withFile.status()).as(withFile.toString()).isEqualTo(201);
        registerIntakeItem(slug);
        journalTheLetter(slug);

        // not closed yet: refused, and only staff may ask
        var open = staff.get(api + "/noark5.zip");
        assertThat(open.status()).isEqualTo(409);
        assertThat(open.contentType()).startsWith("application/problem+json");
        assertThat(open.json().get("detail").asString()).contains("not closed", "Close it first");
        assertThat(anonymous.get(api + "/noark5.zip").status()).isEqualTo(401);
        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        var refusedPage = web.get("/saksbehandler/horinger/" + slug + "/noark5.zip");
        assertThat(refusedPage.status()).isEqualTo(409);
        assertThat(refusedPage.html().getElementById("noark5-refused").text()).isEqualTo(
                "Høringen er ikke avsluttet. Et arkivuttrekk lages bare av en avsluttet sak.");
        assertThat(web.get("/saksbehandler/horinger/" + slug).html().getElementById("noark5-download")).isNull();

        // the deadline passes, the case is closed, and a letter that came late by post is registered by staff
        TestConsultations.passDeadline(jdbc, caches, slug);
        assertThat(staff.post(api + "/close", "application/json", new byte[0]).status()).isEqualTo(200);
        var late = staff.postJson(api + "/responses", """
                {"respondent": {"name": "Sen kommune", "kind": "organisation"}, "channel": "paper",
                 "answers": {"q1": {"text": "Beklager at svaret kommer sent."}}}""");
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.json().get("late").booleanValue()).isTrue();

        Consultation consultation = consultations.getBySlug(slug);
        AppProcesses.waitUntil(() -> journal.extent(consultation).incoming() == responses.count(consultation)
                && copies.progress(consultation).pending() == 0
                && copies.progress(consultation).responseCopies() == responses.count(consultation), Duration.ofSeconds(120));
        assertThat(copies.progress(consultation).failed()).isZero();

        // a copy still being made, then one given up on: refused before anything is changed, saying how many
        jdbc.sql("""
                insert into archive_copy (consultation_id, sequence_number, document_number, status, next_attempt_at)
                values (?, 999, ?, 'pending', now() + interval '1 day')""").params(consultation.id(), consultation.caseNumber() + "-999").update();
        var pending = staff.get(api + "/noark5.zip");
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.json().get("detail").asString()).startsWith("1 archive copy is still being made");
        jdbc.sql("update archive_copy set status = 'failed' where consultation_id = ? and sequence_number = 999").param(consultation.id()).update();
        var failed = staff.get(api + "/noark5.zip");
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.json().get("detail").asString()).startsWith("1 archive copy could not be made");
        jdbc.sql("delete from archive_copy where consultation_id = ? and sequence_number = 999").param(consultation.id()).update();
        assertThat(journal.page(consultation, 0, 100)).noneSatisfy(entry -> assertThat(entry.status()).isEqualTo(JournalStatus.ARKIVERT));

        HttpResponse<byte[]> exported = download(api + "/noark5.zip", true);
        assertThat(exported.statusCode()).as(new String(exported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).contains("noark5-" + slug + ".zip");
        java.nio.file.Files.write(java.nio.file.Path.of("target/noark5-extract-it.zip"), exported.body()); // to look at
        Noark5Package extract = Noark5Package.read(exported.body());

        assertThat(extract.problems()).isEmpty();
        assertThat(extract.pdfaFailures()).isEmpty();
        assertThat(extract.names()).contains("arkivuttrekk.xml", "arkivstruktur.xml", "loependeJournal.xml", "offentligJournal.xml",
                "endringslogg.xml", "arkivstruktur.xsd", "metadatakatalog.xsd", "addml.xsd");
        // six responses (one a revision) and the letter; the response with a file has two documents, the intake response the
        // original as a third
        assertThat(extract.count("arkivstruktur.xml", "registrering")).isEqualTo(7);
        assertThat(extract.documents()).hasSize(9);
        assertThat(extract.values("arkivstruktur.xml", "journalposttype")).containsOnly("Inngående dokument", "Utgående dokument");
        assertThat(extract.values("offentligJournal.xml", "korrespondansepartNavn")).contains("Helse Vest RHF");
        assertThat(extract.values("arkivstruktur.xml", "partID")).containsExactlyInAnyOrder("974761211", "974761211", "983974724");
        // the first response of Legemiddelverket says what replaced it, as the change log does
        assertThat(extract.values("arkivstruktur.xml", "merknadstekst")).containsExactly("Erstattet av " + revisionNumber);
        assertThat(extract.values("endringslogg.xml", "referanseMetadata")).contains("merknad");
        assertThat(extract.childValues("loependeJournal.xml", "journalpost", "tittel"))
                .contains("Høringssvar fra Legemiddelverket", "Revidert høringssvar fra Legemiddelverket");
        assertThat(extract.values("arkivstruktur.xml", "skjermingMetadata"))
                .containsExactly("Skjerming tittel registrering - utvalgte ord", "Skjerming navn avsender");
        assertThat(extract.values("arkivstruktur.xml", "formatDetaljer")).contains("fmt/476", "fmt/477");
        assertThat(extract.values("arkivstruktur.xml", "format")).containsOnly("pdf");

        // the screened name: in the running journal, never in the public one
        assertThat(extract.text("loependeJournal.xml")).contains(SCREENED);
        assertThat(extract.text("offentligJournal.xml")).doesNotContain(SCREENED, "Skjermet").contains("******");
        assertThat(extract.values("offentligJournal.xml", "korrespondansepartNavn")).contains("******", "Legemiddelverket");
        assertThat(extract.childValues("offentligJournal.xml", "journalpost", "tittel")).as("the public journal has public titles only").isEmpty();
        assertThat(extract.childValues("offentligJournal.xml", "journalpost", "offentligTittel")).hasSize(7).contains("Høringssvar fra ******");
        assertThat(extract.childValues("loependeJournal.xml", "journalpost", "tittel")).contains("Høringssvar fra " + SCREENED);

        // every entry «Arkivert», each change logged by the staff user who exported
        List<JournalEntry> entries = journal.page(consultation, 0, 100);
        assertThat(entries).hasSize(7).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(JournalStatus.ARKIVERT));
        assertThat(journal.changes(entries.get(0))).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("journalstatus");
            assertThat(change.oldValue()).isEqualTo("Journalført");
            assertThat(change.newValue()).isEqualTo("Arkivert");
            assertThat(change.changedBy()).isEqualTo(TestApi.STAFF_USER);
        });
        assertThat(extract.count("endringslogg.xml", "endring")).as("seven statuses and the remark").isEqualTo(8);
        assertThat(extract.values("loependeJournal.xml", "journalSluttDato")).containsExactly(LocalDate.now(DateFormats.OSLO).toString());

        // the staff page offers it once the case is closed; a second extract (nothing left to change) passes too
        var page = web.get("/saksbehandler/horinger/" + slug).html();
        String link = page.getElementById("noark5-download").attr("href");
        assertThat(link).isEqualTo("/saksbehandler/horinger/" + slug + "/noark5.zip");
        var again = web.get(link);
        assertThat(again.status()).isEqualTo(200);
        Noark5Package second = Noark5Package.read(again.bytes());
        assertThat(second.problems()).isEmpty();
        assertThat(second.values("arkivstruktur.xml", "systemID")).as("entries and documents keep their systemIDs")
                .containsAll(extract.values("loependeJournal.xml", "systemID"));
        assertThat(second.count("endringslogg.xml", "endring")).isEqualTo(8);
    }

    /** The consultation's høringsbrev, added after the høringsliste: the archive module journals it as sent to the list. */
    private void journalTheLetter(String slug) throws InterruptedException {
        var invitees = TestApi.staff(port).put("/api/v1/consultations/" + slug + "/invitees", "text/csv",
                "navn;organisasjonsnummer;e-post\nHelse Vest RHF;983974724;\nFylkeslaget;;post@fylkeslaget.example\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(invitees.status()).as(invitees.toString()).isEqualTo(200);
        Consultation consultation = consultations.getBySlug(slug);
        var letter = letters.addLetterIfNone(consultation, "http://127.0.0.1:" + port + "/horinger/" + slug).orElseThrow();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (journal.page(consultation, 0, Journal.MAX_PAGE).stream()
                .noneMatch(entry -> java.util.Objects.equals(entry.consultationDocumentId(), letter.id()))) {
            assertThat(System.nanoTime()).as("the letter is journalled within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A PDF uploaded to intake, reviewed and confirmed by staff on the review page. */
    private void registerIntakeItem(String slug) {
        Consultation consultation = consultations.getBySlug(slug);
        var upload = intake.upload(consultation, "papirsvar.pdf", IntakeFixtures.plainPdf("Høringsinstans: Papiretaten", "Vi har innspill."));
        assertThat(upload.item()).as(String.valueOf(upload.refused())).isNotNull();
        WebSession web = new WebSession(port);
        web.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
        var review = web.get("/saksbehandler/horinger/" + slug + "/innkommende/" + upload.item().id());
        assertThat(review.status()).isEqualTo(200);
        var confirmed = web.submit(review.form("#review-form"), Map.of("respondent.name", "Papiretaten", "respondent.kind", "organisation",
                "q1.text", "Vi har innspill.", "channel", "paper"));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(302);
    }

    private HttpResponse<byte[]> download(String path, boolean asStaff) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (asStaff) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (TestApi.STAFF_USER + ":" + TestApi.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
