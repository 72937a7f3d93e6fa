package no.innspill.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.platform.ConflictException;
import no.innspill.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consultation module's API: find consultations, create them from YAML, open and close them. */
@Service
public class Consultations {

    private final ConsultationRepository repository;

    Consultations(ConsultationRepository repository) {
        this.repository = repository;
    }

    public List<Consultation> all() {
        return repository.findAll();
    }

    public Optional<Consultation> findBySlug(String slug) {
        if (slug == null || !slug.matches("\\d{2}-\\d{1,6}")) {
            return Optional.empty();
        }
        return repository.findByCaseNumber(slug.replace('-', '/'));
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
        return getBySlug(slug);
    }

    @Transactional
    public Consultation close(String slug) {
        Consultation consultation = getBySlug(slug);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            return consultation;
        }
        repository.updateStatus(consultation.id(), consultation.status(), ConsultationStatus.CLOSED);
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
        return getBySlug(slug);
    }
}
