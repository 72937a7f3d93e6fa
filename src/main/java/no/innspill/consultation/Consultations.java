package no.innspill.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormRef;
import no.innspill.form.FormStructure;
import no.innspill.form.Forms;
import no.innspill.platform.ConflictException;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The consultation module's API: find consultations, create them from a definition, open, close
 * and move their deadline. Lifecycle changes are published as {@link ConsultationOpened} and
 * {@link ConsultationClosed} in the transaction that makes them.
 */
@Service
public class Consultations {

    /** The longest reason for a change, in characters. */
    public static final int MAX_REASON = 1000;
    private static final int MAX_CHANGES_SHOWN = 50;
    private static final String DEADLINE = "deadline";
    private static final String STATUS = "status";
    private static final String FORM = "form";

    private final ConsultationRepository repository;
    private final ConsultationLookup lookup;
    private final Forms forms;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ResponseCounts> responseCounts;

    Consultations(ConsultationRepository repository, ConsultationLookup lookup, Forms forms, ApplicationEventPublisher events,
                  ObjectProvider<ResponseCounts> responseCounts) {
        this.repository = repository;
        this.lookup = lookup;
        this.forms = forms;
        this.events = events;
        this.responseCounts = responseCounts;
    }

    public List<Consultation> all() {
        return repository.findAll();
    }

    /** By slug (22-414); cached for a second, so another node's change may show that much later. */
    public Optional<Consultation> findBySlug(String slug) {
        return CaseNumber.fromSlug(slug).flatMap(lookup::byCaseNumber);
    }

    public Optional<Consultation> findById(long id) {
        return repository.findById(id);
    }

