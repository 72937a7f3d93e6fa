package no.innspill.form;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One question of a form, or a section heading between questions ({@link QuestionKind#HEADING}: no
 * answer, no number).
 *
 * @param number      the number respondents see; 0 for a heading
 * @param options     the choices, for {@link QuestionKind#CHOICE} and {@link QuestionKind#MULTIPLE_CHOICE}; empty otherwise
 * @param elaboration free text beside the choice(s) ("utdyp gjerne"), or {@code null}
 * @param maxLength   the limit for the question's own text (text and text-with-parts)
 * @param parts       the sub-answers, for {@link QuestionKind#TEXT_WITH_PARTS}; empty otherwise
 * @param required    whether a respondent must answer it (never for a heading)
 * @param help        plain text shown under the question, or {@code null}
 * @param maxFiles    how many files an {@link QuestionKind#ATTACHMENTS} question takes; 0 for other kinds
 */
public record Question(
        String id,
        int number,
        QuestionKind kind,
        String text,
        List<Option> options,
        Elaboration elaboration,
        int maxLength,
        List<Part> parts,
        boolean required,
        String help,
        int maxFiles) {

    /** The most files one attachments question may take, and its default. */
    public static final int MAX_FILES = 10;

    public Question {
        options = List.copyOf(options);
        parts = List.copyOf(parts);
    }

    /** An optional question without help text that takes no files, as every question was before those fields. */
    public Question(String id, int number, QuestionKind kind, String text, List<Option> options, Elaboration elaboration,
                    int maxLength, List<Part> parts) {
        this(id, number, kind, text, options, elaboration, maxLength, parts, false, null, 0);
    }

    /** A question that takes no files. */
    public Question(String id, int number, QuestionKind kind, String text, List<Option> options, Elaboration elaboration,
                    int maxLength, List<Part> parts, boolean required, String help) {
        this(id, number, kind, text, options, elaboration, maxLength, parts, required, help, 0);
    }

    /** An optional question without help text. */
    public Question(String id, int number, QuestionKind kind, String text, List<Option> options, Elaboration elaboration,
                    int maxLength, List<Part> parts, int maxFiles) {
        this(id, number, kind, text, options, elaboration, maxLength, parts, false, null, maxFiles);
    }

    /** A section heading: it is shown between the questions, but takes no answer and has no number. */
    @JsonIgnore // derived from kind; not a field of the form's JSON
    public boolean isHeading() {
        return kind == QuestionKind.HEADING;
    }

    /** Whether the respondent ticks options (a choice or a multiple choice), rather than only writing. */
    @JsonIgnore
    public boolean hasOptions() {
        return kind == QuestionKind.CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
    }

    /** One choice, such as {@code yes} labelled "Ja". */
    public record Option(String id, String label) {
    }

    /** Free text attached to a choice; {@code hint} follows each option's label ("Ja, utdyp gjerne"). */
    public record Elaboration(String hint, int maxLength) {
    }

    /** A sub-answer under a question, such as one per goal; answered as {@code q2.goal1}. */
    public record Part(String id, String fullId, String title, int maxLength) {
    }
}
