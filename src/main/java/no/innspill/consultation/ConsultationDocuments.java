package no.innspill.consultation;

import no.innspill.document.DocumentFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innspill.document.FileLimits;
import no.innspill.document.ResponseDocuments;
import no.innspill.form.Forms;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.NotFoundException;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultation's own documents (høringsbrev, høringsnotat, høringsliste, other): added, replaced
 * and put in order by staff, listed on the public page. Each file is checked by its content and
 * intake's default file limits (size, zip limits; no macros run). Each added document is published as
 * {@link ConsultationDocumentAdded} in the transaction that stores it.
 */
@Service
public class ConsultationDocuments {

    /** The longest title, in characters. */
    public static final int MAX_TITLE = 300;
    private static final int MAX_FILE_NAME = 255;

    /** Intake's defaults: 20 MB a file, 100 MB unpacked, 2,000 parts, 500 PDF pages. */
    private static final FileLimits LIMITS = FileLimits.DEFAULTS;

    private static final Locale LETTER_LANGUAGE = Locale.forLanguageTag("nb");

    private final ConsultationDocumentRepository repository;
    private final Forms forms;
    private final ResponseDocuments pdfs;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ConsultationDocuments(ConsultationDocumentRepository repository, Forms forms, ResponseDocuments pdfs, MessageSource messages,
                          ApplicationEventPublisher events) {
        this.repository = repository;
        this.forms = forms;
        this.pdfs = pdfs;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Writes a short høringsbrev as PDF/A (the introduction, the deadline, how to answer) and adds
     * it, unless the consultation has documents already. For the demo, and for a case worker who has
     * no letter of their own yet.
     *
     * @param answerLink the web form's address, as the letter prints it
     * @return the letter, or empty when there were documents
     */
    @Transactional
    public Optional<ConsultationDocument> addLetterIfNone(Consultation consultation, String answerLink) {
        if (!repository.list(consultation.id()).isEmpty()) {
            return Optional.empty();
        }
        byte[] pdf = pdfs.letterPdf(forms.get(consultation.form()), consultation.caseDetails(), consultation.deadline(),
                consultation.responseEmail(), answerLink, LETTER_LANGUAGE);
        return Optional.of(added(consultation, repository.insert(consultation.id(), DocumentKind.HORINGSBREV,
                messages.getMessage("consultation.document.letter-title", null, LETTER_LANGUAGE),
                "horingsbrev-" + consultation.slug() + ".pdf", DocumentFormat.PDF, pdf, DigestUtils.sha256Hex(pdf))));
    }

    private ConsultationDocument added(Consultation consultation, ConsultationDocument document) {
        events.publishEvent(new ConsultationDocumentAdded(consultation.id(), consultation.caseNumber(), document.id()));
        return document;
    }

    public List<ConsultationDocument> list(Consultation consultation) {
        return repository.list(consultation.id());
    }

    public Optional<byte[]> content(Consultation consultation, ConsultationDocument document) {
        return repository.content(consultation.id(), document.id());
    }

    public ConsultationDocument get(Consultation consultation, long id) {
        return repository.find(consultation.id(), id)
                .orElseThrow(() -> new NotFoundException("There is no document " + id + " in " + consultation.caseNumber()));
    }

    /**
     * @throws InvalidInputException naming each of file, title and kind that is wrong, with codes
     */
    @Transactional
    public ConsultationDocument add(Consultation consultation, String kind, String title, String fileName, byte[] content) {
        List<FieldError> errors = new ArrayList<>(); // in the order of the page's inputs: file, title, kind
        DocumentFormat format = null;
        try {
            format = DocumentFormat.of(content, LIMITS);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            errors.add(FieldError.of("title", "is missing").withCode("title-missing"));
        } else if (cleanTitle.codePointCount(0, cleanTitle.length()) > MAX_TITLE || cleanTitle.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of("title", "is longer than " + MAX_TITLE + " characters or has control characters")
                    .withCode("title-invalid", MAX_TITLE));
        }
        Optional<DocumentKind> documentKind = DocumentKind.fromJson(kind);
        if (documentKind.isEmpty()) {
            errors.add(FieldError.of("kind", "must be one of horingsbrev, horingsnotat, horingsliste, other").withCode("kind-invalid"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Document not added", errors);
        }
        return added(consultation, repository.insert(consultation.id(), documentKind.get(), cleanTitle, fileName(fileName, format),
                format, content, DigestUtils.sha256Hex(content)));
    }

    /** A new file in the same place, with the same title and kind. */
    @Transactional
    public ConsultationDocument replace(Consultation consultation, long id, String fileName, byte[] content) {
        ConsultationDocument document = get(consultation, id);
        DocumentFormat format = DocumentFormat.of(content, LIMITS);
        repository.replace(consultation.id(), document.id(), fileName(fileName, format), format, content, DigestUtils.sha256Hex(content));
        return get(consultation, id);
    }

    /** One place earlier ({@code up}) or later; at either end nothing moves. */
    @Transactional
    public void move(Consultation consultation, long id, boolean up) {
        List<ConsultationDocument> documents = repository.list(consultation.id());
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id() == id) {
                int other = up ? i - 1 : i + 1;
                if (other >= 0 && other < documents.size()) {
                    repository.swap(consultation.id(), documents.get(i), documents.get(other));
                }
                return;
            }
        }
        throw new NotFoundException("There is no document " + id + " in " + consultation.caseNumber());
    }

    /** The uploaded name without a path, or one made from the format when there is none. */
    private static String fileName(String uploaded, DocumentFormat format) {
        String name = uploaded == null ? "" : uploaded.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "dokument." + format.extension();
        }
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }
}
