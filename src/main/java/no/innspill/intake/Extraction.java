package no.innspill.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.document.FilledPublication;
import no.innspill.document.Notice;
import no.innspill.form.Answer;

/**
 * What {@link Extractor} read from one file, for a person to review before it is registered.
 *
 * @param respondent        the name on a "Høringsinstans:" line or field, or {@code null}
 * @param answers           every answer id of the form, in form order; {@link Answer#EMPTY} where nothing was found
 * @param unplaced          text that belongs to no question (all of a letter's text), or {@code null}
 * @param warnings          what needs a person's eye, as codes worded by {@code intake.notice.<code>} in the intake bundle
 * @param confidence        0..1: the share of the form's questions found, lowered by every warning
 * @param respondentDetails the whole respondent block where the file has fields for it (our Word form, our
 *                          fillable PDF); else only the name
 * @param publication       what the file's fields say about publication (our Word form, our fillable PDF);
 *                          {@link FilledPublication#NONE} for a file read from its text
 */
public record Extraction(String respondent, Map<String, Answer> answers, String unplaced, List<Notice> warnings, double confidence,
                         Respondent respondentDetails, FilledPublication publication) {

    public Extraction {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        warnings = List.copyOf(warnings);
        respondentDetails = respondentDetails == null ? new Respondent(null, respondent, null, null, null, null) : respondentDetails;
        publication = publication == null ? FilledPublication.NONE : publication;
    }

    /** Read from text: of the respondent only a name, if any, and nothing about publication. */
    public Extraction(String respondent, Map<String, Answer> answers, String unplaced, List<Notice> warnings, double confidence) {
        this(respondent, answers, unplaced, warnings, confidence, null, null);
    }

    /**
     * The respondent block as filled in; {@code null} where empty.
     *
     * @param kind {@code organisation} or {@code person}
     */
    public record Respondent(String kind, String name, String organisationNumber, String email, String contactName, String contactPhone) {

        /** Nothing read. */
        public static final Respondent NONE = new Respondent(null, null, null, null, null, null);
    }
}
