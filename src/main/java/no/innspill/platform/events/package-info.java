/**
 * The plumbing of events between modules: Spring Modulith's JDBC event publication registry (table
 * {@code event_publication}), the executor that runs listeners after the publishing transaction
 * commits, and the job that runs again what failed or was cut short by a crash. A module publishes
 * past-tense events with Spring's {@code ApplicationEventPublisher} and listens with
 * {@code @ApplicationModuleListener(id = "module.what")}; an explicit, stable id, since the registry
 * stores it with every outstanding publication. A listener's transaction may commit asynchronously
 * ({@link no.innspill.platform.events.AsynchronousCommit}).
 */
@NamedInterface("events")
package no.innspill.platform.events;

import org.springframework.modulith.NamedInterface;
