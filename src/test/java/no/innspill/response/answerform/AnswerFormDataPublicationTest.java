package no.innspill.response.answerform;

import static org.assertj.core.api.Assertions.assertThat;

import no.innspill.testing.DemoDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The publication fields and the contact person in the form of answers: all kept as typed, sent as they belong to the kind. */
class AnswerFormDataPublicationTest {

    @Test
    void a_draft_keeps_everything_typed_and_the_submission_only_what_belongs_to_the_kind() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("respondent.name", "Kari");
        params.add("respondent.kind", "person");
        params.add("respondent.organisationNumber", "974761211");
        params.add("respondent.contactName", "Typed before the kind changed");
        params.add("publication.name", "withhold");
        params.add("publication.reason", "Typed, then the box unticked");

        AnswerFormData data = AnswerFormData.fromParams(DemoDefinition.FORM, params);

        var draft = data.toJson();
        assertThat(draft.at("/respondent/contactPerson/name").stringValue()).isEqualTo("Typed before the kind changed");
        assertThat(draft.at("/respondent/organisationNumber").stringValue()).isEqualTo("974761211");
        assertThat(draft.at("/publication/reason").stringValue()).isEqualTo("Typed, then the box unticked");
        assertThat(draft.at("/publication/online").booleanValue()).isTrue();
        AnswerFormData back = AnswerFormData.fromJson(draft);
        assertThat(back.respondent("contactName")).isEqualTo("Typed before the kind changed");
        assertThat(back.publication("name")).isEqualTo("withhold");
        assertThat(back.notOnline()).isFalse();

        var sent = data.toSubmissionJson();
        assertThat(sent.at("/respondent/organisationNumber").isNull()).isTrue();
        assertThat(sent.at("/respondent").has("contactPerson")).isFalse();
        assertThat(sent.at("/publication/name").stringValue()).isEqualTo("withhold");
        assertThat(sent.at("/publication/reason").isNull()).as("no reason without the box ticked").isTrue();
    }

    @Test
    void an_organisation_sends_its_contact_person_and_no_name_choice() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("respondent.kind", "organisation");
        params.add("respondent.contactPhone", "+47 912 34 567");
        params.add("publication.name", "withhold");
        params.add("publication.online", "false");
        params.add("publication.reason", "Forretningshemmeligheter");

        var sent = AnswerFormData.fromParams(DemoDefinition.FORM, params).toSubmissionJson();

        assertThat(sent.at("/respondent/contactPerson/phone").stringValue()).isEqualTo("+47 912 34 567");
        assertThat(sent.at("/respondent/contactPerson/name").isNull()).isTrue();
        assertThat(sent.at("/publication/name").isNull()).isTrue();
        assertThat(sent.at("/publication/online").booleanValue()).isFalse();
        assertThat(sent.at("/publication/reason").stringValue()).isEqualTo("Forretningshemmeligheter");
        assertThat(AnswerFormData.fromJson(AnswerFormData.fromParams(DemoDefinition.FORM, params).toJson()).notOnline()).isTrue();
    }

    @Test
    void the_preticked_name_choice_alone_is_not_something_typed() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("publication.name", "publish");
        assertThat(AnswerFormData.fromParams(DemoDefinition.FORM, params).isBlank()).isTrue();
        params.add("publication.online", "false");
        assertThat(AnswerFormData.fromParams(DemoDefinition.FORM, params).isBlank()).isFalse();
    }
}
