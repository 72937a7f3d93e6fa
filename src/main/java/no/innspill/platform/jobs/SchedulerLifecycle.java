package no.innspill.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the scheduler when the application is ready (migrated, every bean in place), and stops it
 * first on shutdown: lifecycle beans stop before any bean is destroyed, so running executions end
 * while the database pool is still open.
 */
class SchedulerLifecycle implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

    private final Scheduler scheduler;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (!running) {
            scheduler.start();
            running = true;
        }
    }

    /** Nothing yet: the scheduler starts once the application is ready. */
    @Override
    public void start() {
    }

    @Override
    public synchronized void stop() {
        if (running) {
            running = false;
            scheduler.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The highest phase stops first: before the web server and the response writer. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
