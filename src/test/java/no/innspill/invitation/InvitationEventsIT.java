package no.innspill.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.Consultations;
import no.innspill.response.Channel;
import no.innspill.response.ResponseSource;
import no.innspill.response.ResponsesRegistered;
import no.innspill.testing.ModuleTestDatabase;
import no.innspill.testing.TestForms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The invitation module on its own with what it depends on: the response module's
 * {@code ResponsesRegistered} marks invitees answered, by organisation number first, then e-mail.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
class InvitationEventsIT {

    private final Consultations consultations;
    private final Invitees invitees;
    private Consultation consultation;

    InvitationEventsIT(Consultations consultations, Invitees invitees) {
        this.consultations = consultations;
        this.invitees = invitees;
    }

    @BeforeAll
    void aListOfTwo() {
        consultation = consultations.open(consultations.create(TestForms.yaml(TestForms.newCaseNumber(), "2099-06-30")).slug(), "test");
        invitees.replace(consultation, List.of(
                new InviteeEntry("Bars kommune", "974652714", "post@bars.example", InviteeKind.KOMMUNE),
                new InviteeEntry("Laget", null, "post@laget.example", InviteeKind.ORGANISASJON)));
    }

    @Test
    void registered_responses_answer_the_invitee_with_their_organisation_number_or_else_their_email(Scenario scenario) {
        String caseNumber = consultation.caseNumber();
        var event = new ResponsesRegistered(consultation.id(), caseNumber, List.of(
                registration(1, caseNumber, "974652714", "someone.else@example.no"),
                registration(2, caseNumber, null, "POST@laget.example"),
                registration(3, caseNumber, "971526920", "nobody@example.no")));
        scenario.publish(event)
                .andWaitForStateChange(() -> invitees.list(consultation), list -> list.stream().allMatch(Invitee::answered))
                .andVerify(list -> {
                    assertThat(list).extracting(Invitee::name).containsExactly("Bars kommune", "Laget");
                    assertThat(list.get(0).responses()).extracting(Invitee.Answer::documentNumber).containsExactly(caseNumber + "-1");
                    assertThat(list.get(1).responses()).extracting(Invitee.Answer::documentNumber).containsExactly(caseNumber + "-2");
                });
    }

    private static ResponsesRegistered.Registration registration(int number, String caseNumber, String organisationNumber, String email) {
        return new ResponsesRegistered.Registration(number, caseNumber + "-" + number, Channel.API, ResponseSource.API, false, "nb",
                organisationNumber, email);
    }
}
