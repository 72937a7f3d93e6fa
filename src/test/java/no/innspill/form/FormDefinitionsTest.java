package no.innspill.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.innspill.form.Question.Elaboration;
import no.innspill.form.Question.Option;
import no.innspill.form.Question.Part;
import no.innspill.platform.InvalidInputException;
import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The form module's own text formats: a form-only document, and a stored version as JSON read back by the same rules. */
class FormDefinitionsTest {

    @Test
    void a_stored_version_reads_back_as_the_same_form() {
        FormDefinition demo = DemoDefinition.FORM;

        String json = FormDefinitions.toJson(demo);

        assertThat(FormDefinitions.fromJson(json)).isEqualTo(demo);
        assertThat(json).doesNotContain("caseNumber", "deadline", "title\":\"Høringssvarskjema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anførsler \" og \\ og / og \\n bokstavelig", "Linje\nny linje\ttab", "yes", "no", "~", "null",
            "- ikke en liste", "# ikke en kommentar", "'enkle'", "æøå ÆØÅ – «» 😀 漢字 \u200d", "{\"json\": true}", "&alias *ref",
            "   mellomrom rundt   ", "1e3", "0x1F", "2022-10-01"})
    void text_of_any_kind_survives_the_round_trip(String text) {
        FormDefinition form = new FormDefinition(text, List.of(text.strip().isEmpty() ? "tema" : "tema " + text), List.of(
                new Question("q1", 1, QuestionKind.CHOICE, "Spørsmål " + text, List.of(new Option("yes", text), new Option("no", "Nei")),
                        new Elaboration(text, 500), 20_000, List.of()),
                new Question("q2", 2, QuestionKind.TEXT_WITH_PARTS, "Deler " + text, List.of(), null, 300,
                        List.of(new Part("a", "q2.a", "Del " + text, 100)))));
        FormDefinition normalised = FormDefinitions.fromJson(FormDefinitions.toJson(form));

        // the definition's rules strip and drop blank values, as when the same form is read from YAML
        assertThat(normalised.questions().get(0).options().get(0).label()).isEqualTo(text.strip());
        assertThat(normalised.questions().get(1).parts().get(0).title()).isEqualTo(("Del " + text).strip());
        assertThat(FormDefinitions.fromJson(FormDefinitions.toJson(normalised))).isEqualTo(normalised);
    }

    @Test
    void a_form_only_document_refuses_case_fields() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FormDefinitions.parse("""
                caseNumber: "22/414"
                questions:
                  - id: q1
                    kind: text
                    text: "Innspill?"
                """));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("caseNumber");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).contains("not a known field", "intro, questions, themes");
        });
    }

    @Test
    void defaults_are_spelled_out_in_the_stored_form() {
        FormDefinition form = FormDefinitions.parse("""
                questions:
                  - id: q1
                    kind: text
                    text: "Innspill?"
                """);

        assertThat(FormDefinitions.toJson(form)).isEqualTo(
                "{\"questions\":[{\"id\":\"q1\",\"number\":1,\"kind\":\"text\",\"text\":\"Innspill?\",\"maxLength\":20000}]}");
    }
}
