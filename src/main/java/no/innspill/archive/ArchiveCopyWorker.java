package no.innspill.archive;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import no.innspill.archive.ArchiveCopyRepository.Due;
import no.innspill.platform.jobs.ForegroundActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders the archive copies that are due, oldest first, as a db-scheduler job (one node at a time).
 * Rendering a copy costs 15–20 ms of CPU, as much as fifty submissions: while the node is storing
 * submitted responses the worker waits, so a burst of submissions is taken at full speed and the
 * copies follow when it has passed (docs/decisions.md). The copies of attached files are made when no
 * response copy is due. A copy that fails is tried again later, and
 * marked failed after {@link ArchiveProperties#maxAttempts()} attempts.
 */
@Component
record ArchiveCopyWorker(ArchiveCopyRepository repository, AttachmentArchiveCopyRepository attachmentCopies, ArchiveCopyRenderer renderer,
                         ForegroundActivity foreground, ArchiveProperties properties) {

    private static final Logger log = LoggerFactory.getLogger(ArchiveCopyWorker.class);
    private static final int MAX_ERROR_LENGTH = 500;

    /** Renders what is due until none is, the node gets busy, the run's time is up or {@code stopping}; returns how many. */
    int renderDue(BooleanSupplier stopping) {
        long end = System.nanoTime() + properties.maxRunTime().toNanos();
        int rendered = 0;
        while (!stopping.getAsBoolean() && System.nanoTime() < end) {
            List<Due> due = repository.due(properties.batchSize());
            List<AttachmentArchiveCopyRepository.Due> files = due.isEmpty() ? attachmentCopies.due(properties.batchSize()) : List.of();
            if (due.isEmpty() && files.isEmpty()) {
                break;
            }
            for (Due copy : due) {
                if (stopping.getAsBoolean() || foreground.busyWithin(properties.quiet())) {
                    return rendered;
                }
                rendered += render(copy) ? 1 : 0;
            }
            for (AttachmentArchiveCopyRepository.Due file : files) {
                if (stopping.getAsBoolean() || foreground.busyWithin(properties.quiet())) {
                    return rendered;
                }
                rendered += render(file) ? 1 : 0;
            }
        }
        return rendered;
    }

    private boolean render(Due copy) {
        try {
            repository.store(copy, renderer.render(copy));
            return true;
        } catch (RuntimeException e) {
            int attempts = copy.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            Duration delay = properties.retryDelayAfter(attempts);
            String error = describe(e);
            repository.fail(copy, error, delay, giveUp);
            if (giveUp) {
                log.error("Gave up making the archive copy of {} after {} attempts: {}", copy.documentNumber(), attempts, error, e);
            } else {
                log.warn("Making the archive copy of {} failed (attempt {}), trying again in {}: {}", copy.documentNumber(),
                        attempts, delay, error);
            }
            return false;
        }
    }

    /** An attached file's copy; the response copies come first, so a file's waits for all of those. */
    private boolean render(AttachmentArchiveCopyRepository.Due file) {
        try {
            attachmentCopies.store(file, renderer.render(file));
            return true;
        } catch (RuntimeException | OutOfMemoryError e) {
            int attempts = file.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            Duration delay = properties.retryDelayAfter(attempts);
            String error = describe(e);
            attachmentCopies.fail(file, error, delay, giveUp);
            String what = "the archive copy of attachment " + file.position() + " of " + file.documentNumber();
            if (giveUp) {
                log.error("Gave up making {} after {} attempts: {}", what, attempts, error, e);
            } else {
                log.warn("Making {} failed (attempt {}), trying again in {}: {}", what, attempts, delay, error);
            }
            return false;
        }
    }

    private static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
