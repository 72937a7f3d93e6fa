package no.innspill.intake;

import no.innspill.document.CaseDetails;
import no.innspill.document.FileLimits;
import no.innspill.form.FormDefinition;
import no.innspill.intake.extraction.Extractions;

/**
 * Reads an e-mailed response — a Word form (.docx, ours or Word's usual markup), a PDF saved from
 * one, or a letter — into the answers of a consultation's form. The file's type is judged by its
 * content, not its name. Pure and offline: no Spring, no database, nothing written.
 */
public final class Extractor {

    private Extractor() {
    }

    /**
     * @param fileName    the name the file came with; only compared with what the content is
     * @param caseDetails the consultation's: its texts are the form's own, not the respondent's
     * @param limits      the application's ({@link IntakeProperties#fileLimits()}) or {@link FileLimits#DEFAULTS}
     * @throws ExtractionException with its problem and a one-line message when the file cannot be read at all
     */
    public static Extraction extract(String fileName, byte[] bytes, FormDefinition form, CaseDetails caseDetails, FileLimits limits)
            throws ExtractionException {
        return Extractions.extract(fileName, bytes, form, caseDetails, limits);
    }
}
