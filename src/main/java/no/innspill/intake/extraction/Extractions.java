package no.innspill.intake.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innspill.document.CaseDetails;
import no.innspill.document.FileLimits;
import no.innspill.document.Notice;
import no.innspill.document.PdfFormReader;
import no.innspill.document.word.WordFile;
import no.innspill.document.word.WordFormException;
import no.innspill.document.word.WordFormReader;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.intake.Extraction;
import no.innspill.intake.ExtractionException;
import no.innspill.intake.Extractor;
import no.innspill.intake.IntakeFileType;
import no.innspill.intake.IntakeProblem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.FileMagic;

/** The way in for {@link Extractor}: the file's kind from its first bytes, then the reader for it. */
public final class Extractions {

    /** The note on answers read from the fillable PDF's fields rather than its text. */
    public static final String READ_FROM_FIELDS = "read-from-form-fields";

    private Extractions() {
    }

    public static Extraction extract(String fileName, byte[] bytes, FormDefinition form, CaseDetails caseDetails, FileLimits limits)
            throws ExtractionException {
        if (bytes == null || bytes.length == 0) {
            throw new ExtractionException(IntakeProblem.of("empty"), "empty file");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new ExtractionException(IntakeProblem.of("too-large", String.valueOf(limits.maxFileBytes())),
                    "file larger than " + FileLimits.megabytes(limits.maxFileBytes()));
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        List<Notice> warnings = new ArrayList<>();
        String contentType = IntakeFileType.of(bytes);
        if (IntakeFileType.namedOtherwise(fileName, contentType)) {
            warnings.add(Notice.of(contentType.equals(IntakeFileType.PDF) ? "name-mismatch-pdf" : "name-mismatch-word", fileName));
        }
        if (IntakeFileType.PDF.equals(contentType)) { // also with up to 1024 bytes before its header, as PDF readers accept
            return pdf(bytes, form, caseDetails, limits, warnings);
        }
        return switch (magic) {
            // a password-protected .docx and a .doc are OLE2 files; the Word reader says which
            case OOXML, OLE2 -> word(bytes, form, caseDetails, limits, warnings);
            default -> throw neitherWordNorPdf(fileName, magic);
        };
    }

    private static ExtractionException neitherWordNorPdf(String fileName, FileMagic magic) {
        if (magic == FileMagic.RTF) {
            return new ExtractionException(IntakeProblem.of("unsupported-type"), "not a Word or PDF file: an RTF document; save it as .docx or PDF");
        }
        // what is named a PDF or a Word document but is neither is most likely one that was damaged
        String problem = switch (IntakeFileType.extension(fileName)) {
            case "pdf" -> "corrupt-pdf";
            case "docx" -> "corrupt-docx";
            default -> "unsupported-type";
        };
        return new ExtractionException(IntakeProblem.of(problem), "not a Word or PDF file");
    }

    // ---- PDF ----

    private static Extraction pdf(byte[] bytes, FormDefinition form, CaseDetails caseDetails, FileLimits limits, List<Notice> warnings)
            throws ExtractionException {
        List<String> blocks;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                warnings.add(Notice.of("pdf-protected"));
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException(IntakeProblem.of("corrupt-pdf"), "damaged PDF: it has no pages");
            }
            if (pages > limits.maxPdfPages()) {
                throw new ExtractionException(IntakeProblem.of("pdf-too-long", String.valueOf(limits.maxPdfPages())),
                        "PDF too long: " + pages + " pages, more than " + limits.maxPdfPages());
            }
            Optional<PdfFormReader.Filled> fields = PdfFormReader.read(document, form);
            if (fields.isPresent()) {
                return fromFields(fields.get(), warnings);
            }
            blocks = PdfBlocks.of(PdfLines.of(document));
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(IntakeProblem.of("encrypted-pdf"), "encrypted PDF: it is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(IntakeProblem.of("corrupt-pdf"), "damaged PDF: " + detail(e), e);
        }
        if (blocks.isEmpty()) {
            warnings.add(Notice.of("pdf-no-text"));
            return new Extraction(null, emptyAnswers(form), null, warnings, 0);
        }
        return FormMatching.match(blocks, form, caseDetails, warnings);
    }

