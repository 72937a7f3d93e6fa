package no.innspill.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import no.innspill.form.Answer;
import no.innspill.response.Respondent;

/**
 * One response as campaign detection and theme suggestions see it: who sent it and the text of each answer.
 *
 * @param id    the response's id in the caller's terms (the sequence number in the case, or the "id" of a JSONL line)
 * @param texts the non-blank text of each answer by answer id, in form order
 */
public record AnalysedResponse(String id, String respondentName, String organisationNumber, String email, Map<String, String> texts) {

    public AnalysedResponse {
        Objects.requireNonNull(id, "id");
        texts = Map.copyOf(texts);
    }

    public static AnalysedResponse of(String id, Respondent respondent, Map<String, Answer> answers) {
        Map<String, String> texts = new LinkedHashMap<>();
        answers.forEach((answerId, answer) -> {
            if (answer != null && answer.text() != null && !answer.text().isBlank()) {
                texts.put(answerId, answer.text());
            }
        });
        return respondent == null
                ? new AnalysedResponse(id, null, null, null, texts)
                : new AnalysedResponse(id, respondent.name(), respondent.organisationNumber(), respondent.email(), texts);
    }

    /**
     * Who sent it, for telling a body's repeated submission from a campaign: the organisation number when given, else the
     * e-mail address, else the name, case and spacing ignored; {@code null} when none is known.
     */
    public String sender() {
        if (organisationNumber != null && !organisationNumber.replaceAll("\\D", "").isEmpty()) {
            return "orgnr:" + organisationNumber.replaceAll("\\D", "");
        }
        for (String key : new String[] {email, respondentName}) {
            if (key != null && !key.isBlank()) {
                return key.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            }
        }
        return null;
    }
}
