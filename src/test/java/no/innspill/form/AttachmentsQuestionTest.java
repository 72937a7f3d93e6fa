package no.innspill.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code attachments} kind: the respondent uploads files, up to {@code maxFiles}. */
class AttachmentsQuestionTest {

    @Test
    void an_attachments_question_reads_with_its_default_and_round_trips() {
        FormDefinition form = FormDefinitions.parse("""
                questions:
                  - id: q1
                    kind: text
                    text: "Innspill?"
                  - id: vedlegg
                    kind: attachments
                    text: "Legg ved dokumenter"
                  - id: kart
                    kind: attachments
                    text: "Kart"
                    maxFiles: 2
                """);

        Question vedlegg = form.questions().get(1);
        assertThat(vedlegg.kind()).isEqualTo(QuestionKind.ATTACHMENTS);
        assertThat(vedlegg.maxFiles()).isEqualTo(10);
        assertThat(form.questions().get(2).maxFiles()).isEqualTo(2);
        assertThat(form.questions().get(0).maxFiles()).isZero();
        assertThat(FormDefinitions.toJson(form)).contains(
                "{\"id\":\"vedlegg\",\"number\":2,\"kind\":\"attachments\",\"text\":\"Legg ved dokumenter\",\"maxFiles\":10}");
        assertThat(FormDefinitions.fromJson(FormDefinitions.toJson(form))).isEqualTo(form);
        assertThat(form.target("vedlegg").orElseThrow().textLimit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "-1", "100000"})
    void max_files_outside_one_to_ten_is_refused_with_its_line(String maxFiles) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FormDefinitions.parse("""
                questions:
                  - id: vedlegg
                    kind: attachments
                    text: "Vedlegg"
                    maxFiles: %s
                """.formatted(maxFiles)));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("questions[0].maxFiles");
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.code()).isEqualTo("out-of-range");
        });
    }

    @Test
    void max_files_that_is_no_number_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FormDefinitions.parse("""
                questions:
                  - id: vedlegg
                    kind: attachments
                    text: "Vedlegg"
                    maxFiles: mange
                """));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("questions[0].maxFiles");
    }

    @Test
    void fields_of_other_kinds_are_not_allowed_and_max_files_only_on_attachments() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FormDefinitions.parse("""
                questions:
                  - id: vedlegg
                    kind: attachments
                    text: "Vedlegg"
                    maxLength: 100
                    options:
                      - {id: a, label: A}
                      - {id: b, label: B}
                    parts:
                      - {id: a, title: A}
                    elaboration: {hint: utdyp}
                  - id: q2
                    kind: text
                    text: "Tekst"
                    maxFiles: 3
                """));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "questions[0].maxLength", "questions[0].options", "questions[0].parts", "questions[0].elaboration",
                "questions[1].maxFiles");
        assertThat(e.errors()).allSatisfy(error -> assertThat(error.code()).isEqualTo("not-allowed-for-kind"));
    }

    @Test
    void an_attachments_question_takes_no_text_and_files_alone_are_a_response() {
        FormDefinition form = FormDefinitions.parse("""
                questions:
                  - id: vedlegg
                    kind: attachments
                    text: "Vedlegg"
                """);

        assertThat(AnswerValidator.errors(form, Map.of("vedlegg", new Answer(null, "tekst"))))
                .singleElement().satisfies(error -> assertThat(error.message()).contains("takes files, not text"));
        assertThrows(InvalidInputException.class, () -> AnswerValidator.validate(form, Map.of()));
        assertThat(AnswerValidator.validate(form, Map.of(), true, true)).containsEntry("vedlegg", Answer.EMPTY);
    }
}
