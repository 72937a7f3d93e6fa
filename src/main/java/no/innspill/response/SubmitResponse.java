package no.innspill.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.form.Answer;
import no.innspill.form.AnswerValidator;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.platform.ConflictException;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.response.ResponseWriter.NewResponse;
import no.innspill.response.ResponseWriter.Written;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submits one response: checks it against the form version the consultation asks for and the
 * consultation's state, then stores it with the next document number in the case, and
 * {@link ResponsesRegistered} is published with it. The same idempotency key always gives the first result.
 */
@Service
public class SubmitResponse {

    private final ResponseWriter writer;
    private final ResponseRepository repository;
    private final Forms forms;
    private final JsonMapper mapper;
    private final Attachments attachments;

    SubmitResponse(ResponseWriter writer, ResponseRepository repository, Forms forms, JsonMapper mapper, Attachments attachments) {
        this.writer = writer;
        this.repository = repository;
        this.forms = forms;
        this.mapper = mapper;
        this.attachments = attachments;
    }

    /**
     * Who submits: the public (web form, API) may answer only an open consultation before its
     * deadline; staff may register a response that came by other channels, also a late one.
     */
    public enum Submitter { PUBLIC, STAFF }

    /**
     * One submission.
     *
     * @param idempotencyKey optional; a retry with the same key returns the first result
     * @param requestHash    a digest of the request, to tell a true retry from a reused key; may be {@code null}
     * @param uploads        files sent with it, not yet checked
     * @param kept           files checked before and kept with the draft it is sent from
     * @param revises        the document number of the earlier response of the case this one revises (22/414-3), or
     *                       {@code null}; without a respondent of its own the revision takes that one's
     */
    public record Request(Consultation consultation, ResponseSubmission response, Channel channel, ResponseSource source,
                          Instant receivedAt, Submitter submitter, String idempotencyKey, String requestHash,
                          List<Upload> uploads, List<Attachment> kept, String revises) {

        public Request {
            Objects.requireNonNull(consultation, "consultation");
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(submitter, "submitter");
            uploads = uploads == null ? List.of() : List.copyOf(uploads);
            kept = kept == null ? List.of() : List.copyOf(kept);
        }

        /** A submission that revises none. */
        public Request(Consultation consultation, ResponseSubmission response, Channel channel, ResponseSource source,
                       Instant receivedAt, Submitter submitter, String idempotencyKey, String requestHash,
                       List<Upload> uploads, List<Attachment> kept) {
            this(consultation, response, channel, source, receivedAt, submitter, idempotencyKey, requestHash, uploads, kept, null);
        }

        /** A submission without files. */
        public Request(Consultation consultation, ResponseSubmission response, Channel channel, ResponseSource source,
                       Instant receivedAt, Submitter submitter, String idempotencyKey, String requestHash) {
            this(consultation, response, channel, source, receivedAt, submitter, idempotencyKey, requestHash, List.of(), List.of());
        }
    }

    /** An accepted response; {@code replayed} when an earlier submission with the same key is returned. */
    public record Accepted(StoredResponse response, boolean replayed) {
    }

