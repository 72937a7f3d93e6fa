package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import no.innspill.testing.ModuleTestDatabase;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.moments.support.TimeMachine;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import no.innspill.testing.RecordedEvents;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** The consultation's lifecycle as events: opened, closed, and its deadline passing (time moved by Modulith's TimeMachine). */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
@TestPropertySource(properties = "spring.modulith.moments.enable-time-machine=true")
@Import(RecordedEvents.class)
class ConsultationEventsIT {

    private final Consultations consultations;
    private final TimeMachine timeMachine;
    private final RecordedEvents events;

    ConsultationEventsIT(Consultations consultations, TimeMachine timeMachine, RecordedEvents events) {
        this.consultations = consultations;
        this.timeMachine = timeMachine;
        this.events = events;
    }

    @Test
    void opening_and_closing_are_published(Scenario scenario) {
        String caseNumber = TestForms.newCaseNumber();
        Consultation draft = consultations.create(TestForms.yaml(caseNumber, "2099-06-30"));

        scenario.stimulate(() -> consultations.open(draft.slug(), "test"))
                .andWaitForEventOfType(ConsultationOpened.class)
                .matching(event -> event.caseNumber().equals(caseNumber))
                .toArriveAndVerify(event -> assertThat(event.consultationId()).isEqualTo(draft.id()));
        scenario.stimulate(() -> consultations.close(draft.slug(), "test"))
                .andWaitForEventOfType(ConsultationClosed.class)
                .matching(event -> event.caseNumber().equals(caseNumber))
                .toArrive();
    }

    @Test
    void the_deadline_passing_is_published_once_for_an_open_consultation(Scenario scenario) {
        String caseNumber = TestForms.newCaseNumber();
        String tomorrow = LocalDate.now(no.innspill.platform.DateFormats.OSLO).plusDays(1).toString();
        Consultation consultation = consultations.create(TestForms.yaml(caseNumber, tomorrow));
        consultations.open(consultation.slug(), "test");

        scenario.stimulate(() -> timeMachine.shiftBy(Duration.ofDays(2)))
                .andWaitForEventOfType(ConsultationDeadlinePassed.class)
                .matching(event -> event.caseNumber().equals(caseNumber))
                .toArriveAndVerify(event -> assertThat(event.deadline()).isEqualTo(consultations.getBySlug(consultation.slug()).deadline()));

        timeMachine.shiftBy(Duration.ofHours(3)); // more hours pass: announced already, nothing new
        assertThat(events.ofType(ConsultationDeadlinePassed.class).stream().filter(event -> event.caseNumber().equals(caseNumber)))
                .hasSize(1);
    }
}
