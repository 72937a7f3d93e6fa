package no.innspill.response;

import java.util.function.BooleanSupplier;
import no.innspill.document.AttachmentTexts;
import no.innspill.document.ExtractedText;
import no.innspill.document.FileLimits;
import no.innspill.platform.jobs.ForegroundActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Extracts the text of attached files that have none yet, oldest first, as a db-scheduler job (one
 * node at a time). The files are stored without text in the transaction that registers the response,
 * so the rows themselves are the queue: none is missed, also after a crash or for files stored before
 * the text was extracted (docs/decisions.md). Like the archive copies, it gives way while the node is
 * storing submitted responses. Extraction never fails on what a file holds (a file it cannot read gets
 * empty text with a note), so a file is never retried forever.
 */
@Component
class AttachmentTextWorker {

    private static final Logger log = LoggerFactory.getLogger(AttachmentTextWorker.class);
    private static final int BATCH = 10;
    private static final java.time.Duration QUIET = java.time.Duration.ofMillis(500);

    private record Due(long responseId, int position, String format, String name) {
    }

    private final JdbcClient jdbc;
    private final ForegroundActivity foreground;
    private final FileLimits limits;

    AttachmentTextWorker(JdbcClient jdbc, ForegroundActivity foreground, AttachmentProperties properties) {
        this.jdbc = jdbc;
        this.foreground = foreground;
        this.limits = properties.fileLimits();
    }

    /** Extracts until none is due, the node gets busy or {@code stopping}; returns how many. */
    int extractDue(BooleanSupplier stopping) {
        int done = 0;
        while (!stopping.getAsBoolean()) {
            var due = jdbc.sql("select response_id, position, format, name from response_attachment where text_extracted_at is null"
                            + " order by response_id, position limit ?")
                    .param(BATCH)
                    .query((rs, row) -> new Due(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list();
            if (due.isEmpty()) {
                return done;
            }
            for (Due file : due) {
                if (stopping.getAsBoolean() || foreground.busyWithin(QUIET)) {
                    return done;
                }
                extract(file);
                done++;
            }
        }
        return done;
    }

    private void extract(Due file) {
        byte[] content = jdbc.sql("select content from response_attachment where response_id = ? and position = ?")
                .params(file.responseId(), file.position()).query(byte[].class).single();
        ExtractedText text;
        try {
            text = AttachmentTexts.extract(content, no.innspill.document.DocumentFormat.fromJson(file.format()), limits);
        } catch (RuntimeException | OutOfMemoryError e) {
            // a file that breaks the reader itself must not stay first in the queue and stop every file behind it
            log.warn("Could not read the text of attachment {} of response {} ({})", file.position(), file.responseId(), file.name(), e);
            text = new ExtractedText("", ExtractedText.NONE, java.util.List.of(ExtractedText.UNREADABLE));
        }
        if (!text.notes().isEmpty()) {
            log.info("Text of attachment {} of response {} ({}): {}", file.position(), file.responseId(), file.name(), text.notes());
        }
        jdbc.sql("""
                        update response_attachment set text = ?, text_method = ?, text_notes = ?, text_extracted_at = now()
                         where response_id = ? and position = ? and text_extracted_at is null""")
                .params(text.text(), text.method(), text.notes().toArray(String[]::new), file.responseId(), file.position())
                .update();
    }
}
