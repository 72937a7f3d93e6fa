package no.innspill.mail;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition, looking again every 50 ms, and fails with the last value seen after a timeout. */
final class Poll {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Poll() {
    }

    static <T> T until(String what, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + TIMEOUT.toSeconds() + " s for " + what + "; last saw " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
            value = probe.get();
        }
        return value;
    }
}
