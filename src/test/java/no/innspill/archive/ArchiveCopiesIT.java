package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.form.Answer;
import no.innspill.platform.jobs.ForegroundActivity;
import no.innspill.response.Channel;
import no.innspill.response.Respondent;
import no.innspill.response.RespondentKind;
import no.innspill.response.ResponseSource;
import no.innspill.response.ResponseSubmission;
import no.innspill.response.StoredResponse;
import no.innspill.response.SubmitResponse;
import no.innspill.response.SubmitResponse.Submitter;
import no.innspill.testing.ModuleTestDatabase;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Every registered response gets a stored PDF/A copy: {@code ResponsesRegistered} makes it due, the
 * worker renders it when the node is not busy storing submissions.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
@TestPropertySource(properties = "innspill.archive.poll-interval=200ms")
class ArchiveCopiesIT {

    private final Consultations consultations;
    private final SubmitResponse submitResponse;
    private final ArchiveCopies copies;
    private final ArchiveCopyWorker worker;
    private final ForegroundActivity foreground;
    private Consultation consultation;

    ArchiveCopiesIT(Consultations consultations, SubmitResponse submitResponse, ArchiveCopies copies, ArchiveCopyWorker worker,
                    ForegroundActivity foreground) {
        this.consultations = consultations;
        this.submitResponse = submitResponse;
        this.copies = copies;
        this.worker = worker;
        this.foreground = foreground;
    }

    @BeforeAll
    void openAConsultation() {
        consultation = consultations.open(consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30")).slug(), "test");
    }

    @Test
    void a_registered_response_gets_a_stored_pdf_a_copy(Scenario scenario) {
        scenario.stimulate(this::submit)
                .andWaitForStateChange(() -> copies.find(consultation, 1).filter(copy -> copy.status() == ArchiveCopy.Status.STORED))
                .andVerify(copy -> {
                    assertThat(copy.get().documentNumber()).isEqualTo(consultation.caseNumber() + "-1");
                    assertThat(new String(copy.get().pdf(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
                    assertThat(new String(copy.get().pdf(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("pdfaid:part");
                    assertThat(copy.get().renderedAt()).isNotNull();
                });
    }

    @Test
    void copies_wait_while_the_node_is_storing_submissions() {
        foreground.record();
        assertThat(worker.renderDue(() -> false)).as("busy: nothing rendered").isZero();
    }

    private StoredResponse submit() {
        var submission = new ResponseSubmission(new Respondent("Arkivverket", RespondentKind.ORGANISATION, null, null),
                Map.of("q2", new Answer(null, "Til arkivet.")));
        return submitResponse.submit(new SubmitResponse.Request(consultation, submission, Channel.EMAIL, ResponseSource.API,
                Instant.now(), Submitter.STAFF, null, null)).response();
    }
}
