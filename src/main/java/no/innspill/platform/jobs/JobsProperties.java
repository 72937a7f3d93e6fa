package no.innspill.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the background jobs.
 *
 * @param pollingInterval   how often a node looks for executions that are due
 * @param heartbeatInterval how often a node marks its running executions alive; an execution whose
 *                          node has missed six heartbeats is taken as dead and run again elsewhere
 * @param threads           executions one node runs at once
 * @param shutdownMaxWait   how long shutting down waits for running executions
 */
@ConfigurationProperties("innspill.jobs")
record JobsProperties(
        @DefaultValue("2s") Duration pollingInterval,
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("30s") Duration shutdownMaxWait) {
}
