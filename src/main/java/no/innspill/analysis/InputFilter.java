package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidParameterException;

/**
 * Which inputs a list or export holds: those to one question or part ({@code part}: marked in its answer or its parts'
 * or said to concern it), and those with one disposition or none yet ({@code undecided}); {@code null} for any.
 */
record InputFilter(String part, String disposition) {

    static final InputFilter ALL = new InputFilter(null, null);

    /**
     * The filter of these query values, checked against the form.
     *
     * @throws InvalidParameterException naming {@code part} or {@code disposition} for a value they do not take
     */
    static InputFilter of(String part, String disposition, FormDefinition form) {
        List<FieldError> errors = new ArrayList<>();
        String shownPart = part == null || part.isBlank() ? null : part.strip();
        if (shownPart != null && !form.answerIds().contains(shownPart)) {
            errors.add(FieldError.of("part", "is not a question or part of the form: one of " + String.join(", ", form.answerIds()))
                    .withCode("part-unknown"));
        }
        String shownDisposition = disposition == null || disposition.isBlank() ? null : disposition.strip();
        if (shownDisposition != null && !shownDisposition.equals(DispositionNames.UNDECIDED)
                && DispositionNames.fromJson(shownDisposition).isEmpty()) {
            errors.add(FieldError.of("disposition", "must be adopted, partly-adopted, not-adopted, noted or undecided")
                    .withCode("disposition-unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException("Unknown filter values", errors);
        }
        return new InputFilter(shownPart, shownDisposition);
    }
}
