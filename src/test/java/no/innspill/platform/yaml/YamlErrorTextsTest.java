package no.innspill.platform.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A definition's errors worded for a person: the field and the line, in bokmål, nynorsk or English. */
class YamlErrorTextsTest {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final Locale NYNORSK = Locale.forLanguageTag("nn");

    @Test
    void a_field_error_names_the_field_and_the_line_in_the_readers_language() {
        FieldError error = new FieldError("caseNumber", "ignored", 1, "not-a-case-number", List.of("22/4x"));

        assertThat(YamlErrorTexts.text(error, "definition", BOKMAL))
                .isEqualTo("caseNumber, linje 1: «22/4x» er ikke et saksnummer som 22/414 eller 2022/414");
        assertThat(YamlErrorTexts.text(error, "definition", NYNORSK))
                .isEqualTo("caseNumber, linje 1: «22/4x» er ikkje eit saksnummer som 22/414 eller 2022/414");
        assertThat(YamlErrorTexts.text(error, "definition", Locale.ENGLISH))
                .isEqualTo("caseNumber, line 1: \"22/4x\" is not a case number like 22/414 or 2022/414");
    }

    @Test
    void an_error_about_the_whole_file_is_said_of_the_file() {
        FieldError empty = errorsOf("").get(0);
        FieldError notYaml = errorsOf("title: [unclosed\n\n").get(0);

        assertThat(YamlErrorTexts.text(empty, "definition", BOKMAL)).isEqualTo("Filen er tom.");
        assertThat(YamlErrorTexts.text(empty, "definition", NYNORSK)).isEqualTo("Fila er tom.");
        assertThat(YamlErrorTexts.text(empty, "definition", Locale.ENGLISH)).isEqualTo("The file is empty.");
        assertThat(YamlErrorTexts.text(notYaml, "definition", BOKMAL)).startsWith("Filen er ikke gyldig YAML: ").endsWith("(linje 3).");
    }

    @Test
    void numbers_are_written_as_the_author_wrote_them() {
        FieldError error = new FieldError("questions[0].maxLength", "ignored", 1234, "out-of-range", List.of("1000000", "1", "100000"));

        assertThat(YamlErrorTexts.text(error, "definition", BOKMAL)).isEqualTo("questions[0].maxLength, linje 1234: 1000000 er utenfor 1–100000");
    }

    @Test
    void the_reader_gives_every_error_a_code_and_its_english_words_as_the_message() {
        assertThat(errorsOf("title: \"x\"\ntitle: \"y\"\ntitel: \"z\"\n"))
                .extracting(FieldError::field, FieldError::line, FieldError::code, FieldError::message).containsExactly(
                        tuple("title", 2, "duplicate-field", "appears twice"),
                        tuple("titel", 3, "unknown-field", "is not a known field; expected one of themes, title"));
    }

    @Test
    void a_long_value_is_shortened_in_the_error() {
        YamlReader reader = YamlReader.parse("a: b\n", "definition");
        reader.error("caseNumber", null, "not-a-case-number", "9".repeat(10_000));

        FieldError error = reader.errors().get(0);
        assertThat(error.args()).singleElement().asString().hasSize(201).endsWith("…");
        assertThat(error.message()).hasSizeLessThan(300);
    }

    @Test
    void another_language_reads_bokmal() {
        FieldError error = new FieldError("title", "ignored", 2, "missing", List.of());

        assertThat(YamlErrorTexts.text(error, "definition", Locale.GERMAN)).isEqualTo("title, linje 2: mangler");
    }

    private static List<FieldError> errorsOf(String yaml) {
        try {
            YamlReader reader = YamlReader.parse(yaml, "definition");
            reader.root("definition", Set.of("title", "themes"));
            reader.failOnErrors("definition");
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("expected errors in " + yaml);
    }
}
