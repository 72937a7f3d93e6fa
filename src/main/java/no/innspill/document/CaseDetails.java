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
 */
public record CaseDetails(String caseNumber, String title, String owner, String emailInstructions, Instant deadline,
                          String responseEmail) {

    public CaseDetails {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
    }

    /** Without deadline and receiving address. */
    public CaseDetails(String caseNumber, String title, String owner, String emailInstructions) {
        this(caseNumber, title, owner, emailInstructions, null, null);
    }
}
