package no.innspill.document;

import java.util.Objects;

/**
 * What a form's documents print about the consultation it belongs to: the case number in every
 * page's header, the title, the body that consults, and how to answer by e-mail.
 *
 * @param emailInstructions may be {@code null}
 */
public record CaseDetails(String caseNumber, String title, String owner, String emailInstructions) {

    public CaseDetails {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
    }
}
