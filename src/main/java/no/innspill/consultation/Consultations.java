package no.innspill.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.platform.ConflictException;
import no.innspill.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The consultation module's API: find consultations, create them from YAML, open and close them. */
@Service
public class Consultations {

    /**
     * Consultations by slug, kept for a second: every submission looks its consultation up, and
     * that read cost as much as the insert (docs/benchmarks.md). Changes made on this node clear it
     * at once; another node's change (closing, a new deadline) is seen within the second.
     */
    private static final long CACHE_NANOS = 1_000_000_000L;
    private record Cached(long until, Optional<Consultation> value) {
    }
    private final Map<String, Cached> bySlug = new ConcurrentHashMap<>();
    private final ConsultationRepository repository;

    Consultations(ConsultationRepository repository) {
        this.repository = repository;
    }

    /** Forgets cached consultations now and again when the change commits, so no reader keeps the old state. */
    private void evictAfterCommit() {
        bySlug.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bySlug.clear();
                }
            });
        }
    }

    public List<Consultation> all() {
        return repository.findAll();
    }

    public Optional<Consultation> findBySlug(String slug) {
        if (slug == null || !slug.matches("\\d{2}-\\d{1,6}")) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Cached cached = bySlug.get(slug);
        if (cached != null && now - cached.until() < 0) {
            return cached.value();
        }
        Optional<Consultation> value = repository.findByCaseNumber(slug.replace('-', '/'));
        if (value.isPresent()) { // never remember an absence: it may be created in the next instant
            bySlug.put(slug, new Cached(now + CACHE_NANOS, value));
        }
        return value;
    }

    public Optional<Consultation> findById(long id) {
        return repository.findById(id);
    }

    public Consultation getBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
    }

    /** Creates a draft from a YAML definition, with the definition's deadline. */
    @Transactional
    public Consultation create(String yaml) {
        FormDefinition form = FormDefinitions.parse(yaml);
        evictAfterCommit();
        return repository.insert(yaml, form, ConsultationStatus.DRAFT, form.deadlineInstant())
                .orElseThrow(() -> new ConflictException("Case number taken",
                        "A consultation with case number " + form.caseNumber() + " exists already"));
    }

    /**
     * Creates an open consultation with a deadline of its own, unless one with that case number
     * exists already (then nothing happens). For bundled demo data.
     */
    @Transactional
    public Optional<Consultation> createOpenIfAbsent(String yaml, Instant deadline) {
        FormDefinition form = FormDefinitions.parse(yaml);
        evictAfterCommit();
        return repository.insert(yaml, form, ConsultationStatus.OPEN, deadline);
    }

    @Transactional
    public Consultation open(String slug) {
        Consultation consultation = getBySlug(slug);
        if (consultation.status() == ConsultationStatus.OPEN) {
            return consultation;
        }
        if (consultation.status() != ConsultationStatus.DRAFT) {
            throw new ConflictException("Cannot open", "Consultation " + consultation.caseNumber()
                    + " is " + consultation.status().dbValue() + "; only a draft can be opened");
        }
        if (consultation.deadline().isBefore(Instant.now())) {
            throw new ConflictException("Deadline passed", "The deadline of " + consultation.caseNumber()
                    + " has passed; give it a later deadline before opening it");
        }
        repository.updateStatus(consultation.id(), ConsultationStatus.DRAFT, ConsultationStatus.OPEN);
        evictAfterCommit();
        return getBySlug(slug);
    }

    @Transactional
    public Consultation close(String slug) {
        Consultation consultation = getBySlug(slug);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            return consultation;
        }
        repository.updateStatus(consultation.id(), consultation.status(), ConsultationStatus.CLOSED);
        evictAfterCommit();
        return getBySlug(slug);
    }

    @Transactional
    public Consultation changeDeadline(String slug, Instant deadline) {
        Consultation consultation = getBySlug(slug);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            throw new ConflictException("Consultation closed", "Consultation " + consultation.caseNumber()
                    + " is closed; its deadline can no longer change");
        }
        repository.updateDeadline(consultation.id(), deadline);
        evictAfterCommit();
        return getBySlug(slug);
    }
}
