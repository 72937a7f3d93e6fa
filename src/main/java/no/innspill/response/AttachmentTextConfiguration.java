package no.innspill.response;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AttachmentTextConfiguration {

    static final String TEXT_TASK = "attachment-texts";

    /** Run by platform.jobs on one node at a time, among the nodes that do background work ({@code innspill.archive.render}). */
    @Bean
    @ConditionalOnBooleanProperty(name = "innspill.archive.render", matchIfMissing = true)
    RecurringTask<Void> attachmentTextsTask(AttachmentTextWorker worker) {
        return Tasks.recurring(TEXT_TASK, Schedules.fixedDelay(Duration.ofSeconds(2)))
                .execute((instance, context) -> worker.extractDue(() -> context.getSchedulerState().isShuttingDown()));
    }
}
