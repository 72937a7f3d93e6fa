package no.innspill.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormRef;
import no.innspill.form.FormStructure;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import no.innspill.form.Forms;
import no.innspill.platform.ConflictException;
import no.innspill.platform.DateFormats;
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
    /** A new consultation's form until the case worker builds one: a single text question. */
    private static final FormDefinition STARTER_FORM = new FormDefinition(null, List.of(), List.of(new Question("innspill", 1,
            QuestionKind.TEXT, "Innspill til høringen", List.of(), null, 20_000, List.of())));

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
     * Creates a draft from what a case worker typed (case number, title, owner, deadline, receiving address) with a
     * starter form of one text question, to be built further in the form builder.
     *
     * @throws InvalidInputException naming each field that is wrong (its {@link ConsultationDetails} component), with codes
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation createDraft(String caseNumber, String title, String owner, String deadline, String responseEmail) {
        ConsultationDetails details = new ConsultationDetails(caseNumber, title, owner, null, null, null, responseEmail, null,
                null, deadline == null || deadline.isBlank() ? null : deadline, null, null, null, null);
        List<FieldError> errors = new ArrayList<>();
        Optional<ConsultationDetails.Checked> read = details.check(errors);
        if (details.deadline() == null) {
            errors.add(ConsultationDetails.error("deadline", "is missing", "missing"));
        }
        if (details.deadline() != null && hasPassed(details.deadline())) {
            errors.add(ConsultationDetails.error("deadline", "has passed; give a deadline in the future", "deadline-passed"));
        }
        read.filter(checked -> repository.caseNumberTaken(checked.caseNumber()))
                .ifPresent(checked -> errors.add(ConsultationDetails.error("caseNumber", "is the case number of another consultation",
                        "case-number-taken")));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Consultation not created", errors);
        }
        ConsultationDetails.Checked checked = read.orElseThrow();
        ConsultationDefinition definition = new ConsultationDefinition(checked.caseNumber().shortForm(), checked.title(),
                checked.owner(), checked.deadline().atZone(DateFormats.OSLO).toLocalDateTime(), checked.responseEmail(), null,
                STARTER_FORM);
        return insert(definition, ConsultationStatus.DRAFT, checked.deadline()).orElseThrow(() -> new InvalidInputException(
                "Consultation not created", List.of(ConsultationDetails.error("caseNumber",
                        "is the case number of another consultation", "case-number-taken"))));
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

    /** Opens a draft or a scheduled consultation now; its publication date becomes today. */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation open(String slug, String changedBy) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() == ConsultationStatus.OPEN) {
            return consultation;
        }
        if (consultation.status() != ConsultationStatus.DRAFT && consultation.status() != ConsultationStatus.SCHEDULED) {
            throw new ConflictException("Cannot open", "Consultation " + consultation.caseNumber()
                    + " is " + consultation.status().dbValue() + "; only a draft or a scheduled one can be opened");
        }
        if (!consultation.deadline().isAfter(Instant.now())) {
            throw new ConflictException("Deadline passed", "The deadline of " + consultation.caseNumber()
                    + " has passed; give it a later deadline before opening it");
        }
        if (repository.open(consultation.id(), consultation.status(), LocalDate.now(DateFormats.OSLO))) {
            repository.logChange(consultation.id(), changedBy, STATUS, consultation.status().dbValue(), ConsultationStatus.OPEN.dbValue(), null);
            events.publishEvent(new ConsultationOpened(consultation.id(), consultation.caseNumber()));
        }
        return getFresh(slug);
    }

    /**
     * Schedules a draft to open by itself at the start of its publication date (Europe/Oslo); it stays hidden until then.
     *
     * @throws ConflictException when it is no draft, has no publication date ahead, or its deadline comes before that date
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation schedule(String slug, String changedBy) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() == ConsultationStatus.SCHEDULED) {
            return consultation;
        }
        if (consultation.status() != ConsultationStatus.DRAFT) {
            throw new ConflictException("Cannot schedule", "Consultation " + consultation.caseNumber()
                    + " is " + consultation.status().dbValue() + "; only a draft can be scheduled");
        }
        LocalDate date = consultation.publicationDate();
        if (date == null || !date.isAfter(LocalDate.now(DateFormats.OSLO))) {
            throw new ConflictException("No publication date ahead", "Consultation " + consultation.caseNumber()
                    + " needs a publication date after today to be scheduled; open it now instead");
        }
        if (!consultation.deadline().isAfter(date.atStartOfDay(DateFormats.OSLO).toInstant())) {
            throw new ConflictException("Deadline before publication", "The deadline of " + consultation.caseNumber()
                    + " comes before its publication date " + date);
        }
        if (repository.updateStatus(consultation.id(), ConsultationStatus.DRAFT, ConsultationStatus.SCHEDULED)) {
            repository.logChange(consultation.id(), changedBy, STATUS, ConsultationStatus.DRAFT.dbValue(),
                    ConsultationStatus.SCHEDULED.dbValue(), null);
        }
        return getFresh(slug);
    }

    /** Takes a scheduled consultation back to a draft, which opens only when someone opens it. */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation unschedule(String slug, String changedBy) {
        Consultation consultation = getFresh(slug);
        if (consultation.status() == ConsultationStatus.DRAFT) {
            return consultation;
        }
        if (!repository.updateStatus(consultation.id(), ConsultationStatus.SCHEDULED, ConsultationStatus.DRAFT)) {
            throw new ConflictException("Not scheduled", "Consultation " + consultation.caseNumber()
                    + " is " + consultation.status().dbValue() + "; only a scheduled one can go back to a draft");
        }
        repository.logChange(consultation.id(), changedBy, STATUS, ConsultationStatus.SCHEDULED.dbValue(),
                ConsultationStatus.DRAFT.dbValue(), null);
        return getFresh(slug);
    }

    /**
     * Changes a consultation's details in one go. Once it has opened, each change is logged with the reason,
     * which is then required. The case number changes only in a draft without responses, the publication date only
     * before it opened, and the deadline here only before it opened (after, {@link #changeDeadline} tells respondents).
     *
     * @throws InvalidInputException naming each field that is wrong (its {@link ConsultationDetails} component), with codes
     */
    @Transactional
    @CacheEvict(cacheNames = ConsultationConfiguration.BY_SLUG, allEntries = true)
    public Consultation changeDetails(String slug, ConsultationDetails details, String reason, String changedBy) {
        Consultation consultation = getFresh(slug);
        List<FieldError> errors = new ArrayList<>();
        Optional<ConsultationDetails.Checked> read = details.check(errors);
        boolean opened = consultation.isPublic();
        String why = reason == null ? "" : reason.strip();
        if (opened && why.codePointCount(0, why.length()) > MAX_REASON) {
            errors.add(FieldError.of("reason", "is longer than " + MAX_REASON + " characters").withCode("too-long", MAX_REASON));
        }
        if (read.isEmpty()) {
            throw new InvalidInputException("Details not changed", errors);
        }
        ConsultationDetails.Checked checked = read.get();
        CaseNumber before = CaseNumber.parse(consultation.caseNumber()).orElseThrow();
        boolean renumbered = !checked.caseNumber().equals(before);
        if (renumbered) {
            if (consultation.status() != ConsultationStatus.DRAFT || hasResponses(consultation)) {
                errors.add(ConsultationDetails.error("caseNumber", "can change only in a draft without responses", "case-number-fixed"));
            } else if (repository.caseNumberTaken(checked.caseNumber())) {
                errors.add(ConsultationDetails.error("caseNumber", "is the case number of another consultation", "case-number-taken"));
            }
        }
        if (!java.util.Objects.equals(checked.publicationDate(), consultation.publicationDate())) {
            if (opened) {
                errors.add(ConsultationDetails.error("publicationDate", "is the day it opened and cannot change", "publication-date-fixed"));
            } else if (checked.publicationDate() == null && consultation.status() == ConsultationStatus.SCHEDULED) {
                errors.add(ConsultationDetails.error("publicationDate", "is needed while it is scheduled; unschedule it first",
                        "publication-date-scheduled"));
            } else if (checked.publicationDate() != null && checked.publicationDate().isBefore(LocalDate.now(DateFormats.OSLO))) {
                errors.add(ConsultationDetails.error("publicationDate", "has passed; give today or a later day", "publication-date-passed"));
            }
        }
        // the pages and the details give minutes; the same minute is the deadline as it is (23:59:59 from a definition's date)
        Instant deadline = checked.deadline() == null || checked.deadline().equals(consultation.deadline().truncatedTo(ChronoUnit.MINUTES))
                ? consultation.deadline() : checked.deadline();
        if (!deadline.equals(consultation.deadline())) {
            if (opened) {
                errors.add(ConsultationDetails.error("deadline", "of an opened consultation changes with a reason: PUT …/deadline",
                        "deadline-own-page"));
            } else if (!deadline.isAfter(Instant.now())) {
                errors.add(ConsultationDetails.error("deadline", "has passed; give a deadline in the future", "deadline-passed"));
            }
        }
        LocalDate publication = checked.publicationDate();
        if (consultation.status() == ConsultationStatus.SCHEDULED && publication != null
                && !deadline.isAfter(publication.atStartOfDay(DateFormats.OSLO).toInstant())) {
            errors.add(ConsultationDetails.error("deadline", "comes before the publication date", "deadline-before-publication"));
        }
        // the same case written another way (2022/414, 22/0414) keeps the spelling its document numbers carry
        String spelling = renumbered ? checked.caseNumber().shortForm() : consultation.caseNumber();
        List<String[]> changed = changedFields(consultation, checked, spelling);
        if (opened && !changed.isEmpty() && why.isEmpty()) {
            errors.add(ConsultationDetails.error("reason", "is missing; say why the details change", "reason-missing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Details not changed", errors);
        }
        if (changed.isEmpty() && deadline.equals(consultation.deadline())) {
            return consultation;
        }
        try {
            repository.updateDetails(consultation.id(), spelling, checked.caseNumber(), checked);
        } catch (DataIntegrityViolationException e) { // another node gave that case number in between
            throw new InvalidInputException("Details not changed", List.of(ConsultationDetails.error("caseNumber",
                    "is the case number of another consultation", "case-number-taken")));
        }
        if (!deadline.equals(consultation.deadline())) {
            repository.updateDeadline(consultation.id(), deadline);
        }
        if (opened) {
            for (String[] change : changed) {
                repository.logChange(consultation.id(), changedBy, change[0], change[1], change[2], why);
            }
        }
        return repository.findById(consultation.id()).orElseThrow();
    }

    private static boolean hasPassed(String localDeadline) {
        try {
            return !LocalDateTime.parse(localDeadline.strip()).atZone(DateFormats.OSLO).toInstant().isAfter(Instant.now());
        } catch (DateTimeParseException unreadable) { // said by the check of the details
            return false;
        }
    }

    /** Whether the case worker may still change the case number: a draft without responses. */
    public boolean caseNumberChangeable(Consultation consultation) {
        return consultation.status() == ConsultationStatus.DRAFT && !hasResponses(consultation);
    }

    /** Each detail that differs: its field, old and new value. */
    private static List<String[]> changedFields(Consultation c, ConsultationDetails.Checked d, String caseNumber) {
        List<String[]> changes = new ArrayList<>();
        addIfChanged(changes, "caseNumber", c.caseNumber(), caseNumber);
        addIfChanged(changes, "title", c.title(), d.title());
        addIfChanged(changes, "owner", c.owner(), d.owner());
        addIfChanged(changes, "contactName", c.contact().name(), d.contact().name());
        addIfChanged(changes, "contactEmail", c.contact().email(), d.contact().email());
        addIfChanged(changes, "contactPhone", c.contact().phone(), d.contact().phone());
        addIfChanged(changes, "responseEmail", c.responseEmail(), d.responseEmail());
        addIfChanged(changes, "emailInstructions", c.emailInstructions(), d.emailInstructions());
        addIfChanged(changes, "publicationDate", c.publicationDate() == null ? null : c.publicationDate().toString(),
                d.publicationDate() == null ? null : d.publicationDate().toString());
        addIfChanged(changes, "titleNn", c.nynorsk().title(), d.nynorsk().title());
        addIfChanged(changes, "introNn", c.nynorsk().intro(), d.nynorsk().intro());
        addIfChanged(changes, "titleEn", c.english().title(), d.english().title());
        addIfChanged(changes, "introEn", c.english().intro(), d.english().intro());
        addIfChanged(changes, "privateNames", c.privateNames().dbValue(), d.privateNames().dbValue());
        return changes;
    }

    private static void addIfChanged(List<String[]> changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new String[] {field, before, after == null ? "" : after});
        }
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
        LocalDate publication = consultation.publicationDate();
        if (consultation.status() == ConsultationStatus.SCHEDULED
                && !deadline.isAfter(publication.atStartOfDay(DateFormats.OSLO).toInstant())) {
            throw new InvalidInputException("Deadline not changed", List.of(ConsultationDetails.error("deadline",
                    "comes before the publication date " + publication, "deadline-before-publication")));
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
        boolean logged = consultation.isPublic(); // a draft or scheduled form is nobody's yet
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
                consultation.responseEmail(), consultation.emailInstructions(), forms.get(consultation.form()),
                consultation.contact(), consultation.publicationDate(), consultation.nynorsk(), consultation.english());
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
