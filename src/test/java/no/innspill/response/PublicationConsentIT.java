package no.innspill.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestApi.Reply;
import no.innspill.testing.WebSession;
import no.innspill.testing.WebSession.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Publication consent and the contact person (issue 9, items 3 and 5), through the web form without
 * JavaScript and through the API: stored with the response, shown on the preview, the receipt, the PDF
 * and the staff page, in the exports; bad values refused with a message and nothing stored.
 */
@IntegrationTest
class PublicationConsentIT {

    private static final String FORM = "/horinger/22-414/svar";
    private static final String RESPONSES = TestApi.DEMO + "/responses";

    @LocalServerPort
    int port;
    WebSession web;
    TestApi staff;

    @BeforeEach
    void session() {
        web = new WebSession(port);
        staff = TestApi.staff(port);
    }

    @Test
    void a_private_person_withholds_the_name_and_asks_not_to_be_online_and_every_copy_says_so() {
        Page form = web.get(FORM);
        assertThat(form.html().getElementById("publication-notice").text()).contains("offentleglova", "publisert på nettet etter høringsfristen");
        assertThat(form.html().getElementById("publication-name-publish").hasAttr("checked")).as("publish ticked to begin with").isTrue();

        Page preview = web.submitAndFollow(form.form("#response-form"), Map.of(
                "respondent.name", "Kari Privat", "respondent.kind", "person",
                "publication.name", "withhold", "publication.online", "false",
                "publication.reason", "Svaret nevner helseopplysninger om familien min.",
                "q3.text", "Et innspill fra en privatperson."), "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.html().getElementById("publication-shown-name").text()).isEqualTo("Vises som «Privatperson»");
        assertThat(preview.html().getElementById("publication-shown-online").text()).isEqualTo("Ber om at svaret ikke publiseres på nettet");
        assertThat(preview.html().getElementById("publication-shown-reason").text()).contains("helseopplysninger");

        Page sent = web.submit(preview.form("#send-form"), Map.of());
        assertThat(sent.status()).isEqualTo(302);
        Page receipt = web.get(sent.location());
        assertThat(receipt.html().getElementById("publication-shown-name").text()).isEqualTo("Vises som «Privatperson»");
        assertThat(receipt.html().getElementById("publication-shown-online").text()).isEqualTo("Ber om at svaret ikke publiseres på nettet");
        assertThat(receipt.html().getElementById("publication-shown-reason").text()).contains("helseopplysninger");

        String pdf = PdfText.of(web.get(receipt.html().getElementById("receipt-pdf").attr("href")).bytes());
        assertThat(pdf).contains("Vises som «Privatperson»", "Ber om at svaret ikke publiseres på nett", "helseopplysninger");

        int number = Integer.parseInt(receipt.html().getElementById("document-number").text().substring(7));
        JsonNode stored = staff.get(RESPONSES + "/" + number).json();
        assertThat(stored.at("/publication/name").stringValue()).isEqualTo("withhold");
        assertThat(stored.at("/publication/online").booleanValue()).isFalse();
        assertThat(stored.at("/publication/reason").stringValue()).isEqualTo("Svaret nevner helseopplysninger om familien min.");

        WebSession caseWorker = loggedIn();
        Page staffPage = caseWorker.get("/saksbehandler/horinger/22-414/svar/" + number);
        assertThat(staffPage.html().getElementById("publication-shown-name").text()).isEqualTo("Vises som «Privatperson»");
        assertThat(staffPage.html().getElementById("publication-shown-reason").text()).contains("helseopplysninger");

        String csv = new String(caseWorker.get("/saksbehandler/horinger/22-414/eksport.csv?labels=ids&separator=comma").bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(",withhold,false,Svaret nevner helseopplysninger om familien min.,");
    }

    @Test
    void an_organisation_gives_a_contact_person_and_a_private_persons_organisation_fields_are_left_out() {
        Page preview = web.submitAndFollow(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Bars kommune", "respondent.kind", "organisation",
                "respondent.organisationNumber", "974 761 211",
                "respondent.contactName", "Kari Nordmann", "respondent.contactPhone", "+47 912 34 567",
                "publication.name", "withhold", // left from trying "person": an organisation's name is published
                "q3.text", "Kommunen støtter forslaget."), "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.html().getElementById("contact-name").text()).isEqualTo("Kari Nordmann");
        assertThat(preview.html().getElementById("publication-shown-name")).as("no name choice for an organisation").isNull();

        Page receipt = web.get(web.submit(preview.form("#send-form"), Map.of()).location());
        assertThat(receipt.html().getElementById("contact-name").text()).isEqualTo("Kari Nordmann");
        assertThat(receipt.html().getElementById("contact-phone").text()).isEqualTo("+47 912 34 567");
        assertThat(PdfText.of(web.get(receipt.html().getElementById("receipt-pdf").attr("href")).bytes()))
                .contains("Kontaktperson", "Kari Nordmann", "+47 912 34 567", "Kan publiseres på nett");
        int number = Integer.parseInt(receipt.html().getElementById("document-number").text().substring(7));
        JsonNode stored = staff.get(RESPONSES + "/" + number).json();
        assertThat(stored.at("/respondent/contactPerson/name").stringValue()).isEqualTo("Kari Nordmann");
        assertThat(stored.at("/respondent/contactPerson/phone").stringValue()).isEqualTo("+47 912 34 567");
        assertThat(stored.at("/publication/name").stringValue()).isEqualTo("publish");
        assertThat(stored.at("/publication/online").booleanValue()).isTrue();
        assertThat(loggedIn().get("/saksbehandler/horinger/22-414/svar/" + number).html().getElementById("contact-name").text())
                .isEqualTo("Kari Nordmann");

        // a private person who typed in the organisation's fields first: they are not part of the response
        Page person = web.submitAndFollow(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Ola Privat", "respondent.kind", "person",
                "respondent.organisationNumber", "974 761 211", "respondent.contactName", "Noen Andre",
                "q3.text", "Mitt innspill."), "preview");
        assertThat(person.status()).as(person.text()).isEqualTo(200);
        assertThat(person.text()).doesNotContain("Noen Andre", "974761211");
        Page personReceipt = web.get(web.submit(person.form("#send-form"), Map.of()).location());
        JsonNode personStored = staff.get(RESPONSES + "/" + personReceipt.html().getElementById("document-number").text().substring(7)).json();
        assertThat(personStored.at("/respondent/organisationNumber").isNull()).isTrue();
        assertThat(personStored.at("/respondent/contactPerson").isNull()).isTrue();
        assertThat(personStored.at("/publication/name").stringValue()).isEqualTo("publish");
    }

    @Test
    void bad_publication_or_contact_values_on_the_web_form_come_back_with_a_message_and_nothing_is_stored() {
        int before = count();
        Page form = web.get(FORM);

        Page noReason = web.submit(form.form("#response-form"), Map.of(
                "respondent.name", "Kari Privat", "respondent.kind", "person", "publication.online", "false",
                "q3.text", "Tekst."), "preview");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.html().select(".ds-error-summary a").eachAttr("href")).containsExactly("#publication-reason");
        assertThat(noReason.html().getElementById("publication-reason-error").text()).contains("Skriv hvorfor svaret ikke skal publiseres");
        assertThat(noReason.html().getElementById("publication-online").hasAttr("checked")).as("kept as ticked").isTrue();

        Page tooLong = web.submit(form.form("#response-form"), Map.of(
                "respondent.name", "Kari Privat", "respondent.kind", "person", "publication.online", "false",
                "publication.reason", "x".repeat(Publication.MAX_REASON_LENGTH + 1), "q3.text", "Tekst."), "preview");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.html().getElementById("publication-reason-error").text()).startsWith("Begrunnelsen er 2").contains("Korte den ned");
        assertThat(tooLong.html().getElementById("publication-reason").wholeText()).hasSize(Publication.MAX_REASON_LENGTH + 1);

