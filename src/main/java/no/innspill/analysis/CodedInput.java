package no.innspill.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An input (innspill): a passage of one answer of one response that the analyst marked, what part of the proposal it
 * concerns, and the body's disposition with its assessment.
 *
 * @param start      where the passage begins in the answer's text, in code points
 * @param end        where it ends, in code points, exclusive
 * @param parts      the form's questions and parts it concerns, as answer ids ({@code q2.goal2})
 * @param references references to the proposal it concerns, normalised ({@code Mål 2}, {@code § 5})
 * @param disposition {@code null} until decided
 * @param assessment {@code null} when none is written
 * @param analyst    who last saved it
 */
public record CodedInput(long id, long consultationId, int sequenceNumber, String answerId, int start, int end, String passage,
                         List<String> parts, List<String> references, Disposition disposition, String assessment, String analyst,
                         Instant createdAt, Instant changedAt) {

    public CodedInput {
        parts = List.copyOf(parts);
        references = List.copyOf(references);
    }

    /** Parts first, then references: what the input concerns as one list, as the API gives it. */
    public List<String> concerns() {
        List<String> concerns = new ArrayList<>(parts);
        concerns.addAll(references);
        return concerns;
    }
}
