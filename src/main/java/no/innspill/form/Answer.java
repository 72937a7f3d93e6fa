package no.innspill.form;

import java.util.List;

/**
 * One answer in the shape of PRODUCT.md: a choice (option id) or, for a multiple-choice question,
 * the chosen option ids, and/or plain text; {@code null} (an empty list) when left empty.
 * Paragraphs are separated by a single {@code \n}; a bullet item starts with {@code "• "}.
 */
public record Answer(String choice, String text, List<String> choices) {

    public static final Answer EMPTY = new Answer(null, null);

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** An answer to a choice or text question (no multiple choices). */
    public Answer(String choice, String text) {
        this(choice, text, List.of());
    }

    /** An answer to a multiple-choice question. */
    public static Answer ofChoices(List<String> choices, String text) {
        return new Answer(null, text, choices);
    }

    /** Whether this option is the choice, or one of the choices. */
    public boolean chose(String optionId) {
        return optionId.equals(choice) || choices.contains(optionId);
    }

    /** Whether any option is chosen. */
    public boolean hasChoice() {
        return choice != null || !choices.isEmpty();
    }

    public boolean isEmpty() {
        return choice == null && text == null && choices.isEmpty();
    }
}
