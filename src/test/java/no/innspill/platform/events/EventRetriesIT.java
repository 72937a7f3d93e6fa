package no.innspill.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.innspill.testing.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * A listener that throws is run again by the retry job until it succeeds; its publication is then
 * deleted (completion mode delete), so the registry holds only what is still to do.
 */
@ApplicationModuleTest
@ModuleTestDatabase
@TestPropertySource(properties = {"innspill.events.retry-interval=300ms", "innspill.events.first-retry-delay=0s"})
@Import(EventRetriesIT.Listeners.class)
class EventRetriesIT {

    /** An event of the test's own. */
    record Ping(String id) {
    }

    /** Fails the first two times it is called for an event. A proxy (async, transactional): read it through its methods. */
    static class FlakyListener {

        private final AtomicInteger calls = new AtomicInteger();
        private final Set<String> done = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener(id = "test.flaky")
        void on(Ping ping) {
            if (calls.incrementAndGet() <= 2) {
                throw new IllegalStateException("not yet (" + calls.get() + ")");
            }
            done.add(ping.id());
        }

        public int calls() {
            return calls.get();
        }

        public boolean isDone(String id) {
            return done.contains(id);
        }
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    private final FlakyListener listener;
    private final JdbcClient jdbc;

    EventRetriesIT(FlakyListener listener, JdbcClient jdbc) {
        this.listener = listener;
        this.jdbc = jdbc;
    }

    @Test
    void a_failing_listener_is_run_again_until_it_succeeds(Scenario scenario) {
        scenario.publish(new Ping("p1"))
                .andWaitForStateChange(() -> listener.isDone("p1"))
                .andVerify(done -> assertThat(listener.calls()).isEqualTo(3));
        scenario.stimulate(() -> "p1")
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from event_publication where listener_id = 'test.flaky'")
                        .query(Integer.class).single(), remaining -> remaining == 0)
                .andVerify(remaining -> assertThat(remaining).isZero());
    }
}
