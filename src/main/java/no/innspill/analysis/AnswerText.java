package no.innspill.analysis;

/** The text of one response's answer to one question or part. */
public record AnswerText(String responseId, String text) {
}
