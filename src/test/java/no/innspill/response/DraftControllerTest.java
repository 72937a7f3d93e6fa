package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.Optional;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationStatus;
import no.innspill.consultation.Consultations;
import no.innspill.form.FormRef;
import no.innspill.form.Forms;
import no.innspill.platform.DateFormats;
import no.innspill.platform.web.ProblemResponses;
import no.innspill.response.Drafts.Draft;
import no.innspill.response.answerform.AnswerFormData;
import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Saving, autosaving and resuming drafts: the controller and its pages, with the drafts mocked. */
@WebMvcTest(DraftController.class)
@Import({AnswerFormPage.class, DraftUploads.class, DateFormats.class, ProblemResponses.class})
class DraftControllerTest {

    static final String TOKEN = "t".repeat(43);
    static final FormRef FORM = new FormRef(1, 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Drafts drafts;

    @MockitoBean
    Attachments attachments;

    @MockitoBean
    Consultations consultations;

    @MockitoBean
    Forms forms;

    @BeforeEach
    void demoForm() {
        when(forms.get(FORM)).thenReturn(DemoDefinition.FORM);
        consultation(ConsultationStatus.OPEN);
    }

    @Test
    void autosave_answers_only_the_script() throws Exception {
        mvc.perform(post("/horinger/22-414/autosave").param("q3.text", "Noe")).andExpect(status().isBadRequest());
        verify(drafts, never()).save(any(), any(), any());
    }

    @Test
    void autosave_of_an_untouched_form_makes_no_draft() throws Exception {
        mvc.perform(post("/horinger/22-414/autosave").header(DraftController.AUTOSAVE_HEADER, "1").param("q3.text", " "))
                .andExpect(status().isNoContent());
        verify(drafts, never()).save(any(), any(), any());
    }

    @Test
    void autosave_keeps_what_was_typed_and_tells_the_script_where_the_draft_is() throws Exception {
        when(drafts.save(any(), isNull(), any())).thenReturn(TOKEN);

        mvc.perform(post("/horinger/22-414/autosave").header(DraftController.AUTOSAVE_HEADER, "1")
                        .param("respondent.name", "Utkast AS").param("q3.text", "Halvferdig").param("q9.text", "ikke i skjemaet"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").value(TOKEN))
                .andExpect(jsonPath("$.url").value("/horinger/22-414/utkast/" + TOKEN));

        ArgumentCaptor<AnswerFormData> saved = ArgumentCaptor.forClass(AnswerFormData.class);
        verify(drafts).save(any(), isNull(), saved.capture());
        assertThat(saved.getValue().respondent("name")).isEqualTo("Utkast AS");
        assertThat(saved.getValue().text("q3")).isEqualTo("Halvferdig");
        assertThat(saved.getValue().toFields()).extracting(java.util.Map.Entry::getKey).doesNotContain("q9.text");
    }

    @Test
    void the_save_button_saves_and_leads_to_the_draft_s_link() throws Exception {
        when(drafts.save(any(), eq(TOKEN), any())).thenReturn(TOKEN);

        mvc.perform(post("/horinger/22-414/utkast/" + TOKEN).param("action", "save").param("q4.text", "Tanke"))
                .andExpect(redirectedUrl("/horinger/22-414/utkast/" + TOKEN + "?lagret=1"));
    }

    @Test
    void after_the_deadline_the_save_button_keeps_the_text_as_a_late_draft() throws Exception {
        consultation(ConsultationStatus.CLOSED);
        when(drafts.save(any(), isNull(), any())).thenReturn(TOKEN);

        mvc.perform(post("/horinger/22-414/svar").param("action", "save").param("q4.text", "For sent"))
                .andExpect(redirectedUrl("/horinger/22-414/utkast/" + TOKEN + "/etter-fristen"));
        verify(drafts).markLate(any(), eq(TOKEN));
    }

    @Test
    void after_the_deadline_an_empty_form_saves_nothing_and_says_where_to_write_instead() throws Exception {
        consultation(ConsultationStatus.CLOSED);

        mvc.perform(post("/horinger/22-414/svar").param("action", "save").param("q4.text", " "))
                .andExpect(status().isConflict())
                .andExpect(view().name("response/closed"))
                .andExpect(content().string(containsString("postmottak@example.no")));
        verify(drafts, never()).save(any(), any(), any());
    }

    @Test
    void a_draft_already_sent_leads_to_its_receipt() throws Exception {
        when(drafts.find(any(), eq(TOKEN))).thenReturn(Optional.of(
                new Draft(TOKEN, 1, AnswerFormData.empty(), null, "r".repeat(43))));

        mvc.perform(get("/horinger/22-414/utkast/" + TOKEN))
                .andExpect(status().isOk())
                .andExpect(view().name("response/draft-submitted"));
    }

    private void consultation(ConsultationStatus status) {
        when(consultations.findBySlug("22-414")).thenReturn(Optional.of(new Consultation(1, "22/414", "E-helsestrategi",
                "Direktoratet for e-helse", status, Instant.parse("2099-12-31T22:59:00Z"), "postmottak@example.no", null,
                FORM, Instant.now())));
    }
}