    /**
     * Our fillable blank form, read from its fields: exactly what was typed and ticked, so the
     * confidence is full but for other warnings, and a note says where the answers came from.
     */
    private static Extraction fromFields(PdfFormReader.Filled filled, List<Notice> warnings) {
        List<Notice> all = new ArrayList<>(warnings);
        all.addAll(filled.warnings());
        double confidence = Math.pow(FormMatching.WARNING_FACTOR, all.size());
        all.add(0, Notice.of(READ_FROM_FIELDS));
        var respondent = new Extraction.Respondent(filled.respondentKind(), filled.respondentName(), filled.organisationNumber(),
                filled.email(), filled.contactName(), filled.contactPhone());
        return new Extraction(filled.respondentName(), filled.answers(), null, all, confidence, respondent, filled.publication());
    }

    // ---- Word ----

    private static Extraction word(byte[] bytes, FormDefinition form, CaseDetails caseDetails, FileLimits limits, List<Notice> warnings)
            throws ExtractionException {
        WordFormReader.Filled filled;
        List<String> blocks = null;
        try (WordFile file = WordFile.open(bytes, limits)) {
            if (file.hasMacros()) {
                warnings.add(Notice.of("macros"));
            }
            filled = WordFormReader.read(file, form, caseDetails.caseNumber());
            if (!filled.tagged()) {
                blocks = DocxBlocks.of(file.paragraphs());
            }
        } catch (WordFormException e) {
            throw wordProblem(e, limits);
        } catch (RuntimeException e) {
            throw new ExtractionException(IntakeProblem.of("corrupt-docx"), "damaged Word document: " + detail(e), e);
        }
        if (blocks != null) {
            return FormMatching.match(blocks, form, caseDetails, warnings);
        }
        // our own form, read by its tags
        List<Notice> all = new ArrayList<>(warnings);
        all.addAll(filled.warnings());
        var respondent = new Extraction.Respondent(filled.respondentKind(), filled.respondentName(), filled.organisationNumber(),
                filled.email(), filled.contactName(), filled.contactPhone());
        return new Extraction(filled.respondentName(), TypedParts.moved(filled.answers(), form), null, all,
                Math.pow(FormMatching.WARNING_FACTOR, all.size()), respondent, filled.publication());
    }

    private static ExtractionException wordProblem(WordFormException e, FileLimits limits) {
        return switch (e.reason()) {
            case EMPTY -> new ExtractionException(IntakeProblem.of("empty"), "empty file", e);
            case TOO_LARGE -> new ExtractionException(IntakeProblem.of("too-large", String.valueOf(limits.maxFileBytes())),
                    "file larger than " + FileLimits.megabytes(limits.maxFileBytes()), e);
            case TOO_LARGE_UNPACKED -> new ExtractionException(IntakeProblem.of("too-large-unpacked"), "zip bomb: " + e.getMessage(), e);
            case NOT_WORD -> new ExtractionException(IntakeProblem.of("corrupt-docx"), "not a Word or PDF file: " + e.getMessage(), e);
            case LEGACY_WORD -> new ExtractionException(IntakeProblem.of("old-word"), "old Word document (.doc): save it as .docx or PDF", e);
            case ENCRYPTED -> new ExtractionException(IntakeProblem.of("encrypted-docx"), "encrypted Word document: it is protected by a password", e);
            case DAMAGED -> new ExtractionException(IntakeProblem.of("corrupt-docx"),
                    "damaged Word document: " + e.getMessage().replaceFirst("^The Word document is damaged( or cut short)?: ", ""), e);
        };
    }

    private static Map<String, Answer> emptyAnswers(FormDefinition form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        form.answerIds().forEach(id -> answers.put(id, Answer.EMPTY));
        return answers;
    }

    /** The innermost cause's message on one line. */
    private static String detail(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