    /**
     * @throws InvalidInputException when the answers or respondent break the rules
     * @throws ConflictException     when the consultation takes no responses (draft, closed, past deadline), or the
     *                               response it revises was revised before (the message names the latest version)
     */
    public Accepted submit(Request request) {
        Consultation consultation = request.consultation();
        if (request.idempotencyKey() != null) {
            var earlier = repository.findByIdempotencyKey(consultation.id(), request.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(new Written(earlier.get().response(), true, earlier.get().requestHash()), request.requestHash());
            }
        }
        FormDefinition form = forms.get(consultation.form());
        List<FieldError> errors = new ArrayList<>();
        StoredResponse revised = request.revises() == null ? null : revised(consultation, request.revises(), errors);
        ResponseSubmission submission = request.response();
        if (submission.respondent() == null && revised != null) {
            submission = new ResponseSubmission(revised.respondent(), submission.answers(), submission.noComments(), submission.publication());
        }
        Map<String, Answer> answers = null;
        boolean hasFiles = !request.uploads().isEmpty() || !request.kept().isEmpty();
        try {
            // staff register what came on paper or by e-mail as it came, required questions unanswered or not
            answers = validate(form, submission, request.submitter() != Submitter.STAFF, hasFiles);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Respondent respondent = submission.respondent();
        if (respondent == null && errors.stream().noneMatch(error -> error.field().startsWith("respondent"))) {
            errors.add(FieldError.of("respondent", "is missing; give at least the respondent's name and kind"));
        }
        Publication publication = Publication.resolve(submission.publication(),
                respondent == null ? null : respondent.kind(), consultation.privateNames(), errors);
        List<Attachment> files = new ArrayList<>(request.kept());
        files.addAll(attachments.check(form, request.kept(), request.uploads(), errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The response is not valid", errors);
        }
        checkAccepting(consultation, request.receivedAt(), request.submitter());
        if (revised != null && revised.isSuperseded()) {
            throw alreadyRevised(consultation, revised);
        }
        var written = writer.write(new NewResponse(consultation.id(), consultation.caseNumber(), consultation.form().version(),
                respondent, answers, request.channel(), request.source(), request.receivedAt(),
                consultation.isLate(request.receivedAt()), request.idempotencyKey(), request.requestHash(),
                LocaleContextHolder.getLocale().toLanguageTag(),
                AnswersJson.toStoredJson(mapper, answers), files, // here, not on the one writer thread
                submission.noComments(), publication, revised == null ? null : revised.sequenceNumber()));
        return written.replayed() ? replay(written, request.requestHash()) : new Accepted(written.response(), false);
    }

    /** "Ingen merknader" is a complete response: the answers must fit the form, but may all be empty. */
    /** "Ingen merknader" is a complete response: its answers may be empty and its required questions open. */
    private static Map<String, Answer> validate(FormDefinition form, ResponseSubmission response, boolean enforceRequired,
                                                boolean hasFiles) {
        try {
            return AnswerValidator.validate(form, response.answers(), enforceRequired && !response.noComments(), hasFiles);
        } catch (InvalidInputException invalid) {
            if (!response.noComments() || !invalid.errors().stream().allMatch(error -> "empty-response".equals(error.code()))) {
                throw invalid;
            }
            Map<String, Answer> empty = new java.util.LinkedHashMap<>();
            form.answerIds().forEach(id -> empty.put(id, Answer.EMPTY));
            return empty;
        }
    }

    /** The response a revision names, when it is one of the case's; else an error naming {@code revises}. */
    private StoredResponse revised(Consultation consultation, String documentNumber, List<FieldError> errors) {
        String prefix = consultation.caseNumber() + "-";
        if (!documentNumber.startsWith(prefix) || !documentNumber.substring(prefix.length()).matches("[1-9][0-9]{0,8}")) {
            errors.add(FieldError.of("revises", "is not a document of case " + consultation.caseNumber()
                    + "; name the response it revises, such as " + prefix + "3").withCode("revises-other-case"));
            return null;
        }
        int sequence = Integer.parseInt(documentNumber.substring(prefix.length()));
        var found = repository.findOne(consultation.id(), sequence);
        if (found.isEmpty()) {
            errors.add(FieldError.of("revises", "names no response of case " + consultation.caseNumber() + ": there is no "
                    + documentNumber).withCode("revises-unknown"));
            return null;
        }
        return found.get();
    }

    /** 409 naming the latest version, the one to revise instead. */
    private ResponseAlreadyRevisedException alreadyRevised(Consultation consultation, StoredResponse revised) {
        StoredResponse latest = revised;
        while (latest.isSuperseded()) {
            var next = repository.findOne(consultation.id(), latest.supersededBy());
            if (next.isEmpty()) {
                break;
            }
            latest = next.get();
        }
        return new ResponseAlreadyRevisedException(revised, latest);
    }

    private static void checkAccepting(Consultation consultation, Instant receivedAt, Submitter submitter) {
        if (!consultation.isPublic()) {
            throw new ConflictException("Consultation not open", "Consultation " + consultation.caseNumber()
                    + " is " + consultation.status().dbValue() + " and takes no responses yet");
        }
        if (submitter == Submitter.STAFF) {
            return;
        }
        if (consultation.status() == ConsultationStatus.CLOSED) {
            throw new ConflictException("Consultation closed", "Consultation " + consultation.caseNumber()
                    + " is closed and takes no more responses");
        }
        if (!consultation.acceptsPublicResponses(receivedAt)) {
            throw new ConflictException("Deadline passed", "The deadline of consultation " + consultation.caseNumber()
                    + " has passed; contact " + consultation.responseEmail() + " about a late response");
        }
    }

    private static Accepted replay(Written written, String requestHash) {
        if (requestHash != null && written.storedRequestHash() != null && !requestHash.equals(written.storedRequestHash())) {
            throw new InvalidInputException("Idempotency key reused", List.of(FieldError.of("Idempotency-Key",
                    "was used before for a different response; use a new key for a new response")));
        }
        return new Accepted(written.response(), true);
    }
}
