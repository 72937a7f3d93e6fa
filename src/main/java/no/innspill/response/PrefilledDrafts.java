package no.innspill.response;

import java.util.HashMap;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.form.Forms;
import no.innspill.response.answerform.AnswerFormData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts begun for someone else: another module (the høringsliste) knows who will answer and opens
 * the form with the respondent filled in. No resume link is mailed: whoever starts it already holds
 * a link of their own that leads back here.
 */
@Service
public class PrefilledDrafts {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final Forms forms;

    PrefilledDrafts(JdbcClient jdbc, JsonMapper mapper, Forms forms) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.forms = forms;
    }

    /** @return the new draft's token; its page is {@link #path} */
    public String start(Consultation consultation, Respondent respondent) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", respondent.name());
        fields.put("kind", respondent.kind().jsonName());
        fields.put("organisationNumber", respondent.organisationNumber());
        fields.put("email", respondent.email());
        AnswerFormData data = AnswerFormData.prefilled(forms.get(consultation.form()), fields, Map.of());
        String token = Tokens.newToken();
        jdbc.sql("insert into draft (token, consultation_id, content, email) values (?, ?, ?::jsonb, ?)")
                .params(token, consultation.id(), mapper.writeValueAsString(data.toJson()), respondent.email()).update();
        return token;
    }

    /** Whether the draft behind the token still exists (drafts may be cleared). */
    public boolean exists(Consultation consultation, String token) {
        return Tokens.looksValid(token) && jdbc.sql("select count(*) from draft where token = ? and consultation_id = ?")
                .params(token, consultation.id()).query(Integer.class).single() == 1;
    }

    public static String path(Consultation consultation, String token) {
        return "/horinger/" + consultation.slug() + "/utkast/" + token;
    }
}
