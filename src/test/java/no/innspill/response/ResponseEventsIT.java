package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.mail.Outbox;
import no.innspill.mail.OutboxEntry;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.testing.ModuleTestDatabase;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;
import no.innspill.testing.RecordedEvents;

/**
 * Registered responses are announced as {@link ResponsesRegistered} from the transaction that numbers
 * them; the receipt e-mail follows as a listener, once, also when the event is delivered twice.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
@Import(RecordedEvents.class)
class ResponseEventsIT {

    private final Consultations consultations;
    private final SubmitResponse submitResponse;
    private final Outbox outbox;
    private final RecordedEvents events;
    private Consultation consultation;

    ResponseEventsIT(Consultations consultations, SubmitResponse submitResponse, Outbox outbox, RecordedEvents events) {
        this.consultations = consultations;
        this.submitResponse = submitResponse;
        this.outbox = outbox;
        this.events = events;
    }

    @BeforeAll
    void openAConsultation() {
        Consultation draft = consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        consultation = consultations.open(draft.slug(), "test");
    }

    @Test
    void registering_a_response_publishes_its_document_number_channel_and_source(Scenario scenario) {
        SubmitResponse.Accepted accepted = submit("Kari Nordmann", null);
        // published on the writer's thread, in the transaction that numbered the response
        scenario.stimulate(() -> accepted.response().documentNumber())
                .andWaitForStateChange(() -> events.ofType(ResponsesRegistered.class).stream()
                        .filter(event -> event.responses().stream()
                                .anyMatch(response -> response.documentNumber().equals(accepted.response().documentNumber())))
                        .findFirst())
                .andVerify(registered -> {
                    ResponsesRegistered event = registered.orElseThrow();
                    assertThat(event.consultationId()).isEqualTo(consultation.id());
                    assertThat(event.caseNumber()).isEqualTo(consultation.caseNumber());
                    var response = event.responses().stream()
                            .filter(r -> r.documentNumber().equals(accepted.response().documentNumber())).findFirst().orElseThrow();
                    assertThat(response.sequenceNumber()).isEqualTo(accepted.response().sequenceNumber());
                    assertThat(response.channel()).isEqualTo(Channel.API);
                    assertThat(response.source()).isEqualTo(ResponseSource.API);
                    assertThat(response.receiptRequested()).isFalse();
                    assertThat(response.language()).isNotBlank();
                });
    }

    @Test
    void the_receipt_goes_to_the_outbox_after_the_response_is_stored(Scenario scenario) {
        String email = "kvittering-" + System.nanoTime() + "@example.no";
        scenario.stimulate(() -> submit("Ola Nordmann", email))
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).contains(consultation.caseNumber() + "-");
                    assertThat(mail.attachments()).singleElement().satisfies(pdf -> assertThat(pdf.source()).isEqualTo("response-pdf"));
                }));
    }

    @Test
    void an_event_delivered_twice_mails_one_receipt(Scenario scenario) {
        String email = "to-ganger-" + System.nanoTime() + "@example.no";
        StoredResponse stored = submit("Per Person", email).response();
        ResponsesRegistered again = new ResponsesRegistered(consultation.id(), consultation.caseNumber(), java.util.List.of(
                new ResponsesRegistered.Registration(stored.sequenceNumber(), stored.documentNumber(), Channel.API, ResponseSource.API,
                        true, "nb")));

        scenario.publish(again)
                .andWaitForStateChange(() -> mailsTo(email), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).hasSize(1));
    }

    private SubmitResponse.Accepted submit(String name, String email) {
        var submission = new ResponseSubmission(new Respondent(name, RespondentKind.PERSON, null, email),
                Map.of("q1", new Answer("yes", "Godt forslag")));
        return submitResponse.submit(new SubmitResponse.Request(consultation, submission, Channel.API, ResponseSource.API,
                Instant.now(), Submitter.PUBLIC, null, null));
    }

    private List<OutboxEntry> mailsTo(String email) {
        return outbox.recent(Outbox.MAX_RECENT).stream().filter(mail -> mail.to().equals(email)).toList();
    }
}
