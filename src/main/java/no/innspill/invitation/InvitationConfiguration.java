package no.innspill.invitation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvitationProperties.class)
class InvitationConfiguration {

    static final String REMINDER_TASK = "invitation-reminders";

    /** Run by platform.jobs on one node at a time; the per-invitee claim keeps it once even if two ran. */
    @Bean
    RecurringTask<Void> invitationRemindersTask(Invitations invitations, InvitationProperties properties) {
        return Tasks.recurring(REMINDER_TASK, Schedules.fixedDelay(properties.reminderInterval()))
                .execute((instance, context) -> invitations.sendDueReminders(Instant.now()));
    }
}
