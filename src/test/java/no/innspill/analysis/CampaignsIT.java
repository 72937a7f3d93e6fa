package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.innspill.testing.AppProcesses;
import no.innspill.testing.EveryKindForm;
import no.innspill.testing.IntegrationTest;
import no.innspill.testing.TestApi;
import no.innspill.testing.TestConsultations;
import no.innspill.testing.TestForms;
import no.innspill.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Campaigns and duplicates over real HTTP and the database (issue 14): a form letter sent by six (two with a paragraph
 * of their own, one edited), one body's repeated submission and organic responses; the background run, the campaigns
 * and their members' own text, a new letter and a new repeat taken in by the listener, the pages and the note on the
 * response page, staff only, bad ids. What needs the lead's engine is skipped until it is on the branch.
 */
@IntegrationTest
// A context of its own (the property only makes it distinct): the test waits on the campaign run, a db-scheduler job,
// and a shared context paused by Spring's test cache comes back with its scheduler stopped.
@org.springframework.test.context.TestPropertySource(properties = "innspill.test.own-context=campaign-runs")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignsIT {

    static final String LETTER = "Vi er sterkt imot at Skoleveien stenges for gjennomkjøring slik planen foreslår. Veien er den eneste trygge"
            + " forbindelsen mellom boligfeltet og idrettsanlegget, og barna våre bruker den hver eneste dag. En stenging vil flytte"
            + " trafikken over til Fjellveien, som mangler både fortau og belysning. Vi ber derfor kommunen om å beholde Skoleveien åpen,"
            + " bygge fortau langs hele Fjellveien og senke fartsgrensen til 30 km/t i området før planen blir vedtatt.";
    static final String EDITED = LETTER.replace("sterkt imot", "helt imot").replace("hver eneste dag", "hver dag")
            .replace("Vi ber derfor kommunen", "Vi ber kommunen");
    static final String OWN_1 = "Jeg har selv to barn som går til skolen langs denne veien, og jeg ser farlige situasjoner nesten hver"
            + " morgen når bussen kommer.";
    static final String OWN_2 = "Som trener i idrettslaget kjører jeg mange barn til trening, og omkjøringen vil gi oss en halvtime ekstra"
            + " hver kveld.";
    static final String OWN_LATE = "Bestemor bor i Fjellveien og tør ikke lenger gå til butikken om kvelden.";
    static final String REPEATED = "Bydel Nord mener planen tar for lite hensyn til støy fra anleggsarbeidet. Vi ber om at arbeidet bare"
            + " skjer på dagtid, og at naboene varsles en uke i forveien.";
    static final String[] ORGANIC = {
            "Planen er bra, men parkeringsplassen ved skolen er for liten allerede i dag.",
            "Vi støtter planen fullt ut og gleder oss til mer grøntareal rundt skolen.",
            "Det bør plantes trær langs skolegården, ellers blir det altfor varmt om sommeren.",
            "Hvem skal betale for vedlikeholdet av den nye parken? Det står ingenting om det i planen.",
            "Støyskjermen mot riksveien må komme før byggingen starter, ikke etterpå.",
            "Jeg savner en vurdering av hvordan planen påvirker bekken nedenfor skolen."};

    @LocalServerPort
    int port;

    @Autowired
    CampaignRuns runs;

    private String slug;
    private String otherSlug;
    private final List<Integer> letters = new ArrayList<>();
    private final List<Integer> repeats = new ArrayList<>();
    private final List<Integer> organic = new ArrayList<>();
    private WebSession staff;

    @BeforeAll
    void register() {
        slug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        otherSlug = TestConsultations.open(port, EveryKindForm.yaml(TestForms.newCaseNumber()));
        letters.add(post(person("Ola Nordmann", "ola@example.no"), LETTER));
        repeats.add(post(organisation("Bydel Nord", "974652714"), REPEATED));
        letters.add(post(person("Kari Nordmann", "kari@example.no"), LETTER));
        organic.add(post(person("Per Hansen", "per@example.no"), ORGANIC[0]));
        letters.add(post(person("Lise Berg", "lise@example.no"), LETTER + "\n" + OWN_1));
        organic.add(post(person("Nils Dahl", "nils@example.no"), ORGANIC[1]));
        letters.add(post(person("Anne Lie", "anne@example.no"), EDITED));
        organic.add(post(organisation("Skoleveien vel", "987654325"), ORGANIC[2]));
        letters.add(post(person("Jon Bakke", "jon@example.no"), LETTER + "\n" + OWN_2));
        organic.add(post(person("Eva Moe", "eva@example.no"), ORGANIC[3]));
        repeats.add(post(organisation("Bydel Nord", "974652714"), REPEATED.replace("  ", " ") + " "));
        letters.add(post(person("Tor Vik", "tor@example.no"), LETTER));
        organic.add(post(person("Siri Holm", "siri@example.no"), ORGANIC[4]));
        organic.add(post(person("Geir Lund", "geir@example.no"), ORGANIC[5]));
        staff = new WebSession(port);
        staff.logIn(TestApi.STAFF_USER, TestApi.STAFF_PASSWORD);
    }

    private static String person(String name, String email) {
        return "{\"name\": \"%s\", \"kind\": \"person\", \"organisationNumber\": null, \"email\": \"%s\"}".formatted(name, email);
    }

    private static String organisation(String name, String number) {
        return "{\"name\": \"%s\", \"kind\": \"organisation\", \"organisationNumber\": \"%s\", \"email\": null}".formatted(name, number);
    }

    /** Posts a response with this text; its sequence number. */
    private int post(String respondent, String text) {
        var reply = TestApi.anonymous(port).postJson("/api/v1/consultations/" + slug + "/responses", """
                {"respondent": %s, "answers": {"support": {"choice": "no"}, "goals": {"text": %s}}}"""
                .formatted(respondent, TestApi.json(text)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String number = reply.json().get("documentNumber").asString();
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    static boolean engineLanded() {
        try {
            new CampaignFinder().find(List.of());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private JsonNode api(String query) {
        var reply = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/campaigns" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<Integer> members(JsonNode campaign) {
        List<Integer> numbers = new ArrayList<>();
        campaign.get("members").forEach(member -> numbers.add(member.get("sequenceNumber").asInt()));
        return numbers;
    }

    private static String added(JsonNode campaign, int number) {
        for (JsonNode member : campaign.get("members")) {
            if (member.get("sequenceNumber").asInt() == number) {
                return member.get("added").isNull() ? null : member.get("added").asString();
            }
        }
        throw new AssertionError("no member " + number + " in " + campaign);
    }

    @Test
    @Order(1)
    void a_run_asked_for_in_the_api_is_accepted_and_done_in_the_background() throws Exception {
        var before = TestApi.staff(port).get("/api/v1/consultations/" + slug + "/campaigns");
        assertThat(before.json().get("lastRun").get("finishedAt").isNull()).isTrue();
        var accepted = TestApi.staff(port).post("/api/v1/consultations/" + slug + "/campaigns/runs", "application/json", new byte[0]);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().get("waiting").asBoolean()).isTrue();
        AppProcesses.waitUntil(() -> !api("").get("lastRun").get("finishedAt").isNull(), Duration.ofSeconds(60));
        JsonNode run = api("").get("lastRun");
        assertThat(run.get("analysed").asInt()).isEqualTo(14);
        assertThat(run.get("failed").asBoolean()).isEqualTo(!engineLanded());
        assertThat(api("").get("responses").asInt()).isEqualTo(14);
    }

    @Test
    @Order(2)
    void the_run_finds_the_letter_with_each_senders_own_text_and_the_repeated_submission() {
        assumeTrue(engineLanded(), "the engine is not on this branch yet");
        JsonNode all = api("");
        assertThat(all.get("campaigns")).hasSize(1);
        JsonNode campaign = all.get("campaigns").get(0);
        assertThat(campaign.get("kind").asString()).isEqualTo("campaign");
        assertThat(members(campaign)).containsExactlyElementsOf(letters);
        assertThat(campaign.get("withOwnText").asInt()).isEqualTo(2);
        assertThat(added(campaign, letters.get(2))).isEqualTo(OWN_1);
        assertThat(added(campaign, letters.get(4))).isEqualTo(OWN_2);
        assertThat(added(campaign, letters.get(0))).isNull();
        assertThat(campaign.get("template").asString()).contains("Skoleveien åpen");
        assertThat(campaign.get("members").get(0).get("joined").asString()).isEqualTo("batch");

        JsonNode duplicates = api("?kind=duplicate").get("campaigns");
        assertThat(duplicates).hasSize(1);
        assertThat(members(duplicates.get(0))).containsExactlyElementsOf(repeats);
        // 14 responses: the letter's six count once, the body's two once
        assertThat(all.get("countedOnce").asInt()).isEqualTo(14 - 5 - 1);
        assertThat(runs.lastRun(consultation()).failed()).isFalse();
    }

    @Autowired
    no.innspill.consultation.Consultations consultations;

    @Autowired
    ReportSources.Campaigns reportCampaigns;

    private no.innspill.consultation.Consultation consultation() {
        return consultations.getBySlug(slug);
    }

    @Test
    @Order(3)
    void the_report_reads_the_campaigns_and_not_the_duplicates() {
        assumeTrue(engineLanded(), "the engine is not on this branch yet");
        assertThat(reportCampaigns.campaigns(consultation().id()))
                .containsExactly(new ReportSources.CampaignSummary(api("").get("campaigns").get(0).get("template").asString(), 6, 2));
    }

    @Test
    @Order(4)
    void a_new_letter_joins_the_campaign_and_a_new_repeat_pairs_with_the_earlier_one_as_they_arrive() throws Exception {
        assumeTrue(engineLanded(), "the engine is not on this branch yet");
        int late = post(person("Mari Strand", "mari@example.no"), LETTER + "\n" + OWN_LATE);
        int again = post(person("Per Hansen", "per@example.no"), ORGANIC[0]);
        AppProcesses.waitUntil(() -> members(api("").get("campaigns").get(0)).contains(late)
                && api("?kind=duplicate").get("campaigns").size() == 2, Duration.ofSeconds(60));
        JsonNode campaign = api("").get("campaigns").get(0);
        assertThat(members(campaign)).contains(late).hasSize(7);
        assertThat(added(campaign, late)).isEqualTo(OWN_LATE);
        JsonNode duplicates = api("?kind=duplicate").get("campaigns");
        List<List<Integer>> groups = new ArrayList<>();
        duplicates.forEach(group -> groups.add(members(group)));
        assertThat(groups).contains(List.of(organic.get(0), again), repeats);
        assertThat(api("").get("countedOnce").asInt()).isEqualTo(16 - 6 - 1 - 1);

        // the event delivered again (as the registry does after a crash) adds nothing twice
        arrivals.take(consultation(), List.of(late, again));
        assertThat(members(api("").get("campaigns").get(0))).hasSize(7);
        assertThat(api("?kind=duplicate").get("campaigns")).hasSize(2);
        assertThat(api("").get("countedOnce").asInt()).isEqualTo(16 - 6 - 1 - 1);
    }

    @Autowired
    CampaignArrivals arrivals;

    @Test
    @Order(5)
    void the_pages_show_the_campaign_its_members_own_text_and_the_note_on_a_response() {
        assumeTrue(engineLanded(), "the engine is not on this branch yet");
        WebSession.Page list = staff.get("/saksbehandler/horinger/" + slug + "/kampanjer");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().selectFirst("#count-responses").text()).isEqualTo("16");
        assertThat(list.html().select("#campaigns-table tbody tr")).hasSize(1);
        assertThat(list.html().select("#duplicates-table tbody tr")).hasSize(2);
        assertThat(list.text()).contains("Sist gjennomgått");
        String link = list.html().selectFirst("#campaigns-table a").attr("href");

        WebSession.Page campaign = staff.get(link);
        assertThat(campaign.status()).isEqualTo(200);
        assertThat(campaign.html().selectFirst("#campaign-template").text()).contains("Skoleveien åpen");
        assertThat(campaign.html().selectFirst("#member-" + letters.get(2) + " mark").text()).isEqualTo(OWN_1);
        assertThat(campaign.html().selectFirst("#member-" + letters.get(0)).text()).contains("ingen egen tekst").contains("Ola Nordmann");
        assertThat(campaign.html().selectFirst("#member-" + letters.get(0) + " a").attr("href"))
                .isEqualTo("/saksbehandler/horinger/" + slug + "/svar/" + letters.get(0));

        WebSession.Page member = staff.get("/saksbehandler/horinger/" + slug + "/svar/" + letters.get(1));
        assertThat(member.html().selectFirst("#campaign-notes").text()).contains("Del av kampanje (7 svar)");
        WebSession.Page repeat = staff.get("/saksbehandler/horinger/" + slug + "/svar/" + repeats.get(1));
        String caseNumber = slug.replace('-', '/');
        assertThat(repeat.html().selectFirst("#campaign-notes").text()).contains("duplikat av " + caseNumber + "-" + repeats.get(0));
        WebSession.Page none = staff.get("/saksbehandler/horinger/" + slug + "/svar/" + organic.get(1));
        assertThat(none.html().selectFirst("#campaign-notes")).isNull();
    }

    @Test
    @Order(6)
    void the_button_asks_for_a_run_by_a_plain_form_and_the_page_says_so() {
        WebSession.Page list = staff.get("/saksbehandler/horinger/" + otherSlug + "/kampanjer");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Det er ikke lett etter kampanjer");
        assertThat(list.html().selectFirst("#count-responses").text()).isEqualTo("0");
        WebSession.Page posted = staff.submit(list.form("form[action$=/kampanjer/kjoringer]"), Map.of());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/saksbehandler/horinger/" + otherSlug + "/kampanjer");
        WebSession.Page after = staff.follow(posted);
        assertThat(after.html().selectFirst("#run-message").text()).satisfiesAnyOf(
                text -> assertThat(text).contains("En ny gjennomgang er startet"),
                text -> assertThat(text).contains("allerede i gang"));
        // without the CSRF token the post is refused
        assertThat(staff.post("/saksbehandler/horinger/" + otherSlug + "/kampanjer/kjoringer", Map.of()).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void only_staff_see_campaigns_and_bad_ids_and_parameters_are_named() {
        TestApi anonymous = TestApi.anonymous(port);
        assertThat(anonymous.get("/api/v1/consultations/" + slug + "/campaigns").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/consultations/" + slug + "/campaigns/runs", "application/json", new byte[0]).status())
                .isEqualTo(401);
        WebSession stranger = new WebSession(port);
        WebSession.Page page = stranger.get("/saksbehandler/horinger/" + slug + "/kampanjer");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/logg-inn");

        TestApi api = TestApi.staff(port);
        var badKind = api.get("/api/v1/consultations/" + slug + "/campaigns?kind=petition");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind");
        assertThat(api.get("/api/v1/consultations/" + slug + "/campaigns?page=0").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/consultations/" + slug + "/campaigns?limit=5000").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/consultations/" + slug + "/campaigns/abc/members").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/consultations/" + slug + "/campaigns/999999999/members").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consultations/99-99999/campaigns").status()).isEqualTo(404);

        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/kampanjer/abc").status()).isEqualTo(400);
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/kampanjer/999999999").status()).isEqualTo(404);
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/kampanjer?side=nei").status()).isEqualTo(400);
        assertThat(staff.get("/saksbehandler/horinger/" + slug + "/kampanjer/1?etter=-4").status()).isIn(400, 404);
        if (engineLanded()) {
            // a campaign of one consultation is not found under another
            long id = api("").get("campaigns").get(0).get("id").asLong();
            assertThat(staff.get("/saksbehandler/horinger/" + otherSlug + "/kampanjer/" + id).status()).isEqualTo(404);
            assertThat(staff.get("/saksbehandler/horinger/" + slug + "/kampanjer/" + id + "?etter=-4").status()).isEqualTo(400);
        }
    }

    @Test
    @Order(8)
    void a_revision_takes_the_place_of_the_letter_it_revises() throws Exception {
        assumeTrue(engineLanded(), "the engine is not on this branch yet");
        int revised = letters.get(5);
        var reply = TestApi.staff(port).postJson("/api/v1/consultations/" + slug + "/responses", """
                {"respondent": %s, "revises": "%s", "answers": {"support": {"choice": "yes"}, "goals": {"text": %s}}}"""
                .formatted(person("Tor Vik", "tor@example.no"), slug.replace('-', '/') + "-" + revised, TestApi.json(ORGANIC[1] + " Jeg har ombestemt meg.")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        AppProcesses.waitUntil(() -> !members(api("").get("campaigns").get(0)).contains(revised), Duration.ofSeconds(60));
        assertThat(members(api("").get("campaigns").get(0))).hasSize(6).doesNotContain(revised);
    }
}
