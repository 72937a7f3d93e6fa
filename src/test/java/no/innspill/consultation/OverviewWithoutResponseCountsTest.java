package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import no.innspill.platform.DateFormats;
import no.innspill.platform.web.ProblemResponses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The consultation module alone, as its module tests start it: no module counts responses. */
@WebMvcTest(StaffConsultationController.class)
@Import({DateFormats.class, ProblemResponses.class})
class OverviewWithoutResponseCountsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Consultations consultations;

    @Test
    void the_overview_shows_no_count_rather_than_failing() throws Exception {
        when(consultations.all()).thenReturn(List.of(StaffConsultationControllerTest.OPEN));

        assertThat(StaffConsultationControllerTest.page(mvc).select("tbody tr:eq(0) td:eq(4)").text()).isEqualTo("–");
    }
}
