package no.innspill.archive.noark5;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.innspill.archive.ArchiveCopies;
import no.innspill.archive.ArchiveCopy;
import no.innspill.archive.AttachmentArchiveCopy;
import no.innspill.archive.Journal;
import no.innspill.archive.JournalChange;
import no.innspill.archive.JournalDocument;
import no.innspill.archive.JournalEntry;
import no.innspill.archive.JournalEntryType;
import no.innspill.archive.JournalParty;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationChange;
import no.innspill.consultation.ConsultationDocument;
import no.innspill.consultation.ConsultationDocuments;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.document.ArchivalPdf;
import no.innspill.document.AttachedFile;
import no.innspill.document.AttachmentCopies;
import no.innspill.document.DocumentFormat;
import no.innspill.document.FileLimits;
import no.innspill.intake.IntakeItem;
import no.innspill.intake.IntakeItems;
import no.innspill.platform.DateFormats;
import no.innspill.response.Responses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The Noark 5 v5.0 extract (arkivuttrekk) of a closed consultation's case, as Arkivverket's Arkade 5 tests it
 * ({@code ../shared/noark5/NOTES.md}): {@code arkivuttrekk.xml}, {@code arkivstruktur.xml}, both journals,
 * {@code endringslogg.xml}, Arkivverket's XSDs and one PDF/A per document in {@code dokumenter/}, all at the
 * zip's root.
 *
 * <p>In two steps. {@link #prepare} makes every check that can refuse (not closed, copies not made, schemas
 * missing, a document that cannot be made PDF/A) and converts the few documents kept in another format (intake
 * originals, the consultation's own documents) to temporary files; then it sets every entry «Arkivert».
 * {@link #write} then streams the zip: the entries are paged from the database in journal order, a thousand at
 * a time, each document is read (one at a time) and written into its zip entry while it is hashed, and each
 * entry's XML is written with StAX to temporary files at once; those follow the documents into the zip, and
 * {@code arkivuttrekk.xml}, which holds their checksums, comes last.
 */
@Service
class Noark5Extract {

    private static final Logger log = LoggerFactory.getLogger(Noark5Extract.class);

    static final String ARKIVSTRUKTUR = "http://www.arkivverket.no/standarder/noark5/arkivstruktur";
    static final String LOEPENDE = "http://www.arkivverket.no/standarder/noark5/loependeJournal";
    static final String OFFENTLIG = "http://www.arkivverket.no/standarder/noark5/offentligJournal";
    static final String ENDRINGSLOGG = "http://www.arkivverket.no/standarder/noark5/endringslogg";
    static final String DOCUMENTS = "dokumenter/";
    static final String MEDIUM = "Elektronisk arkiv";
    static final String CLASS_ID = "Høringer";
    static final String UNKNOWN_VALUE = "—";
    private static final int PAGE = Journal.MAX_PAGE;

    /** The PRONOM id of each PDF/A flavour Arkade takes as an archive format. */
    static final Map<String, String> PRONOM = Map.of("1a", "fmt/95", "1b", "fmt/354", "2a", "fmt/476", "2b", "fmt/477", "2u", "fmt/478");

    private final Journal journal;
    private final ArchiveCopies copies;
    private final Responses responses;
    private final Consultations consultations;
    private final IntakeItems intake;
    private final ConsultationDocuments consultationDocuments;
    private final AttachmentCopies attachmentCopies;
    private final Noark5Properties properties;

    Noark5Extract(Journal journal, ArchiveCopies copies, Responses responses, Consultations consultations, IntakeItems intake,
                  ConsultationDocuments consultationDocuments, AttachmentCopies attachmentCopies, Noark5Properties properties) {
        this.journal = journal;
        this.copies = copies;
        this.responses = responses;
        this.consultations = consultations;
        this.intake = intake;
        this.consultationDocuments = consultationDocuments;
        this.attachmentCopies = attachmentCopies;
        this.properties = properties;
    }

    /** A document converted before the first byte, in a temporary file. */
    record Converted(Path file, String flavour) {
    }

    /**
     * An extract ready to be written: checked, its converted documents in {@code directory}, its entries «Arkivert».
     * Close it to delete the temporary files.
     *
     * @param lastEntry the highest entry number in the extract: an entry journalled later is not in it
     */
    /**
     * The remark (merknad) a superseded entry carries in the extract: the logged «Erstattet av 22/414-9», so the
     * endringslogg's change of {@code merknad} points at an element that is there. {@code null} for other entries.
     */
    private JournalChange remark(JournalEntry entry, Prepared prepared) {
        if (!entry.isSuperseded()) {
            return null;
        }
        return journal.changes(entry).stream().filter(change -> Journal.REMARK_FIELD.equals(change.field()) && change.newValue() != null)
                .reduce((first, later) -> later)
                .orElseGet(() -> new JournalChange(0, null, entry.id(), Journal.REMARK_FIELD, null,
                        "Erstattet av " + entry.caseNumber() + "-" + entry.supersededBy(), prepared.exportedAt(), Journal.SYSTEM));
    }

    record Prepared(Consultation consultation, Noark5Schemas schemas, Journal.Extent extent, int lastEntry, Path directory,
                    Map<UUID, Converted> converted, Instant exportedAt, String who, Instant closedAt, String closedBy,
                    String creatorId) implements AutoCloseable {

        @Override
        public void close() {
            deleteTree(directory);
        }
    }

    /**
     * Checks that the consultation's extract can be made, converts what must be converted and sets every entry
     * «Arkivert» (each change logged by {@code who}, in one transaction).
     *
     * @throws Noark5Refusal when it cannot be made now, saying why
     */
    Prepared prepare(Consultation consultation, String who) {
        if (consultation.status() != ConsultationStatus.CLOSED) {
            throw new Noark5Refusal(HttpStatus.CONFLICT, "Consultation not closed", "not-closed", "Consultation "
                    + consultation.caseNumber() + " is " + consultation.status().dbValue()
                    + ", not closed; a Noark 5 extract is made of a closed case only. Close it first.");
        }
        Noark5Schemas schemas = Noark5Schemas.in(properties.noark5Schemas());
        int registered = responses.count(consultation);
        Journal.Extent extent = journal.extent(consultation);
        if (extent.incoming() < registered) {
            int missing = registered - extent.incoming();
            throw new Noark5Refusal(HttpStatus.CONFLICT, "Responses not journalled yet", "not-journalled", missing
                    + " registered response(s) of " + consultation.caseNumber() + " are not journalled yet; try again shortly", missing);
        }
        ArchiveCopies.Progress progress = copies.progress(consultation);
        int pending = progress.pending() + Math.max(0, registered - progress.responseCopies());
        if (pending > 0) {
            throw new Noark5Refusal(HttpStatus.CONFLICT, "Archive copies not made yet", "copies-pending", pending
                    + " archive cop" + (pending == 1 ? "y is" : "ies are") + " still being made (PDF/A of responses and attached files);"
                    + " try again when they are done", pending);
        }
        if (progress.failed() > 0) {
            throw new Noark5Refusal(HttpStatus.CONFLICT, "Archive copies failed", "copies-failed", progress.failed()
                    + " archive cop" + (progress.failed() == 1 ? "y" : "ies") + " could not be made; see the log and the responses' pages",
                    progress.failed());
        }
        if (extent.entries() == 0) {
            throw new Noark5Refusal(HttpStatus.CONFLICT, "Empty journal", "empty", "Case " + consultation.caseNumber()
                    + " has no journal entries; an extract needs at least one");
        }
        Path directory;
        try {
            directory = Files.createTempDirectory("innspill-noark5-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<UUID, Converted> converted = convert(consultation, extent.lastEntry(), directory);
            journal.archiveAll(consultation, extent.lastEntry(), who);
            ConsultationChange closing = consultations.changes(consultation).stream()
                    .filter(change -> change.isStatus() && ConsultationStatus.CLOSED.dbValue().equals(change.newValue()))
                    .reduce((first, second) -> second).orElse(null);
            Instant now = Instant.now();
            String creatorId = properties.creatorId() == null || properties.creatorId().isBlank() ? consultation.owner() : properties.creatorId();
            return new Prepared(consultation, schemas, extent, extent.lastEntry(), directory, converted, now, who,
                    closing == null ? now : closing.changedAt(), closing == null ? who : closing.changedBy(), creatorId);
        } catch (RuntimeException e) {
            deleteTree(directory);
            throw e;
        }
    }

    /** The intake originals and consultation documents of the extract as PDF/A, in temporary files, by object systemID. */
    private Map<UUID, Converted> convert(Consultation consultation, int lastEntry, Path directory) {
        Map<UUID, Converted> converted = new HashMap<>();
        int year = 0;
        int sequence = 0;
        List<JournalEntry> page;
        do {
            page = journal.pageInJournalOrder(consultation, year, sequence, lastEntry, PAGE);
            for (JournalEntry entry : page) {
                for (JournalDocument document : entry.documents()) {
                    if (document.source() == JournalDocument.Source.INTAKE_ORIGINAL
                            || document.source() == JournalDocument.Source.CONSULTATION_DOCUMENT) {
                        converted.put(document.objectSystemId(), convert(consultation, entry, document, directory));
                    }
                }
                year = entry.journalYear();
                sequence = entry.journalSequence();
            }
        } while (page.size() == PAGE);
        return converted;
    }

    private Converted convert(Consultation consultation, JournalEntry entry, JournalDocument document, Path directory) {
        String what = "document " + document.documentNumber() + " of " + entry.documentNumber() + " (" + document.title() + ")";
        try {
            AttachedFile file;
            byte[] content;
            if (document.source() == JournalDocument.Source.INTAKE_ORIGINAL) {
                IntakeItem item = intake.find(consultation, document.sourceRef()).orElseThrow(() -> new IllegalStateException("no intake item"));
                DocumentFormat format = item.isPdf() ? DocumentFormat.PDF : item.isDocx() ? DocumentFormat.DOCX : null;
                content = intake.content(item).orElse(null);
                if (format == null || content == null) {
                    throw new IllegalStateException("the original is neither a PDF nor a Word file, or was not kept");
                }
                file = new AttachedFile(null, 1, item.fileName(), format, content.length);
            } else {
                ConsultationDocument stored = consultationDocuments.get(consultation, document.sourceRef());
                content = consultationDocuments.content(consultation, stored).orElseThrow(() -> new IllegalStateException("no content"));
                file = new AttachedFile(null, 1, stored.fileName(), stored.format(), content.length);
            }
            ArchivalPdf pdf = attachmentCopies.convert(file, content, entry.documentNumber(), consultation.owner(), FileLimits.DEFAULTS);
            Path target = directory.resolve(document.objectSystemId() + ".pdf");
            Files.write(target, pdf.pdf());
            return new Converted(target, flavour(pdf.conversion(), pdf.detail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.warn("The extract of {} cannot make {} PDF/A: {}", consultation.caseNumber(), what, e.toString());
            throw new Noark5Refusal(HttpStatus.CONFLICT, "Document cannot be made PDF/A", "conversion-failed", "The extract cannot make "
                    + what + " PDF/A: " + e.getMessage(), entry.documentNumber(), document.title());
        }
    }

    /** "2b" for an {@link ArchivalPdf} or attachment copy: what it claims when kept, else what Innspill makes. */
    static String flavour(String conversion, String detail) {
        if (ArchivalPdf.KEPT.equals(conversion)) {
            return detail;
        }
        return ArchivalPdf.PAGE_IMAGES.equals(conversion) ? "2b" : "2a";
    }

    /** A document as written into the package. */
    record Written(JournalDocument document, String path, String sha256, long size, String flavour) {
    }

    /** Writes the prepared extract as a zip to {@code out}, which it leaves open. */
    void write(Prepared prepared, OutputStream out) throws IOException {
        Consultation consultation = prepared.consultation();
        Path dir = prepared.directory();
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024));
        Map<String, Path> xmlFiles = new LinkedHashMap<>();
        for (String name : List.of("arkivstruktur.xml", "loependeJournal.xml", "offentligJournal.xml", "endringslogg.xml")) {
            xmlFiles.put(name, dir.resolve(name));
        }
        Totals totals = new Totals();
        try (OutputStream structureFile = new BufferedOutputStream(Files.newOutputStream(xmlFiles.get("arkivstruktur.xml")));
             OutputStream runningFile = new BufferedOutputStream(Files.newOutputStream(xmlFiles.get("loependeJournal.xml")));
             OutputStream publicFile = new BufferedOutputStream(Files.newOutputStream(xmlFiles.get("offentligJournal.xml")));
             Xml structure = Xml.start(structureFile, "arkiv", ARKIVSTRUKTUR, "arkivstruktur.xsd");
             Xml running = Xml.start(runningFile, "loependeJournal", LOEPENDE, "loependeJournal.xsd");
             Xml open = Xml.start(publicFile, "offentligJournal", OFFENTLIG, "offentligJournal.xsd")) {
            Arkivstruktur.head(structure, prepared, journal.caseSystemId(consultation));
            Journals.head(running, prepared);
            Journals.head(open, prepared);
            int year = 0;
            int sequence = 0;
            List<JournalEntry> page;
            do {
                page = journal.pageInJournalOrder(consultation, year, sequence, prepared.lastEntry(), PAGE);
                for (JournalEntry entry : page) {
                    List<Written> documents = new ArrayList<>();
                    for (JournalDocument document : entry.documents()) {
                        documents.add(writeDocument(prepared, entry, document, zip));
                    }
                    totals.documents += documents.size();
                    totals.entries++;
                    totals.screened |= entry.screening().any();
                    Arkivstruktur.registrering(structure, prepared, entry, documents, remark(entry, prepared));
                    Journals.registrering(running, consultation, entry, false);
                    Journals.registrering(open, consultation, entry, true);
                    year = entry.journalYear();
                    sequence = entry.journalSequence();
                }
            } while (page.size() == PAGE);
            Arkivstruktur.tail(structure, prepared);
            structure.finish();
            running.finish();
            open.finish();
        }
        if (totals.entries != prepared.extent().entries()) {
            log.warn("The extract of {} has {} entries, its journals' heads say {}", consultation.caseNumber(), totals.entries,
                    prepared.extent().entries());
        }
        try (OutputStream changesFile = new BufferedOutputStream(Files.newOutputStream(xmlFiles.get("endringslogg.xml")));
             Xml changes = Xml.start(changesFile, "endringslogg", ENDRINGSLOGG, "endringslogg.xsd")) {
            long after = 0;
            List<Journal.EntryChange> page;
            do {
                page = journal.changesUpTo(consultation, after, prepared.lastEntry(), PAGE);
                for (Journal.EntryChange change : page) {
                    changes.open("endring")
                            .text("referanseArkivenhet", change.entrySystemId())
                            .text("referanseMetadata", change.change().field())
                            .text("endretDato", Xml.dateTime(change.change().changedAt()))
                            .text("endretAv", change.change().changedBy())
                            .text("tidligereVerdi", orUnknown(change.change().oldValue()))
                            .text("nyVerdi", orUnknown(change.change().newValue()))
                            .end();
                    totals.changes++;
                    after = change.change().id();
                }
            } while (page.size() == PAGE);
            changes.finish();
        }
        Map<String, String> checksums = new LinkedHashMap<>();
        for (Map.Entry<String, Path> file : xmlFiles.entrySet()) {
            checksums.put(file.getKey(), copyInto(zip, file.getKey(), file.getValue()));
        }
        for (String schema : Noark5Schemas.FILES.keySet()) {
            checksums.put(schema, copyInto(zip, schema, prepared.schemas().path(schema)));
        }
        zip.putNextEntry(new ZipEntry("arkivuttrekk.xml"));
        try (Digesting entry = new Digesting(zip); Xml addml = Xml.start(entry, "addml", Arkivuttrekk.ADDML, "addml.xsd")) {
            Arkivuttrekk.write(addml, prepared, checksums, totals.entries, totals.changes, totals.documents, totals.screened);
            addml.finish();
        }
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** What the pass over the entries counted. */
    static final class Totals {
        int entries;
        int documents;
        int changes;
        boolean screened;
    }

    private Written writeDocument(Prepared prepared, JournalEntry entry, JournalDocument document, ZipOutputStream zip) throws IOException {
        Consultation consultation = prepared.consultation();
        String path = DOCUMENTS + entry.documentNumber().replace('/', '-') + "-" + document.documentNumber() + ".pdf";
        byte[] pdf = null;
        Path file = null;
        String flavour;
        switch (document.source()) {
            case RESPONSE -> {
                ArchiveCopy copy = copies.find(consultation, entry.responseSequence())
                        .filter(found -> found.status() == ArchiveCopy.Status.STORED)
                        .orElseThrow(() -> new IllegalStateException("The archive copy of " + entry.documentNumber() + " is not stored"));
                pdf = copy.pdf();
                flavour = "2a";
            }
            case ATTACHMENT -> {
                AttachmentArchiveCopy copy = copies.findAttachment(consultation, entry.responseSequence(), document.sourceRef().intValue())
                        .filter(found -> found.status() == ArchiveCopy.Status.STORED)
                        .orElseThrow(() -> new IllegalStateException("The archive copy of attachment " + document.sourceRef() + " of "
                                + entry.documentNumber() + " is not stored"));
                pdf = copy.pdf();
                flavour = flavour(copy.conversion(), copy.detail());
            }
            default -> {
                Converted converted = prepared.converted().get(document.objectSystemId());
                if (converted == null) {
                    throw new IllegalStateException("Document " + document.documentNumber() + " of " + entry.documentNumber() + " was not converted");
                }
                file = converted.file();
                flavour = converted.flavour();
            }
        }
        zip.putNextEntry(new ZipEntry(path));
        Digesting digesting = new Digesting(zip);
        if (pdf != null) {
            digesting.write(pdf);
        } else {
            Files.copy(file, digesting);
        }
        digesting.flush();
        zip.closeEntry();
        return new Written(document, path, digesting.sha256Hex(), digesting.size(), flavour);
    }

    private static String copyInto(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Digesting digesting = new Digesting(zip);
        Files.copy(file, digesting);
        digesting.flush();
        zip.closeEntry();
        return digesting.sha256Hex();
    }

    static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN_VALUE : value;
    }

    /** The journal's recipients, or the høringsliste when an outgoing entry names none (the journals need one). */
    static List<JournalParty> parties(JournalEntry entry) {
        if (!entry.parties().isEmpty()) {
            return entry.parties();
        }
        return List.of(new JournalParty(1, entry.type() == JournalEntryType.OUTGOING ? JournalParty.Type.RECIPIENT : JournalParty.Type.SENDER,
                entry.type() == JournalEntryType.OUTGOING ? "Høringsinstansene iht. høringsliste" : "Ukjent avsender", null, null, false));
    }

    /** The archive period: from the case's creation to its closing, or the last journal date when that is later. */
    static LocalDate periodStart(Prepared prepared) {
        LocalDate created = prepared.consultation().createdAt().atZone(DateFormats.OSLO).toLocalDate();
        LocalDate first = prepared.extent().firstJournalDate();
        return first != null && first.isBefore(created) ? first : created;
    }

    static LocalDate periodEnd(Prepared prepared) {
        LocalDate closed = prepared.closedAt().atZone(DateFormats.OSLO).toLocalDate();
        LocalDate last = prepared.extent().lastJournalDate();
        return last != null && last.isAfter(closed) ? last : closed;
    }

    static void deleteTree(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", path, e.toString());
                }
            });
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", directory, e.toString());
        }
    }
}
