package no.innspill.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.form.Forms;
import no.innspill.response.ResponseSource;
import no.innspill.response.Responses;
import no.innspill.intake.IntakeItem.Mail;
import no.innspill.intake.IntakeItem.Source;
import no.innspill.intake.IntakeItem.Status;
import no.innspill.intake.IntakeItemRepository.NewItem;
import no.innspill.intake.IntakeReading.Read;
import no.innspill.platform.NotFoundException;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake queue: files taken in by upload or from the mailbox, each read against the form at
 * once and kept with its original bytes until a case worker registers or rejects it.
 */
@Service
public class IntakeItems {

    private static final int MAX_NAME_LENGTH = 200;

    private final IntakeItemRepository repository;
    private final IntakeProperties properties;
    private final Forms forms;
    private final Responses responses;

    IntakeItems(IntakeItemRepository repository, IntakeProperties properties, Forms forms, Responses responses) {
        this.repository = repository;
        this.properties = properties;
        this.forms = forms;
        this.responses = responses;
    }

    /** An uploaded file either became an item (perhaps one that could not be read) or was refused. */
    public record Upload(String fileName, IntakeItem item, IntakeProblem refused) {
    }

    /** An attachment of an e-mail; {@code bytes} is {@code null} when it was over the size limit. */
    public record Attachment(String fileName, byte[] bytes, long size) {
    }

    public long maxFileSize() {
        return properties.fileLimits().maxFileBytes();
    }

    /**
     * Takes in one uploaded file. An empty file, one over the size limit and one that is neither PDF
     * nor Word are refused and nothing is stored; any other becomes an item, with the problem noted
     * when it cannot be read.
     */
    @Transactional
    public Upload upload(Consultation consultation, String fileName, byte[] bytes) {
        String name = cleanName(fileName);
        if (bytes.length > maxFileSize()) {
            return new Upload(name, null, IntakeProblem.of("too-large", String.valueOf(maxFileSize())));
        }
        Read read = IntakeReading.read(name, bytes, forms.get(consultation.form()), consultation.caseDetails(), properties.fileLimits());
        if (read.problem() != null && refusedOnUpload(read.problem().code())) {
            return new Upload(name, null, read.problem());
        }
        long id = repository.insert(new NewItem(consultation.id(), Source.UPLOAD, null, name, read.contentType(), bytes.length,
                bytes, DigestUtils.sha256Hex(bytes), Status.NEEDS_REVIEW, read, null));
        return new Upload(name, get(consultation, id), null);
    }

    /**
     * Takes in one e-mail with its attachments, unless a message with its Message-ID was taken in
     * before (then nothing happens and the result is empty). Every attachment becomes an item; one
     * that cannot be a response (empty, too large, not PDF or Word) is recorded as rejected with the
     * reason, so the trail of what arrived is complete.
     */
    @Transactional
    public Optional<List<IntakeItem>> receiveMail(Consultation consultation, Mail mail, List<Attachment> attachments) {
        Optional<Long> messageRow = repository.insertMessage(consultation.id(), mail);
        if (messageRow.isEmpty()) {
            return Optional.empty();
        }
        List<IntakeItem> items = new ArrayList<>();
        for (Attachment attachment : attachments) {
            String name = cleanName(attachment.fileName());
            NewItem item;
            if (attachment.bytes() == null || attachment.bytes().length > maxFileSize()) {
                Read read = Read.failed(null, IntakeProblem.of("too-large", String.valueOf(maxFileSize())));
                item = new NewItem(consultation.id(), Source.MAILBOX, messageRow.get(), name, null, attachment.size(), null, null,
                        Status.REJECTED, read, "too-large");
            } else {
                byte[] bytes = attachment.bytes();
                Read read = IntakeReading.read(name, bytes, forms.get(consultation.form()), consultation.caseDetails(), properties.fileLimits());
                boolean refused = read.problem() != null && refusedOnUpload(read.problem().code());
                item = new NewItem(consultation.id(), Source.MAILBOX, messageRow.get(), name, read.contentType(), bytes.length,
                        bytes, DigestUtils.sha256Hex(bytes), refused ? Status.REJECTED : Status.NEEDS_REVIEW, read,
                        refused ? read.problem().code() : null);
            }
            items.add(get(consultation, repository.insert(item)));
        }
        return Optional.of(items);
    }

    public boolean messageTaken(String messageId) {
        return repository.messageExists(messageId);
    }

    public List<IntakeItem> list(Consultation consultation) {
        return repository.findByConsultation(consultation.id());
    }

    public Optional<IntakeItem> find(Consultation consultation, long id) {
        return repository.find(consultation.id(), id);
    }

    public IntakeItem get(Consultation consultation, long id) {
        return find(consultation, id).orElseThrow(() -> new NotFoundException("There is no intake item " + id));
    }

    /**
     * The item as it stands, also when the response made from it is stored but the event that marks
     * the item has not run yet (a page shown right after confirming): read your own writes.
     */
    @Transactional
    public IntakeItem current(Consultation consultation, long id) {
        IntakeItem item = get(consultation, id);
        if (item.status() == Status.NEEDS_REVIEW) {
            var registered = responses.findBySource(consultation, ResponseSource.intakeItem(id));
            if (registered.isPresent()) {
                // marked here, or by the listener since the first read: either way, read it again
                repository.markRegistered(id, registered.get().documentNumber());
                return get(consultation, id);
            }
        }
        return item;
    }

    public Optional<byte[]> content(IntakeItem item) {
        return repository.content(item.id());
    }

    /** @return false when the item was registered or rejected already */
    @Transactional
    public boolean reject(IntakeItem item, String reason) {
        return repository.reject(item.id(), reason);
    }

    /** Problems that mean the file is no response at all, as opposed to one a person may still read. */
    private static boolean refusedOnUpload(String code) {
        return code.equals("empty") || code.equals("unsupported-type") || code.equals("old-word") || code.equals("too-large");
    }

    /** The name without any folder a browser sent along, without control characters, not too long. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            return "vedlegg";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

}
