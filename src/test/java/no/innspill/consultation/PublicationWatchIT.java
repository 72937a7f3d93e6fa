package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import no.innspill.platform.DateFormats;
import no.innspill.testing.ModuleTestDatabase;
import no.innspill.testing.RecordedEvents;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.moments.support.Now;
import org.springframework.modulith.moments.support.TimeMachine;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/** A scheduled consultation opens by itself when its publication date begins (time moved by Modulith's TimeMachine), once. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
@TestPropertySource(properties = "spring.modulith.moments.enable-time-machine=true")
@Import(RecordedEvents.class)
class PublicationWatchIT {

    private final Consultations consultations;
    private final TimeMachine timeMachine;
    private final RecordedEvents events;
    private final PublicationWatch watch;
    private final Now now;

    PublicationWatchIT(Consultations consultations, TimeMachine timeMachine, RecordedEvents events, PublicationWatch watch, Now now) {
        this.consultations = consultations;
        this.timeMachine = timeMachine;
        this.events = events;
        this.watch = watch;
        this.now = now;
    }

    /** Today as the watch sees it: another test of this context may have moved time on already. */
    private LocalDate today() {
        return now.instant().atZone(DateFormats.OSLO).toLocalDate();
    }

    @Test
    void a_scheduled_consultation_opens_on_its_date_and_one_due_later_waits(Scenario scenario) {
        LocalDate today = today();
        Consultation tomorrow = scheduled(today.plusDays(1));
        Consultation later = scheduled(today.plusDays(30));

        watch.openScheduled(); // today: neither is due
        assertThat(status(tomorrow)).isEqualTo(ConsultationStatus.SCHEDULED);

        scenario.stimulate(() -> timeMachine.shiftBy(Duration.ofDays(2)))
                .andWaitForEventOfType(ConsultationOpened.class)
                .matching(event -> event.caseNumber().equals(tomorrow.caseNumber()))
                .toArriveAndVerify(event -> assertThat(event.consultationId()).isEqualTo(tomorrow.id()));
        assertThat(status(tomorrow)).isEqualTo(ConsultationStatus.OPEN);
        assertThat(consultations.changes(consultations.getById(tomorrow.id())).get(0))
                .satisfies(change -> assertThat(change.changedBy()).isEqualTo(PublicationWatch.SCHEDULER))
                .satisfies(change -> assertThat(change.newValue()).isEqualTo("open"));
        assertThat(status(later)).isEqualTo(ConsultationStatus.SCHEDULED);

        timeMachine.shiftBy(Duration.ofHours(3)); // more hours pass: opened already, nothing new
        watch.openScheduled();
        assertThat(events.ofType(ConsultationOpened.class).stream().filter(event -> event.caseNumber().equals(tomorrow.caseNumber())))
                .hasSize(1);
    }

    @Test
    void a_consultation_taken_back_to_a_draft_does_not_open_by_itself() {
        Consultation draft = scheduled(today().plusDays(1));
        consultations.unschedule(draft.slug(), "test");

        timeMachine.shiftBy(Duration.ofDays(2));
        watch.openScheduled();

        assertThat(status(draft)).isEqualTo(ConsultationStatus.DRAFT);
    }

    private Consultation scheduled(LocalDate publicationDate) {
        Consultation draft = consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30"));
        ConsultationDetails d = ConsultationDetails.of(draft);
        consultations.changeDetails(draft.slug(), new ConsultationDetails(d.caseNumber(), d.title(), d.owner(), null, null, null,
                d.responseEmail(), null, publicationDate.toString(), null, null, null, null, null), null, "test");
        return consultations.schedule(draft.slug(), "test");
    }

    private ConsultationStatus status(Consultation consultation) {
        return consultations.getById(consultation.id()).status();
    }
}
