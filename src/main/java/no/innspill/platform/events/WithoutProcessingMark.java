package no.innspill.platform.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Leaves out Modulith's "processing" mark: before each listener runs, Modulith updates its
 * publication's status in a transaction of its own, and then deletes the row in another when the
 * listener is done. The mark cost a transaction per event, a tenth of a submission's whole cost at
 * load (docs/benchmarks.md), and tells nothing our staleness settings need: a publication being
 * processed stays "published", and one not completed within the "published" staleness (2 minutes;
 * our listeners take milliseconds) is marked failed and retried, as a stale "processing" one would be.
 */
final class WithoutProcessingMark implements BeanPostProcessor {

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
                    try {
                        return method.invoke(repository, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
