package no.innspill.response.answerform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.response.answerform.AnswerFormView.ChoiceInput;
import no.innspill.response.answerform.AnswerFormView.QuestionInputs;
import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The one form of answers, as the respondent and the case worker get it from the same data. */
class AnswerFormViewTest {

    static final FormDefinition FORM = DemoDefinition.FORM;

    @Test
    void a_post_is_kept_as_typed_for_the_form_s_inputs_only() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("respondent.name", "  Kommunen ");
        params.add("q1.choice", "maybe");
        params.add("q2.goal1.text", "Om mål 1");
        params.add("q3.choice", "yes");
        params.add("q9.text", "not in the form");

        AnswerFormData data = AnswerFormData.fromParams(FORM, params);

        assertThat(data.respondent("name")).isEqualTo("  Kommunen ");
        assertThat(data.choice("q1")).isEqualTo("maybe");
        assertThat(data.toFields()).containsOnly(Map.entry("respondent.name", "  Kommunen "), Map.entry("q1.choice", "maybe"),
                Map.entry("q2.goal1.text", "Om mål 1"));
        assertThat(data.toJson().at("/answers/q3").has("choice")).as("a text question takes no choice").isFalse();
        assertThat(data.toJson().at("/answers/q1/text").isNull()).as("blank becomes null").isTrue();
    }

    @Test
    void a_draft_reads_back_what_it_stored() {
        AnswerFormData data = AnswerFormData.prefilled(FORM, Map.of("name", "Etaten", "kind", "organisation"),
                Map.of("q1", new Answer("no", "Fordi"), "q4", new Answer(null, "Annet")));

        AnswerFormData again = AnswerFormData.fromJson(data.toJson());

        assertThat(again.toFields()).isEqualTo(data.toFields());
        assertThat(again.isBlank()).isFalse();
        assertThat(AnswerFormData.empty().isBlank()).isTrue();
    }

    @Test
    void the_respondent_reads_the_form_s_invitation_beside_each_option() {
        QuestionInputs q1 = AnswerFormView.forRespondent(FORM, AnswerFormData.empty(), PageErrors.none()).questions().get(0);

        assertThat(q1.options()).extracting(ChoiceInput::id).containsExactly("a-q1-choice-yes", "a-q1-choice-no", "a-q1-choice-dont_know");
        assertThat(q1.options().get(0).label()).isEqualTo("Ja, utdyp gjerne");
        assertThat(q1.notTicked()).isNull();
        assertThat(q1.text().name()).isEqualTo("q1.text");
    }

    @Test
    void the_case_worker_gets_plain_labels_and_a_not_ticked_option_chosen_when_nothing_was_read() {
        var data = AnswerFormData.prefilled(FORM, Map.of(), Map.of("q2.goal3", new Answer(null, "Lest fra filen")));
        AnswerFormView view = AnswerFormView.forCaseWorker(FORM, data, PageErrors.none());
        QuestionInputs q1 = view.questions().get(0);

        assertThat(q1.options().get(0).label()).isEqualTo("Ja");
        assertThat(q1.notTicked().id()).isEqualTo("a-q1-choice-none");
        assertThat(q1.notTicked().checked()).isTrue();
        assertThat(view.questions().get(1).parts().get(2)).satisfies(part -> {
            assertThat(part.id()).isEqualTo("a-q2_goal3-text");
            assertThat(part.name()).isEqualTo("q2.goal3.text");
            assertThat(part.value()).isEqualTo("Lest fra filen");
        });
    }

    @Test
    void each_error_reaches_its_input_and_the_first_one_per_input_stays() {
        PageErrors errors = PageErrors.none();
        errors.add("a-q1-choice-yes", "Velg ett svar");
        errors.add("a-q3-text", "For lang");
        errors.add("a-q3-text", "Noe annet");

        AnswerFormView view = AnswerFormView.forRespondent(FORM, AnswerFormData.empty(), errors);

        assertThat(view.questions().get(0).choiceError()).isEqualTo("Velg ett svar");
        assertThat(view.questions().get(2).text().error()).isEqualTo("For lang");
        assertThat(errors.all()).extracting(PageErrors.PageError::inputId).containsExactly("a-q1-choice-yes", "a-q3-text");
        assertThat(FormInputs.inputId("answers.q2.goal1.text", FORM)).isEqualTo("a-q2_goal1-text");
        assertThat(FormInputs.inputId("answers", FORM)).as("the whole response points at the first question").isEqualTo("a-q1-choice-yes");
    }
}
