package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.QuestionKind;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** XLSX sheet names a spreadsheet accepts, and the sheets a form's headings make. */
class SheetNamesTest {

    @Test
    void names_are_short_clean_and_unique() {
        List<String> names = SheetNames.of(List.of("Del 1: Mål [utkast]?", "Svar", "svar", "", "'Sitat'", "History",
                "En svært lang overskrift som går langt over grensen", "En svært lang overskrift som går langt over grensen", "a/b\\c*d"),
                "Svar");
        assertThat(names).containsExactly("Del 1 Mål utkast", "Svar", "svar (2)", "Svar (3)", "Sitat", "Svar (4)",
                "En svært lang overskrift som gå", "En svært lang overskrift so (2)", "a b c d");
        assertThat(names).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]")
                .doesNotStartWith("'").doesNotEndWith("'"));
    }

    @Test
    void a_surrogate_pair_is_not_cut_in_half() {
        String name = SheetNames.of(List.of("a".repeat(30) + "😀😀"), "Svar").get(0);
        assertThat(name).isEqualTo("a".repeat(30));
    }

    private static Question question(String id, int number, QuestionKind kind, String text) {
        return new Question(id, number, kind, text, kind == QuestionKind.CHOICE ? List.of(new Question.Option("yes", "Ja")) : List.of(),
                null, 100, List.of());
    }

    private static ExportColumns columns() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new ExportColumns(messages, Locale.forLanguageTag("nb"), false);
    }

    @Test
    void each_heading_starts_a_sheet_and_the_registration_leads_the_first() {
        FormDefinition form = new FormDefinition("", List.of(), List.of(
                question("h1", 0, QuestionKind.HEADING, "Del 1"),
                question("q1", 1, QuestionKind.CHOICE, "Enig?"),
                question("h2", 0, QuestionKind.HEADING, "Tom del"),
                question("h3", 0, QuestionKind.HEADING, "Del 3"),
                question("q2", 2, QuestionKind.TEXT, "Annet?")));
        List<ExportColumns.Section> sections = columns().sections(form);
        assertThat(sections).extracting(ExportColumns.Section::title).containsExactly("Del 1", "Del 3");
        assertThat(sections.get(0).columns()).extracting(ExportColumns.Column::header).hasSize(15 + 2)
                .startsWith("export.column.document-number", "export.column.received").endsWith("1 Enig?", "export.column.elaboration");
        assertThat(sections.get(1).columns()).extracting(ExportColumns.Column::header)
                .containsExactly("export.column.document-number", "export.column.respondent", "2 Annet?");
    }

    @Test
    void a_form_without_headings_is_one_answers_sheet() {
        FormDefinition form = new FormDefinition("", List.of(), List.of(question("q1", 1, QuestionKind.TEXT, "Innspill?")));
        assertThat(columns().sections(form)).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("export.sheet.answers");
            assertThat(section.columns()).hasSize(16);
        });
        assertThat(columns().all(form)).hasSize(16);
    }
}
