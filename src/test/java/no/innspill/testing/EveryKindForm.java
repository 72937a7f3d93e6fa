package no.innspill.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.form.Answer;

/**
 * A consultation whose form has every question kind (a heading with help, a required choice with
 * elaboration, a multiple choice with elaboration, a text with help, a required text with parts,
 * attachments), and what a respondent fills in on its fillable blank PDF.
 */
public final class EveryKindForm {

    private EveryKindForm() {
    }

    public static String yaml(String caseNumber) {
        return """
                caseNumber: "%s"
                title: "Reguleringsplan for Skoleveien"
                owner: "Eksempel kommune"
                deadline: "2099-06-30"
                responseEmail: "postmottak@kommune.example"
                emailInstructions: "Merk e-posten med «Saksnummer %s»."
                questions:
                  - id: area
                    kind: heading
                    text: "Del 1: Nærmiljøet"
                    help: "Spørsmålene gjelder området rundt skolen."
                  - id: support
                    kind: choice
                    text: "Støtter dere planen?"
                    required: true
                    options:
                      - {id: "yes", label: "Ja"}
                      - {id: "no", label: "Nei"}
                    elaboration: {hint: "utdyp gjerne", maxLength: 2000}
                  - id: concerns
                    kind: multiple-choice
                    text: "Hva er dere mest opptatt av?"
                    options:
                      - {id: traffic, label: "Trafikk"}
                      - {id: green, label: "Grøntområder"}
                      - {id: noise, label: "Støy"}
                    elaboration: {hint: "utdyp gjerne", maxLength: 500}
                  - id: reason
                    kind: text
                    text: "Hvorfor?"
                    help: "Skriv kort hva planen betyr for dere."
                    maxLength: 1000
                  - id: goals
                    kind: text-with-parts
                    text: "Har dere innspill til målene?"
                    required: true
                    maxLength: 3000
                    parts:
                      - {id: goal1, title: "Mål 1: Trygg skolevei", maxLength: 2000}
                      - {id: goal2, title: "Mål 2: Mer grønt", maxLength: 2000}
                  - id: files
                    kind: attachments
                    text: "Legg ved kart eller uttalelser"
                """.formatted(caseNumber, caseNumber);
    }

    /** The paragraphs, bullet, quotes, dash and letters a respondent types into the first text. */
    public static final String SUPPORT_TEXT = "Første avsnitt.\n• Et punkt med «sitat» og – tankestrek\nSiste linje: æøå ÆØÅ";

    /** What a respondent fills in, by field name: every field but one part, which stays empty. */
    public static Map<String, String> filledIn() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("respondent.kind", "organisation");
        values.put("respondent.name", "Skoleveien vel");
        values.put("respondent.organisationNumber", "974 761 076");
        values.put("respondent.email", "post@skoleveien.example");
        values.put("respondent.contactName", "Åse Ødegård");
        values.put("respondent.contactPhone", "+47 22 33 44 55");
        values.put("support.choice", "no");
        values.put("support.text", SUPPORT_TEXT);
        values.put("concerns.choice.traffic", "on");
        values.put("concerns.choice.noise", "on");
        values.put("concerns.text", "Mest trafikk om morgenen.");
        values.put("reason.text", "Fordi barna går der.");
        values.put("goals.text", "Generelt: bra.");
        values.put("goals.part.goal2", "Flere trær.");
        return values;
    }

    /** Why a private person asks not to be published online, on two lines. */
    public static final String PUBLICATION_REASON = "Jeg har sperret adresse.\nNavnet mitt skal ikke kunne søkes opp.";

    /**
     * What a private person fills in: the respondent block without organisation number and contact person, one answer,
     * and every publication choice: shown as «Privatperson», not online, and why.
     */
    public static Map<String, String> filledInByAPerson() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("respondent.kind", "person");
        values.put("respondent.name", "Kari Nordmann");
        values.put("respondent.email", "kari@nordmann.example");
        values.put("publication.name", "withhold");
        values.put("publication.online", "false");
        values.put("publication.reason", PUBLICATION_REASON);
        values.put("support.choice", "yes");
        values.put("goals.part.goal1", "Tryggere kryssing ved skolen.");
        return values;
    }

    /** The answers {@link #filledIn()} gives, in form order. */
    public static Map<String, Answer> answers() {
        Map<String, Answer> expected = new LinkedHashMap<>();
        expected.put("support", new Answer("no", SUPPORT_TEXT));
        expected.put("concerns", Answer.ofChoices(List.of("traffic", "noise"), "Mest trafikk om morgenen."));
        expected.put("reason", new Answer(null, "Fordi barna går der."));
        expected.put("goals", new Answer(null, "Generelt: bra."));
        expected.put("goals.goal1", Answer.EMPTY);
        expected.put("goals.goal2", new Answer(null, "Flere trær."));
        expected.put("files", Answer.EMPTY);
        return expected;
    }
}
