package no.innspill.document.word;

/**
 * One paragraph of a Word document as a reader sees it.
 *
 * @param text its visible text: tabs as spaces, line breaks as {@code \n}, check boxes of every kind as ☒ or ☐
 * @param list the list it is an item of, or {@code null} for an ordinary paragraph
 */
public record WordParagraph(String text, ListItem list) {

    /**
     * @param numbering the list's numbering ({@code w:numId}), which numbered items count along
     * @param level     the item's level, 0 at the top
     * @param numbered  numbered (1., a), i.) rather than bulleted
     */
    public record ListItem(String numbering, int level, boolean numbered) {
    }
}
