package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import no.innspill.form.FormRef;
import no.innspill.platform.ConflictException;
import no.innspill.platform.DateFormats;
import no.innspill.platform.web.ProblemResponses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The staff overview and its forms, the controller and its template alone; security is tested over HTTP in StaffPagesIT. */
@WebMvcTest(StaffConsultationController.class)
@Import({DateFormats.class, ProblemResponses.class})
class StaffConsultationControllerTest {

    static final Consultation OPEN = consultation(1, "22/414", ConsultationStatus.OPEN);
    static final Consultation DRAFT = consultation(2, "25/7", ConsultationStatus.DRAFT);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Consultations consultations;

    @MockitoBean
    ResponseCounts counts;

    @Test
    void lists_every_consultation_with_its_response_count_and_the_actions_its_status_allows() throws Exception {
        when(consultations.all()).thenReturn(List.of(OPEN, DRAFT));
        when(counts.count(OPEN)).thenReturn(12);
        when(counts.count(DRAFT)).thenReturn(0);

        Document page = page(mvc);
        assertThat(page.select("tbody tr").eachText()).hasSize(2);
        assertThat(page.select("tbody tr:eq(0) td").eachText()).startsWith("22/414", "Høring 22/414", "Åpen")
                .contains("12");
        assertThat(page.select("tbody tr:eq(1) td:eq(4)").text()).isEqualTo("0");
        assertThat(page.select("form[action$=/22-414/apne]")).isEmpty();
        assertThat(page.select("form[action$=/25-7/apne]")).hasSize(1);
        assertThat(page.select("a[href$=/22-414/lukk]")).as("closing asks first, on a page of its own").hasSize(1);
        assertThat(page.select("a[href$=/25-7/lukk]")).as("a draft is deleted, not closed").isEmpty();
        assertThat(page.select("a[href$=/25-7/slett]")).hasSize(1);
        assertThat(page.select("a[href$=/22-414/slett]")).isEmpty();
        assertThat(page.select("a[href$=/22-414/frist]")).hasSize(1);
    }

    @Test
    void an_open_consultation_past_its_deadline_says_so() throws Exception {
        Consultation passed = new Consultation(3, "24/9", "Høring 24/9", "Direktoratet", ConsultationStatus.OPEN,
                Instant.parse("2020-01-01T11:00:00Z"), "postmottak@example.no", null, new FormRef(3, 1), Instant.now());
        when(consultations.all()).thenReturn(List.of(passed, OPEN));
        Document page = page(mvc);
        assertThat(page.select("tbody tr:eq(0) td:eq(2)").text()).isEqualTo("Åpen – fristen er ute");
        assertThat(page.select("tbody tr:eq(1) td:eq(2)").text()).isEqualTo("Åpen");
    }

    @Test
    void an_empty_upload_creates_nothing_and_says_so() throws Exception {
        mvc.perform(multipart("/saksbehandler/horinger").file(new MockMultipartFile("definition", new byte[0])))
                .andExpect(redirectedUrl("/saksbehandler"))
                .andExpect(flash().attribute("uploadErrors", List.of("staff.upload.empty")));
        verify(consultations, never()).create(any());
    }

    @Test
    void a_definition_that_is_not_utf8_is_refused_before_it_is_read() throws Exception {
        byte[] latin1 = "caseNumber: 25/8\ntitle: Høring".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/saksbehandler/horinger").file(new MockMultipartFile("definition", latin1)))
                .andExpect(flash().attribute("uploadErrors", List.of("staff.upload.not-utf8")));
        verify(consultations, never()).create(any());
    }

    @Test
    void a_broken_definitions_errors_are_worded_in_the_case_workers_language_with_field_and_line() throws Exception {
        String yaml = ConsultationDefinitionsTest.VALID.replace("25/120", "1999/120").replace("kind: text", "kind: essay");
        when(consultations.create(any())).thenAnswer(call -> ConsultationDefinitions.parse(call.getArgument(0)));
        var upload = new MockMultipartFile("definition", yaml.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/saksbehandler/horinger").file(upload))
                .andExpect(redirectedUrl("/saksbehandler"))
                .andExpect(flash().attribute("definitionErrors", List.of(
                        "caseNumber, linje 1: «1999/120» har et årstall utenfor 2000–2099",
                        "questions[0].kind, linje 9: «essay» er ikke en spørsmålstype; bruk choice, multiple-choice, text, text-with-parts, heading")));
        mvc.perform(multipart("/saksbehandler/horinger").file(upload).cookie(new Cookie("innspill-lang", "nn")))
                .andExpect(flash().attribute("definitionErrors", List.of(
                        "caseNumber, linje 1: «1999/120» har eit årstal utanfor 2000–2099",
                        "questions[0].kind, linje 9: «essay» er ikkje ein spørsmålstype; bruk choice, multiple-choice, text, text-with-parts, heading")));
        mvc.perform(multipart("/saksbehandler/horinger").file(upload).param("lang", "en"))
                .andExpect(flash().attribute("definitionErrors", List.of(
                        "caseNumber, line 1: \"1999/120\" has a year outside 2000–2099",
                        "questions[0].kind, line 9: \"essay\" is not a kind; use choice, multiple-choice, text, text-with-parts, heading")));
    }

    @Test
    void definition_errors_are_listed_in_the_pages_language() throws Exception {
        when(consultations.all()).thenReturn(List.of());
        String html = mvc.perform(get("/saksbehandler").flashAttr("definitionErrors", List.of("title, linje 2: mangler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(html);
        assertThat(page.select("[role=alert] li").eachText()).containsExactly("title, linje 2: mangler");
        assertThat(page.select("[role=alert] li[lang]")).as("in the page's language, no longer English").isEmpty();
    }

    @Test
    void a_consultation_that_cannot_open_gives_a_message_not_an_error_page() throws Exception {
        when(consultations.open("22-414", "kari")).thenThrow(new ConflictException("Not a draft", "22/414 is open already"));
        mvc.perform(post("/saksbehandler/horinger/22-414/apne").principal(() -> "kari"))
                .andExpect(redirectedUrl("/saksbehandler"))
                .andExpect(flash().attribute("uploadErrors", List.of("staff.cannot-open")));
    }

    static Document page(MockMvc mvc) throws Exception {
        String html = mvc.perform(get("/saksbehandler")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    static Consultation consultation(long id, String caseNumber, ConsultationStatus status) {
        return new Consultation(id, caseNumber, "Høring " + caseNumber, "Direktoratet", status,
                Instant.parse("2099-12-31T22:59:00Z"), "postmottak@example.no", null, new FormRef(id, 1), Instant.now());
    }
}
