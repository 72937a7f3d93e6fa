package no.innspill.document;

import java.time.Instant;
import java.util.Objects;

/**
 * What a form's documents print about the consultation it belongs to: the case number in every
 * page's header, the title, the body that consults, by when and where to answer, and how to answer by e-mail.
 *
 * @param emailInstructions may be {@code null}
 * @param deadline          the høringsfrist; may be {@code null} (then no document prints one)
 * @param responseEmail     the receiving address (postmottak); may be {@code null}
 * @param privateNames      what the consultation lets a private person choose about their name when responses
 *                          are published, as the consultation writes it: {@code choice} (also for {@code null}),
 *                          {@code publish} or {@code withhold}; the blank forms ask only when there is a choice
 */
public record CaseDetails(String caseNumber, String title, String owner, String emailInstructions, Instant deadline,
                          String responseEmail, String privateNames) {

    public CaseDetails {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        privateNames = privateNames == null ? "choice" : privateNames;
        if (!java.util.Set.of("choice", "publish", "withhold").contains(privateNames)) {
            throw new IllegalArgumentException("privateNames must be choice, publish or withhold: " + privateNames);
        }
    }

    /** A private person may choose: the consultation's default. */
    public CaseDetails(String caseNumber, String title, String owner, String emailInstructions, Instant deadline,
                       String responseEmail) {
        this(caseNumber, title, owner, emailInstructions, deadline, responseEmail, null);
    }

    /** Whether a private person chooses between being published by name and as «Privatperson». */
    public boolean privateNameChoice() {
        return privateNames.equals("choice");
    }

    /** Without deadline and receiving address. */
    public CaseDetails(String caseNumber, String title, String owner, String emailInstructions) {
        this(caseNumber, title, owner, emailInstructions, null, null);
    }
}
