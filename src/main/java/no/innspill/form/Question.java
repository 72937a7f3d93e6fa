package no.innspill.form;

import java.util.List;

/**
 * One numbered question of a form.
 *
 * @param options     the choices, for {@link QuestionKind#CHOICE}; empty otherwise
 * @param elaboration free text beside a choice ("utdyp gjerne"), or {@code null}
 * @param maxLength   the limit for the question's own text (text and text-with-parts)
 * @param parts       the sub-answers, for {@link QuestionKind#TEXT_WITH_PARTS}; empty otherwise
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
        int maxFiles) {

    /** The most files one attachments question may take, and its default. */
    public static final int MAX_FILES = 10;

    public Question {
        options = List.copyOf(options);
        parts = List.copyOf(parts);
    }

    /** A question that takes no files. */
    public Question(String id, int number, QuestionKind kind, String text, List<Option> options, Elaboration elaboration,
                    int maxLength, List<Part> parts) {
        this(id, number, kind, text, options, elaboration, maxLength, parts, 0);
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
