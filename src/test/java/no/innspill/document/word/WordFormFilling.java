package no.innspill.document.word;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Fills in a blank Word form the way Word does (ticks the check boxes, replaces the placeholders), for
 * the tests outside this package that read one back; the values are named as the fillable PDF's fields,
 * so one map fills both forms.
 */
public final class WordFormFilling {

    private WordFormFilling() {
    }

    /**
     * @param values by the PDF's field name ({@code respondent.kind} → organisation, {@code publication.name} → withhold,
     *               {@code publication.online}, {@code q1.choice} → an option id,
     *               {@code q3.choice.mal3}, {@code q1.text}, {@code q2.part.goal1}, …): a text, a radio group's option,
     *               any value ticks a check box
     * @throws java.util.NoSuchElementException when the form has no control for a name given
     */
    public static byte[] fill(byte[] docx, Map<String, String> values) {
        try {
            return WordFormReaderTest.fill(docx, document -> values.forEach((field, value) -> {
                String tag = tag(field, value);
                if (tag.startsWith("respondent.kind.") || tag.startsWith("publication.name.") || tag.equals("publication.online")
                        || tag.contains(".choice.")) {
                    WordFormReaderTest.tick(document, tag);
                } else {
                    WordFormReaderTest.write(document, tag, value);
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Word form's tag for a PDF field: a radio group's option is a check box of its own; answers' texts are tagged
     * by answer id; the respondent's and publication's fields by the same name.
     */
    static String tag(String field, String value) {
        if (field.equals("respondent.kind") || field.equals("publication.name") || field.endsWith(".choice")) {
            return field + "." + value;
        }
        if (field.contains(".choice.") || field.startsWith("respondent.") || field.startsWith("publication.")) {
            return field;
        }
        return field.replace(".part.", ".").replaceFirst("\\.text$", "");
    }
}
