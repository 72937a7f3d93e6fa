package no.innspill.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Small form definitions for tests, each with a case number of its own. */
public final class TestForms {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private TestForms() {
    }

    /** A case number no other test uses in this JVM's database. */
    public static String newCaseNumber() {
        return "99/" + (100_000 + NEXT.incrementAndGet() % 800_000);
    }

    public static String yaml(String caseNumber, String deadline) {
        return """
                caseNumber: "%s"
                title: "Høring om testing"
                owner: "Testdirektoratet"
                deadline: "%s"
                responseEmail: "postmottak@test.example"
                intro: |
                  Vi ber om innspill.
                themes:
                  - Testing
                questions:
                  - id: q1
                    kind: choice
                    text: "Er du enig?"
                    options:
                      - id: "yes"
                        label: "Ja"
                      - id: "no"
                        label: "Nei"
                    elaboration:
                      hint: "utdyp gjerne"
                      maxLength: 100
                  - id: q2
                    kind: text
                    text: "Andre innspill?"
                    maxLength: 50
                """.formatted(caseNumber, deadline);
    }

    /**
     * A form of the newer kinds: a heading with help, a required multiple choice with elaboration, a required text
     * with help and an optional text (answer ids concerns, reason, other).
     */
    public static String kinds(String caseNumber) {
        return """
                caseNumber: "%s"
                title: "Reguleringsplan for Skoleveien"
                owner: "Eksempel kommune"
                deadline: "2099-06-30"
                responseEmail: "postmottak@kommune.example"
                questions:
                  - id: area
                    kind: heading
                    text: "Del 1: Nærmiljøet"
                    help: "Spørsmålene gjelder området rundt skolen."
                  - id: concerns
                    kind: multiple-choice
                    text: "Hva er dere mest opptatt av?"
                    required: true
                    options:
                      - {id: traffic, label: "Trafikk"}
                      - {id: green, label: "Grøntområder"}
                      - {id: noise, label: "Støy"}
                    elaboration: {hint: "utdyp gjerne", maxLength: 500}
                  - id: reason
                    kind: text
                    text: "Hvorfor?"
                    required: true
                    help: "Skriv kort hva planen betyr for dere."
                    maxLength: 1000
                  - id: other
                    kind: text
                    text: "Andre innspill?"
                """.formatted(caseNumber);
    }

    public static String response(String name) {
        return """
                {"respondent": {"name": "%s", "kind": "person", "organisationNumber": null, "email": null},
                 "answers": {"q1": {"choice": "yes", "text": "Godt forslag"}, "q2": {"text": null}}}"""
                .formatted(name);
    }
}
