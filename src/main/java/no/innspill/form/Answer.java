package no.innspill.form;

/**
 * One answer in the shape of PRODUCT.md: a choice (option id) and/or plain text, either
 * {@code null} when left empty. Paragraphs are separated by a single {@code \n}; a bullet item
 * starts with {@code "• "}.
 */
public record Answer(String choice, String text) {

    public static final Answer EMPTY = new Answer(null, null);

    public boolean isEmpty() {
        return choice == null && text == null;
    }
}
