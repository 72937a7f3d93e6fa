package no.innspill.analysis;

import java.util.ArrayList;
import java.util.List;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidParameterException;

/**
 * Which inputs a list or export holds: those to one question or part ({@code part}: marked in its answer or its parts'
 * or said to concern it or its parts), and those with one disposition or none yet ({@code undecided}); {@code null} for
 * any. With {@code belonging}, an input is to the part only where it belongs in the report: it names the part itself
 * among its concerns, or names no part and is marked in the part's answer — so no input is listed twice over a
 * question and its parts.
 */
record InputFilter(String part, String disposition, boolean belonging) {

    static final InputFilter ALL = new InputFilter(null, null, false);

    InputFilter(String part, String disposition) {
        this(part, disposition, false);
    }

    /** The inputs that belong to one question or part in the summary report, whatever their disposition. */
    static InputFilter belongingTo(String part) {
        return new InputFilter(part, null, true);
    }

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
