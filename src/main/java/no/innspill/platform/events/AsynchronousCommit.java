package no.innspill.platform.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets an event listener's transaction commit without waiting for PostgreSQL to write it to disk
 * ({@code synchronous_commit = off} for that transaction only). On this kind of disk a commit costs
 * as much as a whole small insert, and a listener runs once per batch of registered responses.
 *
 * <p>Safe for a listener of a registered event, and only there: should the machine crash before the
 * write reaches the disk, the listener's work and the completion of its publication (which commits
 * after it, so later in PostgreSQL's write-ahead log) are lost together, the publication is still
 * outstanding in the registry, and the event is delivered again. Listeners are idempotent. What
 * publishes the event commits as usual, so the event itself is never lost.
 */
@Component
public class AsynchronousCommit {

    private final JdbcTemplate jdbc;

    AsynchronousCommit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Call first in a listener's transaction. */
    public void forThisTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("set local synchronous_commit to off");
        }
    }
}
