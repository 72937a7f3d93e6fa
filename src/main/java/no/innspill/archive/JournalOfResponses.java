package no.innspill.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.platform.DateFormats;
import no.innspill.response.Attachment;
import no.innspill.response.Attachments;
import no.innspill.response.Respondent;
import no.innspill.response.RespondentKind;
import no.innspill.response.Responses;
import no.innspill.response.ResponsesRegistered;
import no.innspill.response.StoredResponse;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journals every registered response, whatever way it came (web, API, intake, late): an incoming entry
 * whose number in the case is the response's document number, with the sender, the response's PDF/A as
 * main document, each attached file and, for intake, the file it was read from. A private person who asked
 * that their name is withheld has it screened (offentleglova § 13).
 *
 * <p>One transaction per event (a batch of responses) and one lock of the year's journal counter for it.
 * Responses journalled before are skipped, so a redelivered event changes nothing.
 */
@Component
class JournalOfResponses {

    static final String TITLE = "Høringssvar fra ";
    static final String REVISED_TITLE = "Revidert høringssvar fra ";

    private final JournalRepository repository;
    private final Consultations consultations;
    private final Responses responses;
    private final Attachments attachments;
    private final IntakeItems intake;

    JournalOfResponses(JournalRepository repository, Consultations consultations, Responses responses, Attachments attachments,
                       IntakeItems intake) {
        this.repository = repository;
        this.consultations = consultations;
        this.responses = responses;
        this.attachments = attachments;
        this.intake = intake;
    }

    @ApplicationModuleListener(id = "archive.journal-responses")
    void on(ResponsesRegistered event) {
        List<Integer> numbers = event.responses().stream().map(ResponsesRegistered.Registration::sequenceNumber).toList();
        journal(consultations.getById(event.consultationId()), numbers);
    }

    /** Journals those of the case's responses {@code sequenceNumbers} that have no entry yet. */
    @Transactional
    void journal(Consultation consultation, List<Integer> sequenceNumbers) {
        if (sequenceNumbers.isEmpty()) {
            return;
        }
        // the listener and the start-up backfill may journal the same responses at once: they take turns on the case,
        // and the second sees what the first journalled (a duplicate key had failed the start-up)
        repository.lockCase(consultation.id());
        Set<Integer> done = repository.journalledResponses(consultation.id(), sequenceNumbers);
        int first = sequenceNumbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = sequenceNumbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<StoredResponse> due = responses.list(consultation, first - 1, last - first + 1).stream()
                .filter(response -> sequenceNumbers.contains(response.sequenceNumber()) && !done.contains(response.sequenceNumber()))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        Map<Integer, List<Attachment>> files = attachments.list(consultation.id(), due.stream().map(StoredResponse::sequenceNumber).toList());
        // one reservation of running numbers per journal year in the batch (a batch may straddle New Year)
        Map<Integer, List<StoredResponse>> byYear = new TreeMap<>();
        due.forEach(response -> byYear.computeIfAbsent(journalDate(response).getYear(), year -> new ArrayList<>()).add(response));
        byYear.forEach((year, ofYear) -> {
            int sequence = repository.reserveSequence(year, ofYear.size());
            for (StoredResponse response : ofYear) {
                repository.insert(entry(consultation, response, sequence++, files.getOrDefault(response.sequenceNumber(), List.of())));
            }
        });
    }

    private JournalEntry entry(Consultation consultation, StoredResponse response, int journalSequence, List<Attachment> files) {
        Respondent respondent = response.respondent();
        boolean person = respondent.kind() == RespondentKind.PERSON;
        boolean screened = person && response.publication().withholdName();
        String prefix = response.revises() == null ? TITLE : REVISED_TITLE;
        String title = prefix + respondent.name();
        String publicTitle = screened ? prefix + Screening.MASK : title;
        LocalDate journalDate = journalDate(response);
        List<Journal.Document> documents = new ArrayList<>();
        documents.add(new Journal.Document(title, JournalDocument.Source.RESPONSE, null));
        for (Attachment file : files) {
            documents.add(new Journal.Document(file.name(), JournalDocument.Source.ATTACHMENT, (long) file.position()));
        }
        if (response.source().isIntake()) {
            long itemId = Long.parseLong(response.source().reference());
            String name = intake.find(consultation, itemId).map(IntakeItem::fileName).orElse("Mottatt dokument");
            documents.add(new Journal.Document(name, JournalDocument.Source.INTAKE_ORIGINAL, itemId));
        }
        JournalParty sender = new JournalParty(1, JournalParty.Type.SENDER, respondent.name(), respondent.organisationNumber(),
                respondent.email(), person);
        return new JournalEntry(0, UUID.randomUUID(), consultation.id(), consultation.caseNumber(), response.sequenceNumber(),
                response.documentNumber(), journalDate.getYear(), journalSequence, JournalEntryType.INCOMING, JournalStatus.JOURNALFOERT,
                journalDate, response.receivedAt().atZone(DateFormats.OSLO).toLocalDate(), response.receivedAt(), null, title, publicTitle,
                screened ? Screening.PRIVATE_SENDER : Screening.NONE, response.sequenceNumber(), null, null, response.registeredAt(),
                Journal.SYSTEM, List.of(sender), Journal.numbered(documents));
    }

    private static LocalDate journalDate(StoredResponse response) {
        return response.registeredAt().atZone(DateFormats.OSLO).toLocalDate();
    }
}
