package no.innspill.analysis;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;

@Configuration(proxyBeanMethods = false)
class CampaignsConfiguration {

    static final String RUN_TASK = "campaign-runs";
    static final String RUN_TASK_BEAN = "campaignRunsTask";

    /**
     * One execution per consultation at a time, its id the consultation's id; run by platform.jobs on one node. A failed
     * run is recorded as failed (CampaignRuns), not retried: the case worker starts another.
     */
    @Bean(RUN_TASK_BEAN)
    OneTimeTask<Void> campaignRunsTask(ObjectProvider<CampaignRuns> runs) {
        return Tasks.oneTime(RUN_TASK).execute((instance, context) -> runs.getObject().run(Long.parseLong(instance.getId())));
    }
}
