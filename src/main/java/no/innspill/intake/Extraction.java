package no.innspill.intake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.document.Notice;
import no.innspill.form.Answer;

/**
 * What {@link Extractor} read from one file, for a person to review before it is registered.
 *
 * @param respondent the name on a "Høringsinstans:" line or field, or {@code null}
 * @param answers    every answer id of the form, in form order; {@link Answer#EMPTY} where nothing was found
 * @param unplaced   text that belongs to no question (all of a letter's text), or {@code null}
 * @param warnings   what needs a person's eye, as codes worded by {@code intake.notice.<code>} in the intake bundle
 * @param confidence 0..1: the share of the form's questions found, lowered by every warning
 */
public record Extraction(String respondent, Map<String, Answer> answers, String unplaced, List<Notice> warnings, double confidence) {

    public Extraction {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        warnings = List.copyOf(warnings);
    }
}
