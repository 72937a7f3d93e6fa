package no.innspill.consultation;

import java.time.Instant;
import no.innspill.platform.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.moments.HourHasPassed;
import org.springframework.modulith.moments.support.Now;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens scheduled consultations when their publication date begins (Europe/Oslo): every hour, so on
 * the stroke of midnight, and once at start for a date reached while the application was down. Each
 * is opened by the update that finds it, in the transaction that publishes {@link ConsultationOpened},
 * so with several nodes one of them opens it, once. One whose deadline passed while it waited stays
 * scheduled for a case worker to see on the overview.
 */
@Component
class PublicationWatch {

    private static final Logger log = LoggerFactory.getLogger(PublicationWatch.class);
    static final String SCHEDULER = "publication";

    private final ConsultationRepository repository;
    private final ApplicationEventPublisher events;
    private final Now now;

    PublicationWatch(ConsultationRepository repository, ApplicationEventPublisher events, Now now) {
        this.repository = repository;
        this.events = events;
        this.now = now;
    }

    @EventListener({HourHasPassed.class, ApplicationReadyEvent.class})
    @Transactional
    public void openScheduled() {
        Instant instant = now.instant();
        for (Consultation consultation : repository.openScheduled(instant.atZone(DateFormats.OSLO).toLocalDate(), instant)) {
            log.info("Consultation {} opened on its publication date {}", consultation.caseNumber(), consultation.publicationDate());
            repository.logChange(consultation.id(), SCHEDULER, "status", ConsultationStatus.SCHEDULED.dbValue(),
                    ConsultationStatus.OPEN.dbValue(), null);
            events.publishEvent(new ConsultationOpened(consultation.id(), consultation.caseNumber()));
        }
    }
}
