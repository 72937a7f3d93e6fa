package no.innspill.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The db-scheduler, built from the application's DataSource and every {@link Task} bean in the
 * context. We wire the core library ourselves: its Spring Boot starter (16.x) targets Boot 3.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    @Bean
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, JobsProperties properties) {
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        log.info("Background jobs: {}", tasks.stream().map(Task::getName).toList());
        // transaction-aware, so an execution scheduled inside a business transaction commits or rolls back with it
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        tasks.stream().filter(task -> !(task instanceof OnStartup)).toList())
                .startTasks(startupTasks(tasks))
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .threads(properties.threads())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .failureLogging(LogLevel.WARN, true)
                .build();
    }

    @Bean
    SchedulerLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SchedulerLifecycle(scheduler);
    }

    /** Recurring tasks schedule their first execution when the scheduler starts. */
    @SuppressWarnings("unchecked")
    private static <T extends Task<?> & OnStartup> List<T> startupTasks(List<Task<?>> tasks) {
        return tasks.stream().filter(OnStartup.class::isInstance).map(task -> (T) task).toList();
    }
}
