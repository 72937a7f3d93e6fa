package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.platform.DateFormats;
import no.innspill.response.Channel;
import no.innspill.response.Publication;
import no.innspill.response.Respondent;
import no.innspill.response.RespondentKind;
import no.innspill.response.ResponseSource;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.StoredResponse;
import no.innspill.response.SubmitResponse;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.testing.ModuleTestDatabase;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** Every registered response becomes an incoming journal entry in its case, with its sender and documents. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
class JournalOfResponsesIT {

    private final Consultations consultations;
    private final SubmitResponse submitResponse;
    private final Journal journal;
    private final JournalOfResponses journalOfResponses;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private Consultation consultation;

    JournalOfResponsesIT(Consultations consultations, SubmitResponse submitResponse, Journal journal,
                         JournalOfResponses journalOfResponses, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.consultations = consultations;
        this.submitResponse = submitResponse;
        this.journal = journal;
        this.journalOfResponses = journalOfResponses;
        this.jdbc = jdbc;
    }

    @Test
    void the_listener_and_the_backfill_journalling_the_same_responses_at_once_make_one_entry_each(Scenario scenario) throws Exception {
        StoredResponse[] sent = new StoredResponse[3];
        scenario.stimulate(() -> {
                    for (int i = 0; i < sent.length; i++) {
                        sent[i] = submit(new Respondent("Samtidig " + i, RespondentKind.ORGANISATION, null, null), Publication.DEFAULT);
                    }
                })
                .andWaitForStateChange(() -> entryOf(sent[2]))
                .andVerify(found -> assertThat(found).isPresent());
        java.util.List<Integer> numbers = java.util.Arrays.stream(sent).map(StoredResponse::sequenceNumber).toList();
        // as if they had never been journalled: both callers find them missing at the same moment
        String entries = "(select id from journal_entry where consultation_id = ? and response_sequence = any(?))";
        Object[] params = {consultation.id(), numbers.toArray(Integer[]::new)};
        for (String table : java.util.List.of("journal_change", "journal_document", "journal_party")) {
            jdbc.sql("delete from " + table + " where entry_id in " + entries).params(params).update();
        }
        assertThat(jdbc.sql("delete from journal_entry where id in " + entries).params(params).update()).isEqualTo(3);
        var start = new java.util.concurrent.CyclicBarrier(4);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var runs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    journalOfResponses.journal(consultation, numbers);
                    return null;
                }));
            }
            for (var run : runs) {
                run.get(); // a duplicate key would surface here
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from journal_entry where consultation_id = ? and response_sequence = any(?)")
                .params(params).query(Integer.class).single()).isEqualTo(3);
    }

    @BeforeAll
    void openAConsultation() {
        consultation = consultations.open(consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30")).slug(), "test");
    }

    @Test
    void an_organisation_s_response_is_an_incoming_entry_with_its_number_in_the_case(Scenario scenario) {
        StoredResponse[] sent = new StoredResponse[1];
        scenario.stimulate(() -> sent[0] = submit(new Respondent("Legemiddelverket", RespondentKind.ORGANISATION, "974761211",
                        "post@legemiddelverket.no"), Publication.DEFAULT))
                .andWaitForStateChange(() -> entryOf(sent[0]))
                .andVerify(found -> {
                    JournalEntry entry = found.orElseThrow();
                    assertThat(entry.documentNumber()).isEqualTo(sent[0].documentNumber());
                    assertThat(entry.entryNumber()).isEqualTo(sent[0].sequenceNumber());
                    assertThat(entry.type()).isEqualTo(JournalEntryType.INCOMING);
                    assertThat(entry.status()).isEqualTo(JournalStatus.JOURNALFOERT);
                    assertThat(entry.title()).isEqualTo("Høringssvar fra Legemiddelverket");
                    assertThat(entry.publicTitle()).isEqualTo(entry.title());
                    assertThat(entry.screening().any()).isFalse();
                    assertThat(entry.journalDate()).isEqualTo(LocalDate.now(DateFormats.OSLO));
                    assertThat(entry.journalYear()).isEqualTo(entry.journalDate().getYear());
                    // PostgreSQL keeps microseconds, rounded
                    assertThat(entry.receivedAt()).isCloseTo(sent[0].receivedAt(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
                    assertThat(entry.parties()).singleElement().satisfies(sender -> {
                        assertThat(sender.type()).isEqualTo(JournalParty.Type.SENDER);
                        assertThat(sender.name()).isEqualTo("Legemiddelverket");
                        assertThat(sender.organisationNumber()).isEqualTo("974761211");
                        assertThat(sender.privatePerson()).isFalse();
                    });
                    assertThat(entry.documents()).singleElement().satisfies(document -> {
                        assertThat(document.role()).isEqualTo(JournalDocument.Role.MAIN);
                        assertThat(document.source()).isEqualTo(JournalDocument.Source.RESPONSE);
                    });
                });
    }

    @Test
    void a_private_person_who_withholds_their_name_has_it_screened(Scenario scenario) {
        StoredResponse[] sent = new StoredResponse[1];
        scenario.stimulate(() -> sent[0] = submit(new Respondent("Kari Nordmann", RespondentKind.PERSON, null, null),
                        new Publication(true, true, null)))
                .andWaitForStateChange(() -> entryOf(sent[0]))
                .andVerify(found -> {
                    JournalEntry entry = found.orElseThrow();
                    assertThat(entry.title()).isEqualTo("Høringssvar fra Kari Nordmann");
                    assertThat(entry.publicTitle()).isEqualTo("Høringssvar fra ******").doesNotContain("Kari");
                    assertThat(entry.screening()).isEqualTo(Screening.PRIVATE_SENDER);
                    assertThat(entry.publicPartyName()).isEqualTo(Screening.MASK);
                    assertThat(entry.parties().get(0).privatePerson()).isTrue();
                });
    }

    @Test
    void journal_running_numbers_are_unique_and_each_response_is_journalled_once(Scenario scenario) {
        StoredResponse[] sent = new StoredResponse[2];
        scenario.stimulate(() -> {
                    sent[0] = submit(new Respondent("Helse Vest RHF", RespondentKind.ORGANISATION, null, null), Publication.DEFAULT);
                    sent[1] = submit(new Respondent("Helse Nord RHF", RespondentKind.ORGANISATION, null, null), Publication.DEFAULT);
                })
                .andWaitForStateChange(() -> entryOf(sent[1]).flatMap(second -> entryOf(sent[0]).map(first -> new JournalEntry[] {first, second})))
                .andVerify(found -> {
                    JournalEntry[] entries = found.orElseThrow();
                    assertThat(entries[0].journalNumber()).isNotEqualTo(entries[1].journalNumber());
                    int before = journal.count(consultation);
                    // delivered again (as after a crash): nothing more is journalled
                    journalOfResponses.journal(consultation, java.util.List.of(sent[0].sequenceNumber(), sent[1].sequenceNumber()));
                    assertThat(journal.count(consultation)).isEqualTo(before);
                });
    }

    private Optional<JournalEntry> entryOf(StoredResponse response) {
        return journal.findByResponse(consultation, response.sequenceNumber());
    }

    private StoredResponse submit(Respondent respondent, Publication publication) {
        var asked = new Publication.Asked(publication.nameValue(), publication.online(), publication.reason());
        var submission = new ResponseSubmission(respondent, Map.of("q2", new Answer(null, "Til journalen.")), false,
                respondent.kind() == RespondentKind.PERSON ? asked : null);
        return submitResponse.submit(new SubmitResponse.Request(consultation, submission, Channel.API, ResponseSource.API,
                Instant.now(), Submitter.STAFF, null, null)).response();
    }
}
