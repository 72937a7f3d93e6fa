package no.innspill.consultation;

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
 * Turns time into {@link ConsultationDeadlinePassed}: every hour (Modulith's moments) and once at
 * start, for deadlines passed while the application was down. Each consultation is marked in the
 * same transaction that publishes its event, so with several nodes one of them announces it, once.
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ConsultationRepository repository;
    private final ApplicationEventPublisher events;
    private final Now now;

    DeadlineWatch(ConsultationRepository repository, ApplicationEventPublisher events, Now now) {
        this.repository = repository;
        this.events = events;
        this.now = now;
    }

    @EventListener({HourHasPassed.class, ApplicationReadyEvent.class})
    @Transactional
    public void announcePassedDeadlines() {
        for (Consultation consultation : repository.markDeadlinesPassed(now.instant())) {
            log.info("The deadline of consultation {} has passed", consultation.caseNumber());
            events.publishEvent(new ConsultationDeadlinePassed(consultation.id(), consultation.caseNumber(), consultation.deadline()));
        }
    }
}
