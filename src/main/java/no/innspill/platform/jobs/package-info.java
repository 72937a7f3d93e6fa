/**
 * Background jobs on db-scheduler, in the application's own PostgreSQL (table {@code scheduled_tasks}).
 * Every {@link com.github.kagkarlsson.scheduler.task.Task} bean of any module is a job; with several
 * application nodes on one database, each execution runs on one node. Knows no feature module.
 * {@link no.innspill.platform.jobs.ForegroundActivity} lets background work give way to foreground work.
 */
@NamedInterface("jobs")
package no.innspill.platform.jobs;

import org.springframework.modulith.NamedInterface;
