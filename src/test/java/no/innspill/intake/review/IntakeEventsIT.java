package no.innspill.intake.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.response.Channel;
import no.innspill.response.Respondent;
import no.innspill.response.RespondentKind;
import no.innspill.response.ResponsesRegistered;
import no.innspill.response.ResponseSubmission;
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
 * Confirming an intake item registers a response that names the item as its source; the item is
 * marked registered when the response module announces it ({@code ResponsesRegistered}).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
@Import(RecordedEvents.class)
class IntakeEventsIT {

    private final Consultations consultations;
    private final IntakeItems items;
    private final ConfirmIntake confirmIntake;
    private final RecordedEvents events;
    private Consultation consultation;

    IntakeEventsIT(Consultations consultations, IntakeItems items, ConfirmIntake confirmIntake, RecordedEvents events) {
        this.consultations = consultations;
        this.items = items;
        this.confirmIntake = confirmIntake;
        this.events = events;
    }

    @BeforeAll
    void openAConsultation() {
        consultation = consultations.open(consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30")).slug(), "test");
    }

    @Test
    void a_confirmed_item_is_marked_registered_by_the_response_registered_event(Scenario scenario) {
        IntakeItem item = items.upload(consultation, "brev.pdf", IntakeFixtures.plainPdf("Vi støtter forslaget.")).item();
        var submission = new ResponseSubmission(new Respondent("Bergen kommune", RespondentKind.ORGANISATION, null, null),
                Map.of("q2", new Answer(null, "Vi støtter forslaget.")));

        scenario.stimulate(() -> confirmIntake.confirm(consultation, item, submission, Channel.PAPER, Instant.now()))
                .andWaitForStateChange(() -> items.get(consultation, item.id()).status(), status -> status == IntakeItem.Status.REGISTERED)
                .andVerify((status, documentNumber) -> {
                    assertThat(items.get(consultation, item.id()).documentNumber()).isEqualTo(documentNumber);
                    assertThat(events.ofType(ResponsesRegistered.class).stream().flatMap(event -> event.responses().stream()))
                            .filteredOn(response -> response.documentNumber().equals(documentNumber))
                            .singleElement().satisfies(response -> assertThat(response.source().reference()).isEqualTo(Long.toString(item.id())));
                });
    }

    @Test
    void confirming_twice_registers_one_response() {
        IntakeItem item = items.upload(consultation, "to-ganger.pdf", IntakeFixtures.plainPdf("To klikk.")).item();
        var submission = new ResponseSubmission(new Respondent("Trondheim kommune", RespondentKind.ORGANISATION, null, null),
                Map.of("q2", new Answer(null, "To klikk.")));

        String first = confirmIntake.confirm(consultation, item, submission, Channel.EMAIL, Instant.now());
        String second = confirmIntake.confirm(consultation, item, submission, Channel.EMAIL, Instant.now());

        assertThat(second).isEqualTo(first);
    }
}
