package no.innspill.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;

/**
 * For {@link EventsSurviveKillIT} only (profile {@code hold-event-listeners}, in a process of its own):
 * every event listener's task, once handed to the executor after its transaction committed, notes
 * itself in a file and then waits forever, so the test can kill the process at the worst moment —
 * the response stored with its publications, no listener done.
 */
@Configuration(proxyBeanMethods = false)
@Profile("hold-event-listeners")
class HoldEventListeners {

    @Bean
    TaskDecorator holdEveryListener(Environment environment) {
        Path notes = Path.of(environment.getRequiredProperty("innspill.test.held-listeners"));
        return task -> () -> {
            try {
                Files.writeString(notes, "held\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
