package no.innspill.platform.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfiguration {

    static final String RETRY_TASK = "event-retries";

    @Bean
    static LighterRegistryWrites lighterRegistryWrites(org.springframework.beans.factory.ObjectProvider<AsynchronousCommit> commits) {
        return new LighterRegistryWrites(commits);
    }

    /** Run by platform.jobs on one node at a time. */
    @Bean
    RecurringTask<Void> eventRetriesTask(EventRetries retries, EventsProperties properties) {
        return Tasks.recurring(RETRY_TASK, Schedules.fixedDelay(properties.retryInterval()))
                .execute((instance, context) -> retries.resubmitDue());
    }
}
