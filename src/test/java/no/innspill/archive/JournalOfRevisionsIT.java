package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.response.ResponseRevised;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journal's side of a revised response, in the order events may come: the earlier response not journalled yet
 * when the mark comes (it is journalled, then marked), and the same event again (nothing logged twice).
 */
@IntegrationTest
class JournalOfRevisionsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JournalOfRevisions revisions;
    @Autowired
    Journal journal;
    @Autowired
    Consultations consultations;

    @Test
    void the_mark_journals_the_earlier_response_first_when_it_has_no_entry_yet_and_a_redelivery_logs_nothing_more()
            throws InterruptedException {
        String caseNumber = TestForms.newCaseNumber();
        String slug = TestConsultations.open(port, TestForms.yaml(caseNumber, "2099-06-30"));
        TestApi anyone = TestApi.anonymous(port);
        assertThat(anyone.postJson("/api/v1/consultations/" + slug + "/responses", TestForms.response("Kari Først")).status()).isEqualTo(201);
        Consultation consultation = consultations.getBySlug(slug);
        waitUntil(() -> journal.findByResponse(consultation, 1).isPresent());
        // as though the earlier response's own listener had not run yet
        long id = journal.findByResponse(consultation, 1).orElseThrow().id();
        for (String table : List.of("journal_party", "journal_document")) {
            jdbc.sql("delete from " + table + " where entry_id = ?").param(id).update();
        }
        jdbc.sql("delete from journal_entry where id = ?").param(id).update();

        ResponseRevised revised = new ResponseRevised(consultation.id(), caseNumber, 1, caseNumber + "-1", 2, caseNumber + "-2");
        revisions.mark(revised);
        JournalEntry entry = journal.findByResponse(consultation, 1).orElseThrow();
        assertThat(entry.supersededBy()).isEqualTo(2);
        assertThat(entry.isSuperseded()).isTrue();
        assertThat(journal.changes(entry)).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("merknad");
            assertThat(change.oldValue()).isNull();
            assertThat(change.newValue()).isEqualTo("Erstattet av " + caseNumber + "-2");
            assertThat(change.changedBy()).isEqualTo(Journal.SYSTEM);
        });

        revisions.mark(revised); // redelivered
        assertThat(journal.changes(journal.findByResponse(consultation, 1).orElseThrow())).hasSize(1);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }
}
