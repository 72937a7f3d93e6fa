package no.innspill.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/**
 * Every event of Innspill's own published in the test's context, on any thread. Modulith's
 * {@code Scenario} sees only events published on the test's thread, and responses are numbered and
 * announced on the response writer's thread. Import it with {@code @Import(RecordedEvents.class)}.
 */
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void record(Object event) {
        if (event.getClass().getName().startsWith("no.innspill.")) {
            events.add(event);
        }
    }

    public <T> List<T> ofType(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
