package no.innspill.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Two cuts in what Modulith writes per listener invocation, measured as most of what events cost a
 * submission at load (docs/benchmarks.md):
 * <ul>
 *   <li>no "processing" mark: before each listener runs, Modulith updates its publication's status
 *       in a transaction of its own. A publication being processed then stays "published", and one not
 *       completed within the "published" staleness (2 minutes; our listeners take milliseconds) is
 *       marked failed and retried, as a stale "processing" one would be;</li>
 *   <li>the completion (the row's deletion) commits without waiting for the disk
 *       ({@link AsynchronousCommit}): lost in a crash, the event is delivered again, and listeners are
 *       idempotent.</li>
 * </ul>
 */
final class LighterRegistryWrites implements BeanPostProcessor {

    private final ObjectProvider<AsynchronousCommit> asynchronousCommit;

    LighterRegistryWrites(ObjectProvider<AsynchronousCommit> asynchronousCommit) {
        this.asynchronousCommit = asynchronousCommit;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof EventPublicationRepository repository)) {
            return bean;
        }
        return Proxy.newProxyInstance(EventPublicationRepository.class.getClassLoader(),
                new Class<?>[] {EventPublicationRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("markProcessing")) {
                        return null;
                    }
                    if (method.getName().equals("markCompleted")) {
                        asynchronousCommit.getObject().forThisTransaction();
                    }
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