    public Consultation getBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
    }

    public Consultation getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("There is no consultation with id " + id));
    }

    /** Creates a draft from a YAML definition, with the definition's deadline. */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation create(String yaml) {
        ConsultationDefinition definition = ConsultationDefinitions.parse(yaml);
        return insert(definition, ConsultationStatus.DRAFT, definition.deadlineInstant())
                .orElseThrow(() -> new ConflictException("Case number taken",
                        "A consultation with case number " + definition.caseNumber() + " exists already"));
    }

    /**
     * Creates an open consultation with a deadline of its own, unless one with that case number
     * exists already (then nothing happens). For bundled demo data.
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Optional<Consultation> createOpenIfAbsent(String yaml, Instant deadline) {
        ConsultationDefinition definition = ConsultationDefinitions.parse(yaml);
        Optional<Consultation> created = insert(definition, ConsultationStatus.OPEN, deadline);
        created.ifPresent(consultation -> events.publishEvent(new ConsultationOpened(consultation.id(), consultation.caseNumber())));
        return created;
    }

    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation open(String slug, String changedBy) {
        Consultation consultation = getFresh(slug);
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
        if (repository.updateStatus(consultation.id(), ConsultationStatus.DRAFT, ConsultationStatus.OPEN)) {
            repository.logChange(consultation.id(), changedBy, STATUS, consultation.status().dbValue(), ConsultationStatus.OPEN.dbValue(), null);
            events.publishEvent(new ConsultationOpened(consultation.id(), consultation.caseNumber()));
        }
        return getFresh(slug);
    }

    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation close(String slug, String changedBy) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            return consultation;
        }
        if (repository.updateStatus(consultation.id(), consultation.status(), ConsultationStatus.CLOSED)) {
            repository.logChange(consultation.id(), changedBy, STATUS, consultation.status().dbValue(), ConsultationStatus.CLOSED.dbValue(), null);
            events.publishEvent(new ConsultationClosed(consultation.id(), consultation.caseNumber()));
        }
        return getFresh(slug);
    }

    /**
     * Moves the deadline, with the reason logged; respondents of an open consultation hear of it
     * through {@link ConsultationDeadlineChanged}. A draft's past deadline may be given a new one
     * this way before it opens.
     *
     * @throws InvalidInputException when the reason is missing or too long, or the new deadline has passed
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation changeDeadline(String slug, Instant deadline, String reason, String changedBy) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            throw new ConflictException("Consultation closed", "Consultation " + consultation.caseNumber()
                    + " is closed; its deadline can no longer change");
        }
        List<FieldError> errors = deadlineChangeErrors(deadline, reason);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Deadline not changed", errors);
        }
        String why = reason.strip();
        if (deadline.equals(consultation.deadline())) {
            return consultation;
        }
        repository.updateDeadline(consultation.id(), deadline);
        repository.logChange(consultation.id(), changedBy, DEADLINE, consultation.deadline().toString(), deadline.toString(), why);
        if (consultation.status() == ConsultationStatus.OPEN) {
            events.publishEvent(new ConsultationDeadlineChanged(consultation.id(), consultation.caseNumber(),
                    consultation.deadline(), deadline, why));
        }
        return getFresh(slug);
    }

    /**
     * What is wrong with a deadline change, with codes for the pages: a reason is required and at
     * most {@link #MAX_REASON} characters, the deadline lies ahead ({@code null}: not checked).
     */
    public static List<FieldError> deadlineChangeErrors(Instant deadline, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (deadline != null && !deadline.isAfter(Instant.now())) {
            errors.add(FieldError.of("deadline", "has passed; give a deadline in the future").withCode("deadline-passed"));
        }
        reasonError(reason, "the deadline").ifPresent(errors::add);
        return errors;
    }

    /** A change's reason is required and at most {@link #MAX_REASON} characters. */
    private static Optional<FieldError> reasonError(String reason, String what) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return Optional.of(FieldError.of("reason", "is missing; say why " + what + " changes").withCode("reason-missing"));
        }
        if (why.codePointCount(0, why.length()) > MAX_REASON) {
            return Optional.of(FieldError.of("reason", "is longer than " + MAX_REASON + " characters").withCode("reason-too-long", MAX_REASON));
        }
        return Optional.empty();
    }

    /** Whether any response was registered under the consultation (then its form's structure is frozen). */
    public boolean hasResponses(Consultation consultation) {
        ResponseCounts counts = responseCounts.getIfAvailable();
        return counts != null && counts.count(consultation) > 0;
    }

    /**
     * Makes {@code next} the form new responses answer, as the form's next version. A draft's form
     * changes freely. Once the consultation is opened a change needs a reason and is logged with
     * who made it; once it has responses its question ids, kinds and option and part ids are frozen
     * ({@link FormStructure}). A closed consultation's form no longer changes.
     *
     * @param reason why, required unless the consultation is a draft
     * @throws InvalidInputException naming the frozen changes, or a missing or too long reason
     * @throws ConflictException     when it is closed, or another change was saved since {@code basedOn}
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation reviseForm(String slug, FormRef basedOn, FormDefinition next, String reason, String changedBy) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() == ConsultationStatus.CLOSED) {
            throw new ConflictException("Consultation closed", "Consultation " + consultation.caseNumber()
                    + " is closed; its form can no longer change");
        }
        if (basedOn != null && !basedOn.equals(consultation.form())) {
            throw new ConflictException("Form changed meanwhile", "The form of " + consultation.caseNumber()
                    + " was changed since version " + basedOn.version() + "; it is now version " + consultation.form().version());
        }
        FormDefinition current = forms.get(consultation.form());
        List<FieldError> errors = new ArrayList<>();
        if (hasResponses(consultation)) {
            errors.addAll(FormStructure.frozenChanges(current, next));
        }
        boolean logged = consultation.status() != ConsultationStatus.DRAFT;
        if (logged) {
            reasonError(reason, "the form").ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Form not changed", errors);
        }
        if (next.equals(current)) {
            return consultation;
        }
        FormRef revised = forms.revise(consultation.form(), next);
        if (!repository.updateForm(consultation.id(), consultation.form(), revised)) {
            throw new ConflictException("Form changed meanwhile", "The form of " + consultation.caseNumber() + " was changed meanwhile");
        }
        if (logged) {
            repository.logChange(consultation.id(), changedBy, FORM, String.valueOf(consultation.form().version()),
                    String.valueOf(revised.version()), reason.strip());
        }
        return getFresh(slug);
    }

    /**
     * Deletes a draft with its form; an opened consultation is part of the case and stays.
     *
     * @throws ConflictException when it is no draft, or files or responses were registered under it
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public void deleteDraft(String slug) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() != ConsultationStatus.DRAFT) {
            throw new ConflictException("Not a draft", "Consultation " + consultation.caseNumber()
                    + " is " + consultation.status().dbValue() + "; only a draft can be deleted");
        }
        try {
            if (!repository.deleteDraft(consultation.id())) {
                throw new ConflictException("Not a draft", "Consultation " + consultation.caseNumber() + " was opened meanwhile");
            }
        } catch (DataIntegrityViolationException e) { // intake files or responses refer to it
            throw new ConflictException("Consultation in use", "Consultation " + consultation.caseNumber()
                    + " has received files or responses; close it instead");
        }
        forms.delete(consultation.form().formId());
    }

    /** The latest logged changes, newest first. */
    public List<ConsultationChange> changes(Consultation consultation) {
        return repository.changes(consultation.id(), MAX_CHANGES_SHOWN);
    }

    /** The definition this consultation would be exported as: its case data and its current form. */
    public ConsultationDefinition definition(Consultation consultation) {
        return new ConsultationDefinition(consultation.caseNumber(), consultation.title(), consultation.owner(),
                consultation.deadline().atZone(no.innspill.platform.DateFormats.OSLO).toLocalDateTime(),
                consultation.responseEmail(), consultation.emailInstructions(), forms.get(consultation.form()));
    }

    private Optional<Consultation> insert(ConsultationDefinition definition, ConsultationStatus status, Instant deadline) {
        CaseNumber caseNumber = CaseNumber.parse(definition.caseNumber()).orElseThrow();
        if (repository.caseNumberTaken(caseNumber)) {
            return Optional.empty();
        }
        FormRef form = forms.create(definition.form());
        Optional<Consultation> inserted = repository.insert(caseNumber, definition, form, status, deadline);
        if (inserted.isEmpty()) { // another node took the case number in between: keep no orphan form
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return inserted;
    }

    /** Read past the cache: a change reads what it changes, never a second-old copy. */
    private Consultation getFresh(String slug) {
        return CaseNumber.fromSlug(slug).flatMap(repository::findByCaseNumber)
                .orElseThrow(() -> new NotFoundException("There is no consultation " + slug));
    }
}