        Page badPhone = web.submit(form.form("#response-form"), Map.of(
                "respondent.name", "Bars kommune", "respondent.kind", "organisation", "respondent.contactPhone", "ring meg",
                "q3.text", "Tekst."), "preview");
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.html().select(".ds-error-summary a").eachAttr("href")).containsExactly("#respondent-contactPhone");
        assertThat(badPhone.html().getElementById("respondent-contactPhone-error").text()).startsWith("Skriv inn et telefonnummer");
        assertThat(badPhone.html().getElementById("respondent-contactPhone").attr("value")).isEqualTo("ring meg");

        assertThat(count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void a_draft_keeps_the_choices_and_the_contact_person_and_the_page_follows_the_kind() {
        Page saved = web.submit(web.get(FORM).form("#response-form"), Map.of(
                "respondent.name", "Kari Privat", "respondent.kind", "person",
                "respondent.contactName", "Skrevet før byttet",
                "publication.name", "withhold", "publication.online", "false", "publication.reason", "Av hensyn til familien.",
                "q3.text", "Halvferdig."), "save");
        assertThat(saved.status()).isEqualTo(302);
        Page draft = web.get(saved.location());
        assertThat(draft.html().getElementById("publication-name-withhold").hasAttr("checked")).isTrue();
        assertThat(draft.html().getElementById("publication-online").hasAttr("checked")).isTrue();
        assertThat(draft.html().getElementById("publication-reason").wholeText()).isEqualTo("Av hensyn til familien.");
        assertThat(draft.html().getElementById("respondent-contactName").attr("value")).as("kept in the draft").isEqualTo("Skrevet før byttet");

        // a private person's page: the name asks for their own name, and the organisations' fields say whom they are for
        assertThat(draft.html().selectFirst("label[for=respondent-name]").text()).isEqualTo("Navnet ditt");
        assertThat(draft.html().getElementById("respondent-name").attr("autocomplete")).isEqualTo("name");
        assertThat(draft.text()).doesNotContain("Navn på høringsinstans");
        assertThat(draft.html().getElementById("respondent").hasAttr("data-kind-switch")).as("the script's hook").isTrue();
        var organisationOnly = draft.html().getElementById("organisation-only");
        assertThat(organisationOnly.attr("data-kind-only")).isEqualTo("organisation");
        assertThat(organisationOnly.selectFirst("legend").text()).isEqualTo("Bare for organisasjoner");
        assertThat(organisationOnly.select("input").eachAttr("id"))
                .containsExactly("respondent-organisationNumber", "respondent-contactName", "respondent-contactPhone");
        assertThat(draft.html().getElementById("respondent-contactPhone").attr("autocomplete")).isEqualTo("tel");
        assertThat(draft.html().getElementById("respondent-contactPhone").attr("type")).isEqualTo("tel");
        assertThat(draft.html().getElementById("respondent-email").attr("autocomplete")).isEqualTo("email");
        assertThat(draft.html().getElementById("publication-name").attr("data-kind-only")).isEqualTo("person");

        Page organisation = web.submit(draft.form("#response-form"), Map.of("respondent.kind", "organisation",
                "respondent.name", "Bars kommune"), "save");
        Page again = web.get(organisation.location());
        assertThat(again.html().selectFirst("label[for=respondent-name]").text()).isEqualTo("Navn på høringsinstans");
        assertThat(again.html().getElementById("respondent-name").attr("autocomplete")).isEqualTo("organization");
    }

    @Test
    void the_api_takes_publication_and_contact_person_and_refuses_bad_values_naming_the_field() {
        Reply created = TestApi.anonymous(port).postJson(RESPONSES, """
                {"respondent": {"name": "Bars kommune", "kind": "organisation", "organisationNumber": "974652714",
                                "email": null, "contactPerson": {"name": "Kari Nordmann", "phone": "+47 912 34 567"}},
                 "publication": {"name": "publish", "online": false, "reason": "Inneholder forretningshemmeligheter."},
                 "answers": {"q3": {"text": "Vi trenger banen."}}}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode stored = staff.get(created.header("Location")).json();
        assertThat(stored.at("/respondent/contactPerson/name").stringValue()).isEqualTo("Kari Nordmann");
        assertThat(stored.at("/publication/online").booleanValue()).isFalse();
        assertThat(stored.at("/publication/reason").stringValue()).isEqualTo("Inneholder forretningshemmeligheter.");

        Reply person = TestApi.anonymous(port).postJson(RESPONSES, """
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"name": "withhold"},
                 "answers": {"q3": {"text": "Hei."}}}""");
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        JsonNode personStored = staff.get(person.header("Location")).json();
        assertThat(personStored.at("/publication/name").stringValue()).isEqualTo("withhold");
        assertThat(personStored.at("/publication/online").booleanValue()).isTrue();
        assertThat(personStored.at("/respondent/contactPerson").isNull()).isTrue();

        int before = count();
        assertRejected("""
                {"respondent": {"name": "Bars kommune", "kind": "organisation"}, "publication": {"name": "withhold"},
                 "answers": {"q3": {"text": "Hei."}}}""", "publication.name", "withhold is for private persons");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"name": "maybe"},
                 "answers": {"q3": {"text": "Hei."}}}""", "publication.name", "\"maybe\" is not a choice");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"online": false},
                 "answers": {"q3": {"text": "Hei."}}}""", "publication.reason", "is missing");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"online": true, "reason": "Fordi."},
                 "answers": {"q3": {"text": "Hei."}}}""", "publication.reason", "only for a response not to be published online");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"online": false, "reason": "%s"},
                 "answers": {"q3": {"text": "Hei."}}}""".formatted("x".repeat(2001)), "publication.reason", "longer than 2000");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"online": "no"},
                 "answers": {"q3": {"text": "Hei."}}}""", "publication.online", "true or false");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"secret": true},
                 "answers": {"q3": {"text": "Hei."}}}""", "publication.secret", "not a known field");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": "publish",
                 "answers": {"q3": {"text": "Hei."}}}""", "publication", "must be an object");
        assertRejected("""
                {"respondent": {"name": "Ola", "kind": "person", "contactPerson": {"name": "Kari"}},
                 "answers": {"q3": {"text": "Hei."}}}""", "respondent.contactPerson", "is for organisations");
        assertRejected("""
                {"respondent": {"name": "Bars kommune", "kind": "organisation", "contactPerson": {"phone": "ring meg"}},
                 "answers": {"q3": {"text": "Hei."}}}""", "respondent.contactPerson.phone", "not a phone number");
        assertRejected("""
                {"respondent": {"name": "Bars kommune", "kind": "organisation", "contactPerson": {"name": "%s"}},
                 "answers": {"q3": {"text": "Hei."}}}""".formatted("k".repeat(301)), "respondent.contactPerson.name", "longer than 300");
        assertThat(count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void the_openapi_document_shows_publication_and_the_contact_person() {
        JsonNode schemas = TestApi.anonymous(port).get("/v3/api-docs").json().at("/components/schemas");
        assertThat(schemas.at("/Submission/properties/publication")).isNotNull();
        assertThat(schemas.at("/SubmissionPublication/properties/name/enum").toString()).contains("publish", "withhold");
        assertThat(schemas.at("/SubmissionRespondent/properties/contactPerson").isMissingNode()).isFalse();
        assertThat(schemas.at("/SubmissionContactPerson/properties/phone").isMissingNode()).isFalse();
    }

    @Test
    void the_consultation_decides_what_private_persons_may_choose_about_their_name() {
        Reply created = staff.post("/api/v1/consultations", "application/yaml",
                no.innspill.testing.TestForms.yaml(no.innspill.testing.TestForms.newCaseNumber(), "2099-12-31")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String api = created.header("Location");
        String slug = created.json().get("slug").stringValue();
        assertThat(created.json().get("privateNames").stringValue()).as("the default").isEqualTo("choice");

        WebSession caseWorker = loggedIn();
        Page details = caseWorker.get("/saksbehandler/horinger/" + slug + "/detaljer");
        assertThat(details.html().getElementById("private-names").hasAttr("checked")).isTrue();
        assertThat(details.html().select("input[name=privateNames]").eachAttr("value")).containsExactly("choice", "publish", "withhold");
        Page saved = caseWorker.submit(details.form("form[action$=/detaljer]"), Map.of("privateNames", "withhold"));
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        assertThat(caseWorker.get("/saksbehandler/horinger/" + slug + "/detaljer").html()
                .getElementById("private-names-withhold").hasAttr("checked")).isTrue();
        assertThat(staff.post(api + "/open", "application/json", new byte[0]).status()).isEqualTo(200);

        Page form = web.get("/horinger/" + slug + "/svar");
        assertThat(form.html().getElementById("publication-name-publish")).as("no choice offered").isNull();
        assertThat(form.html().getElementById("publication-name").text()).contains("uten navn, som «Privatperson»");
        Page preview = web.submitAndFollow(form.form("#response-form"), Map.of("respondent.name", "Kari Privat", "respondent.kind", "person",
                "publication.name", "publish", // a choice the page does not offer is not taken
                "q2.text", "Innspill."), "preview");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.html().getElementById("publication-shown-name").text()).isEqualTo("Vises som «Privatperson»");

        TestApi anonymous = TestApi.anonymous(port);
        Reply refused = anonymous.postJson(api + "/responses", """
                {"respondent": {"name": "Ola", "kind": "person"}, "publication": {"name": "publish"}, "answers": {"q2": {"text": "Hei."}}}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("publication.name", "shows every private person as");
        Reply person = anonymous.postJson(api + "/responses", """
                {"respondent": {"name": "Ola", "kind": "person"}, "answers": {"q2": {"text": "Hei."}}}""");
        assertThat(staff.get(person.header("Location")).json().at("/publication/name").stringValue()).isEqualTo("withhold");
        Reply organisation = anonymous.postJson(api + "/responses", """
                {"respondent": {"name": "Bars kommune", "kind": "organisation"}, "answers": {"q2": {"text": "Hei."}}}""");
        assertThat(staff.get(organisation.header("Location")).json().at("/publication/name").stringValue()).isEqualTo("publish");

        JsonNode current = staff.get(api).json();
        Reply bad = staff.put(api, """
                {"caseNumber": "%s", "title": "T", "owner": "O", "responseEmail": "post@test.example", "privateNames": "sometimes",
                 "reason": "Test"}""".formatted(current.get("caseNumber").stringValue()));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.body()).contains("privateNames");
        assertThat(staff.get(api).json().get("privateNames").stringValue()).isEqualTo("withhold");
    }

    @Test
    void the_privacy_page_says_the_contact_person_and_the_publication_choices_are_stored() {
        Page privacy = web.get("/personvern");
        assertThat(privacy.html().getElementById("stored-contact").text()).contains("kontaktpersonen");
        assertThat(privacy.html().getElementById("stored-publication").text()).contains("«Privatperson»", "begrunnelsen");
        assertThat(privacy.html().getElementById("why-publication").text()).contains("journalført");
    }

    private int count() {
        return staff.get(TestApi.DEMO + "/export/responses.json").json().size();
    }

    private void assertRejected(String body, String field, String message) {
        Reply reply = TestApi.anonymous(port).postJson(RESPONSES, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> found = new ArrayList<>();
        reply.json().get("errors").forEach(error -> found.add(error.get("field").stringValue() + ": " + error.get("message").stringValue()));
        assertThat(found).as(reply.toString()).anyMatch(error -> error.startsWith(field + ": ") && error.contains(message));
    }

    private WebSession loggedIn() {
        WebSession session = new WebSession(port);
        assertThat(session.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD).location()).endsWith("/saksbehandler");
        return session;
    }
}
