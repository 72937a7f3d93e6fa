package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.innspill.document.DocumentFormat;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.platform.FieldError;
import no.innspill.testing.TestFiles;
import org.junit.jupiter.api.Test;

/** A respondent's files are judged by their content, never by their name, and counted against the form. */
class AttachmentsTest {

    private static final FormDefinition FORM = FormDefinitions.parse("""
            questions:
              - id: q1
                kind: text
                text: "Innspill?"
              - id: vedlegg
                kind: attachments
                text: "Legg ved"
                maxFiles: 2
            """);
    private final Attachments attachments = new Attachments(null, AttachmentProperties.defaults());

    @Test
    void a_pdf_named_docx_is_a_pdf_and_keeps_its_name() {
        List<FieldError> errors = new ArrayList<>();
        List<Attachment> checked = attachments.check(FORM, List.of(), List.of(new Upload("vedlegg", "C:\\Users\\kari\\brev.docx", TestFiles.pdf())), errors);

        assertThat(errors).isEmpty();
        assertThat(checked).singleElement().satisfies(file -> {
            assertThat(file.format()).isEqualTo(DocumentFormat.PDF);
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.name()).isEqualTo("brev.docx");
            assertThat(file.position()).isEqualTo(1);
            assertThat(file.sha256()).hasSize(64);
        });
    }

    @Test
    void a_word_document_is_recognised() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(attachments.check(FORM, List.of(), List.of(new Upload("vedlegg", "svar", TestFiles.docx())), errors))
                .singleElement().satisfies(file -> assertThat(file.format()).isEqualTo(DocumentFormat.DOCX));
        assertThat(errors).isEmpty();
    }

    @Test
    void an_exe_named_pdf_is_refused_on_its_field_naming_the_file() {
        assertThat(refused(new Upload("vedlegg", "faktura.pdf", TestFiles.exe()))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("answers.vedlegg.attachments");
            assertThat(error.code()).isEqualTo("file-type");
            assertThat(error.message()).contains("faktura.pdf");
            assertThat(error.args()).first().isEqualTo("faktura.pdf");
        });
    }

    @Test
    void a_zip_bomb_docx_is_refused_without_unpacking_it() {
        byte[] bomb = TestFiles.zipBombDocx();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refused(new Upload("vedlegg", "bombe.docx", bomb))).singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo("file-damaged"));
    }

    @Test
    void too_big_empty_too_many_and_wrong_target_are_each_named() {
        var small = new Attachments(null, new AttachmentProperties(org.springframework.util.unit.DataSize.ofBytes(100), null, null, null));
        List<FieldError> errors = new ArrayList<>();
        small.check(FORM, List.of(), List.of(new Upload("vedlegg", "stor.pdf", TestFiles.pdf())), errors);
        assertThat(errors).extracting(FieldError::code).containsExactly("file-too-large");

        assertThat(refused(new Upload("vedlegg", "tom.pdf", new byte[0]))).extracting(FieldError::code).containsExactly("file-empty");
        assertThat(refused(new Upload("vedlegg", "a.pdf", TestFiles.pdf()), new Upload("vedlegg", "b.pdf", TestFiles.pdf()),
                new Upload("vedlegg", "c.pdf", TestFiles.pdf())))
                .singleElement().satisfies(error -> {
                    assertThat(error.code()).isEqualTo("too-many-files");
                    assertThat(error.args()).last().isEqualTo(2);
                });
        assertThat(refused(new Upload("q1", "a.pdf", TestFiles.pdf()))).extracting(FieldError::field).containsExactly("answers.q1.attachments");
        assertThat(refused(new Upload("q9", "a.pdf", TestFiles.pdf()))).extracting(FieldError::code).containsExactly("not-attachments");
        assertThat(refused(new Upload(null, "a.pdf", TestFiles.pdf()))).extracting(FieldError::code).containsExactly("attachments-question");
    }

    @Test
    void a_form_without_an_attachments_question_takes_files_for_the_whole_response() {
        FormDefinition textOnly = FormDefinitions.parse("""
                questions:
                  - id: q1
                    kind: text
                    text: "Innspill?"
                """);
        List<FieldError> errors = new ArrayList<>();
        assertThat(attachments.check(textOnly, List.of(), List.of(new Upload(null, "brev.pdf", TestFiles.pdf())), errors))
                .singleElement().satisfies(file -> assertThat(file.questionId()).isNull());
        assertThat(errors).isEmpty();
    }

    @Test
    void names_lose_paths_control_and_direction_characters() {
        assertThat(Attachments.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachments.displayName("rapport\u202Efdp.exe")).isEqualTo("rapportfdp.exe");
        assertThat(Attachments.displayName("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
        assertThat(Attachments.displayName("..")).isEmpty();
        assertThat(Attachments.displayName(null)).isEmpty();
        assertThat(Attachments.displayName("x".repeat(400))).hasSize(255);
    }

    private List<FieldError> refused(Upload... uploads) {
        List<FieldError> errors = new ArrayList<>();
        List<Attachment> checked = attachments.check(FORM, List.of(), List.of(uploads), errors);
        assertThat(errors).as("refused").isNotEmpty();
        assertThat(checked.size()).isLessThan(uploads.length);
        return errors;
    }
}
