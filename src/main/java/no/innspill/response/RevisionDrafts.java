package no.innspill.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innspill.consultation.Consultation;
import no.innspill.form.FormDefinition;
import no.innspill.form.Forms;
import no.innspill.response.answerform.AnswerFormData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts begun from a registered response, to send a revised one (revidert høringssvar): the form filled in with its
 * respondent, what it said about publication, its answers and its files, and the draft remembers the response it
 * revises, so sending it registers the revision ({@link SubmitResponse.Request#revises()}). No resume link is mailed:
 * the respondent came through the receipt link, which leads back here.
 */
@Service
class RevisionDrafts {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final Forms forms;
    private final Attachments attachments;

    RevisionDrafts(JdbcClient jdbc, JsonMapper mapper, Forms forms, Attachments attachments) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.forms = forms;
        this.attachments = attachments;
    }

    /** @return the new draft's token; its page is {@link PrefilledDrafts#path} */
    @Transactional
    String start(Consultation consultation, StoredResponse response) {
        AnswerFormData data = prefilled(forms.get(consultation.form()), response);
        String token = Tokens.newToken();
        jdbc.sql("insert into draft (token, consultation_id, content, email, revises) values (?, ?, ?::jsonb, ?, ?)")
                .params(token, consultation.id(), mapper.writeValueAsString(data.toJson()), response.respondent().email(),
                        response.sequenceNumber())
                .update();
        List<Attachment> files = attachments.list(consultation.id(), response.sequenceNumber()).stream()
                .map(file -> attachments.get(consultation.id(), response.sequenceNumber(), file.position()).orElseThrow())
                .toList();
        attachments.storeWithDraft(token, files);
        return token;
    }

    /** The form filled in with a response's respondent, publication choices and answers (of the current form's questions). */
    static AnswerFormData prefilled(FormDefinition form, StoredResponse response) {
        Respondent respondent = response.respondent();
        Map<String, String> fields = new HashMap<>();
        fields.put("name", respondent.name());
        fields.put("kind", respondent.kind().jsonName());
        fields.put("organisationNumber", respondent.organisationNumber());
        fields.put("email", respondent.email());
        if (respondent.contactPerson() != null) {
            fields.put("contactName", respondent.contactPerson().name());
            fields.put("contactPhone", respondent.contactPerson().phone());
        }
        Map<String, String> publication = new HashMap<>();
        publication.put("name", response.publication().nameValue());
        publication.put("online", response.publication().online() ? null : "false");
        publication.put("reason", response.publication().reason());
        return AnswerFormData.prefilled(form, fields, publication, response.answers());
    }
}
