package no.innspill.intake.mailbox;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItems;
import no.innspill.intake.IntakeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The watched mailbox, only with {@code innspill.intake.imap.enabled=true}: a db-scheduler job that polls it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("innspill.intake.imap.enabled")
class MailboxConfiguration {

    static final String POLL_TASK = "intake-mailbox";

    @Bean
    MailboxPoller mailboxPoller(IntakeProperties properties, Consultations consultations, IntakeItems items) {
        return new MailboxPoller(properties.imap(), consultations, items);
    }

    /** Run by platform.jobs on one node at a time; a failed run is logged and the next comes after the interval. */
    @Bean
    RecurringTask<Void> mailboxPollTask(MailboxPoller poller, IntakeProperties properties) {
        return Tasks.recurring(POLL_TASK, Schedules.fixedDelay(properties.imap().pollInterval()))
                .execute((instance, context) -> poller.poll());
    }
}
