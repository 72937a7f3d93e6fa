package no.innspill.archive;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
class ArchiveConfiguration {

    static final String RENDER_TASK = "archive-copies";

    /**
     * Run by platform.jobs on one node at a time, among the nodes that render
     * ({@code innspill.archive.render}, default true): with several nodes, some may leave it to others.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "innspill.archive.render", matchIfMissing = true)
    RecurringTask<Void> archiveCopiesTask(ArchiveCopyWorker worker, ArchiveProperties properties) {
        return Tasks.recurring(RENDER_TASK, Schedules.fixedDelay(properties.pollInterval()))
                .execute((instance, context) -> worker.renderDue(() -> context.getSchedulerState().isShuttingDown()));
    }
}
