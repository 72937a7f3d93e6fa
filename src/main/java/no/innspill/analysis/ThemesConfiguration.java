package no.innspill.analysis;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ThemesConfiguration {

    static final String SUGGESTION_TASK = "theme-suggestions";

    /** One execution per consultation at a time (its slug is the instance id), on whichever node picks it. */
    @Bean
    OneTimeTask<Void> themeSuggestionTask(ThemeSuggestionJob job) {
        return Tasks.oneTime(SUGGESTION_TASK).execute((instance, context) -> job.run(instance.getId()));
    }
}
