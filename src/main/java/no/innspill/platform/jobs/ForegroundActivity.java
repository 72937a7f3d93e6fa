package no.innspill.platform.jobs;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * When this node last did work a person is waiting for (storing submitted responses), so that
 * background work that can wait — rendering archive copies — gives way to it instead of taking the
 * CPU from it. Per node: each node's background work yields to that node's own foreground.
 */
@Component
public class ForegroundActivity {

    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime() - Duration.ofHours(1).toNanos());

    /** Foreground work is being done now. */
    public void record() {
        lastActivity.set(System.nanoTime());
    }

    /** Whether foreground work was done within {@code quiet}: background work should wait a little. */
    public boolean busyWithin(Duration quiet) {
        return System.nanoTime() - lastActivity.get() < quiet.toNanos();
    }
}
