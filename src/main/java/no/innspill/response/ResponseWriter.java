package no.innspill.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.innspill.platform.ConflictException;
import no.innspill.response.ResponseRepository.Keyed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.innspill.platform.jobs.ForegroundActivity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores responses and gives them their document numbers, in batches.
 *
 * <p>Numbers must be gapless and unique across nodes, so each case has one counter row that the
 * numbering transaction locks. Were every request its own transaction, commits in a case would
 * queue on that lock one disk flush at a time. Instead one writer thread per node takes every
 * response waiting, and stores a whole batch under one lock and one commit: the lock is taken
 * once per batch, not per response (docs/decisions.md). A caller learns its number only after the
 * commit, so a number handed out is never lost, and a failed batch is retried one by one so one
 * bad row cannot sink the others. The responses stored are announced as {@link ResponsesRegistered} in
 * the same transaction, so their side effects (receipt, archive copy, …) are stored with them.
 */
@Component
class ResponseWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ResponseWriter.class);
    private static final int MAX_BATCH = 256;
    private static final long WAIT_SECONDS = 60;

    private final ResponseRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ForegroundActivity activity;
    private final Attachments attachments;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    private Thread thread;

    ResponseWriter(ResponseRepository repository, TransactionTemplate transactions, ApplicationEventPublisher events,
                   ForegroundActivity activity, Attachments attachments) {
        this.attachments = attachments;
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.activity = activity;
    }

    /** A response to store; the document number is left out until the writer assigns it. */
    record NewResponse(long consultationId, String caseNumber, int formVersion, Respondent respondent,
                       Map<String, no.innspill.form.Answer> answers, Channel channel, ResponseSource source, Instant receivedAt,
                       boolean late, String idempotencyKey, String requestHash, String language, String answersJson,
                       List<Attachment> attachments, boolean noComments, Publication publication, Integer revises) {

        NewResponse {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            publication = publication == null ? Publication.DEFAULT : publication;
        }
    }

    /** What became of a response: stored now, or found stored before under the same idempotency key. */
    record Written(StoredResponse response, boolean replayed, String storedRequestHash) {
    }

    /**
     * A response waiting for the writer. A class, not a record: the writer keys its results by it, and
     * a record's hash would run over every answer of every response in the batch.
     */
    private static final class Pending {

        private final NewResponse response;
        private final CompletableFuture<Written> result = new CompletableFuture<>();

        Pending(NewResponse response) {
            this.response = response;
        }

        NewResponse response() {
            return response;
        }

        CompletableFuture<Written> result() {
            return result;
        }
    }

    Written write(NewResponse response) {
        if (!running) {
            throw new WriterUnavailableException("Innspill is shutting down; send the response again shortly");
        }
        Pending pending = new Pending(response);
        try {
            if (!queue.offer(pending, 5, TimeUnit.SECONDS)) {
                throw new WriterUnavailableException("Innspill is receiving more responses than it can store just now; try again shortly");
            }
            return pending.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterUnavailableException("Interrupted while storing the response");
        } catch (TimeoutException e) {
            throw new WriterUnavailableException("Storing the response took too long; send it again with the same Idempotency-Key");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                activity.record();
                Map<Long, List<Pending>> byCase = new LinkedHashMap<>();
                batch.forEach(p -> byCase.computeIfAbsent(p.response().consultationId(), id -> new ArrayList<>()).add(p));
                byCase.values().forEach(this::writeWithFallback);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Response writer failed on a batch", e);
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void writeWithFallback(List<Pending> group) {
        try {
            complete(writeBatch(group));
        } catch (RuntimeException batchFailure) {
            if (group.size() == 1) {
                if (batchFailure instanceof ConflictException) { // a revision of what another revision replaced just before
                    log.info("Storing a response was refused: {}", batchFailure.getMessage());
                } else {
                    log.error("Storing a response failed", batchFailure);
                }
                group.get(0).result().completeExceptionally(batchFailure);
                return;
            }
            log.warn("Storing a batch of {} responses failed ({}); storing them one by one", group.size(), batchFailure.toString());
            for (Pending pending : group) {
                writeWithFallback(List.of(pending));
            }
        }
    }

    /** One transaction: lock the counter, skip what was stored before, number and insert the rest. */
    private Map<Pending, Written> writeBatch(List<Pending> group) {
        return transactions.execute(status -> {
            long consultationId = group.get(0).response().consultationId();
            String caseNumber = group.get(0).response().caseNumber();
            // without idempotency keys every response in the batch gets a number: reserve them all in
            // one statement; with keys, lock first and count what was stored before
            boolean anyKeys = group.stream().anyMatch(p -> p.response().idempotencyKey() != null);
            int last = anyKeys ? repository.lockCounter(consultationId)
                    : repository.reserveNumbers(consultationId, group.size()) - group.size();
            Map<String, Keyed> existing = repository.findByIdempotencyKeys(consultationId, group.stream()
                    .map(p -> p.response().idempotencyKey()).filter(k -> k != null).distinct().toList());

            Map<Pending, Written> results = new LinkedHashMap<>();
            Map<String, Keyed> storedNow = new HashMap<>();
            List<Keyed> rows = new ArrayList<>();
            Instant now = Instant.now();
            for (Pending pending : group) {
                NewResponse r = pending.response();
                String key = r.idempotencyKey();
                Keyed before = key == null ? null : existing.getOrDefault(key, storedNow.get(key));
                if (before != null) {
                    results.put(pending, new Written(before.response(), true, before.requestHash()));
                    continue;
                }
                int number = ++last;
                var stored = new StoredResponse(consultationId, number, caseNumber + "-" + number, r.formVersion(), r.respondent(),
                        r.answers(), r.channel(), r.source(), r.receivedAt(), now, r.late(), Tokens.newToken(), r.noComments(),
                        r.publication(), r.revises(), null);
                Keyed row = new Keyed(stored, key, r.requestHash(), r.answersJson());
                rows.add(row);
                if (key != null) {
                    storedNow.put(key, row);
                }
                results.put(pending, new Written(stored, false, r.requestHash()));
            }
            if (!rows.isEmpty()) {
                repository.insertAll(rows);
                if (anyKeys) {
                    repository.setCounter(consultationId, last);
                }
                List<ResponseRevised> revisions = supersede(consultationId, caseNumber, rows);
                results.forEach((pending, written) -> {
                    if (!written.replayed() && !pending.response().attachments().isEmpty()) {
                        attachments.store(consultationId, written.response().sequenceNumber(), pending.response().attachments());
                    }
                });
                // announced in this same transaction: stored responses ⇔ their side effects on their way
                List<ResponsesRegistered.Registration> registered = new ArrayList<>();
                results.forEach((pending, written) -> {
                    if (!written.replayed()) {
                        registered.add(registration(written.response(), pending.response()));
                    }
                });
                events.publishEvent(new ResponsesRegistered(consultationId, caseNumber, registered));
                revisions.forEach(events::publishEvent);
            }
            return results;
        });
    }

    /**
     * Marks the responses the new revisions replace, in the numbering transaction: a response is superseded once,
     * so a second revision of it (another request a moment before) fails the batch, and alone, the request.
     */
    private List<ResponseRevised> supersede(long consultationId, String caseNumber, List<Keyed> rows) {
        List<ResponseRevised> revisions = new ArrayList<>();
        for (Keyed row : rows) {
            StoredResponse revision = row.response();
            if (revision.revises() == null) {
                continue;
            }
            if (!repository.markSuperseded(consultationId, revision.revises(), revision.sequenceNumber())) {
                StoredResponse earlier = repository.findOne(consultationId, revision.revises()).orElseThrow();
                StoredResponse latest = earlier;
                while (latest.isSuperseded()) {
                    latest = repository.findOne(consultationId, latest.supersededBy()).orElseThrow();
                }
                throw new ResponseAlreadyRevisedException(earlier, latest);
            }
            revisions.add(new ResponseRevised(consultationId, caseNumber, revision.revises(), revision.revisesDocumentNumber(),
                    revision.sequenceNumber(), revision.documentNumber()));
        }
        return revisions;
    }

    private static ResponsesRegistered.Registration registration(StoredResponse response, NewResponse submitted) {
        return new ResponsesRegistered.Registration(response.sequenceNumber(), response.documentNumber(), response.channel(),
                response.source(), response.respondent().email() != null, submitted.language(),
                response.respondent().organisationNumber(), response.respondent().email());
    }

    private static void complete(Map<Pending, Written> results) {
        results.forEach((pending, written) -> pending.result().complete(written));
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "response-writer");
        thread.start();
    }

    @Override
    public void stop() {
        running = false; // the loop drains what is queued, then ends
        try {
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the web server has stopped taking requests, so queued responses are still stored. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
