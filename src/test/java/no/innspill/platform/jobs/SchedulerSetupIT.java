package no.innspill.platform.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import no.innspill.InnspillApplication;
import no.innspill.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The db-scheduler set-up: every Task bean becomes a job, started when the application is ready and stopped on shutdown. */
@IntegrationTest
class SchedulerSetupIT {

    private static final AtomicInteger TICKS = new AtomicInteger();

    @Autowired
    Scheduler scheduler;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    /** A job of a second node; not a @Configuration, so neither component scanning nor this test's context picks it up. */
    static class TickJob {

        @Bean
        RecurringTask<Void> tickTask() {
            return Tasks.recurring("jobs-test-tick", Schedules.fixedDelay(Duration.ofMillis(100)))
                    .execute((instance, context) -> TICKS.incrementAndGet());
        }
    }

    @Test
    void the_scheduler_runs_with_the_task_beans_of_the_modules() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(jdbc.sql("select task_name from scheduled_tasks").query(String.class).list()).contains("mail-delivery");
    }

    @Test
    void a_node_runs_its_jobs_once_ready_and_stops_them_before_its_database_pool_closes() {
        Scheduler second;
        HikariDataSource secondPool;
        // arguments, not default properties: application.yaml's server.port would override those
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(InnspillApplication.class, TickJob.class)
                .run("--server.port=0",
                        "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                        "--spring.datasource.username=" + dataSource.getUsername(),
                        "--spring.datasource.password=",
                        "--innspill.jobs.polling-interval=100ms")) {
            second = node.getBean(Scheduler.class);
            secondPool = node.getBean(HikariDataSource.class);
            assertThat(second.getSchedulerState().isStarted()).isTrue();
            int before = TICKS.get();
            await("the second node's job to run three times", () -> TICKS.get() >= before + 3);
        }
        assertThat(second.getSchedulerState().isShuttingDown()).isTrue();
        assertThat(secondPool.isClosed()).isTrue();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'jobs-test-tick' and picked")
                .query(Integer.class).single()).as("no execution left picked by the stopped node").isZero();
    }

    @Test
    void the_jobs_set_up_knows_no_feature_module() {
        classes().that().resideInAPackage("no.innspill.platform.jobs..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..",
                        "org.springframework..", "org.slf4j..", "com.github.kagkarlsson.scheduler..",
                        "no.innspill.platform..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("no.innspill.platform.jobs"));
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited 30 s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
