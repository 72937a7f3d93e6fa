package no.innspill.analysis;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks for a suggestion run ("Foreslå temaer") and tells how the latest one went. */
@Service
class ThemeRuns {

    private final ThemeRunStore runs;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;

    ThemeRuns(ThemeRunStore runs, SchedulerClient scheduler, @org.springframework.beans.factory.annotation.Qualifier("themeSuggestionTask") OneTimeTask<Void> themeSuggestionTask) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.task = themeSuggestionTask;
    }

    /** Asks for a run; one already waiting or under way sees this request too (it runs again when it finishes). */
    @Transactional
    ThemeRunStore.Run request(Consultation consultation, String staff) {
        runs.request(consultation.id(), staff);
        scheduler.scheduleIfNotExists(task.instance(consultation.slug()), Instant.now());
        return runs.find(consultation.id()).orElseThrow();
    }

    Optional<ThemeRunStore.Run> latest(Consultation consultation) {
        return runs.find(consultation.id());
    }
}
