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

    public static String response(String name) {
        return """
                {"respondent": {"name": "%s", "kind": "person", "organisationNumber": null, "email": null},
                 "answers": {"q1": {"choice": "yes", "text": "Godt forslag"}, "q2": {"text": null}}}"""
                .formatted(name);
    }
}
