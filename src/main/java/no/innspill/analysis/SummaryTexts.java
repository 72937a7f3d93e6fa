package no.innspill.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innspill.form.FormDefinition;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts a case worker writes for the summary report of a consultation: its title, introduction, a text per
 * question or part, and a closing text. Stored per section; a blank text is no row.
 */
@Component
class SummaryTexts {

    static final String TITLE = "title";
    static final String INTRO = "intro";
    static final String CLOSING = "closing";
    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 50_000;

    private final JdbcClient jdbc;

    SummaryTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The section's key for an answer id: {@code answer:q2.goal1}. */
    static String answerSection(String answerId) {
        return "answer:" + answerId;
    }

    /** Every section a form's report has, in the page's order: title, introduction, each question and part, closing. */
    static List<String> sections(FormDefinition form) {
        List<String> sections = new ArrayList<>();
        sections.add(TITLE);
        sections.add(INTRO);
        form.answerIds().forEach(id -> sections.add(answerSection(id)));
        sections.add(CLOSING);
        return sections;
    }

    Map<String, String> of(long consultationId) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select section, text from summary_text where consultation_id = ?").param(consultationId)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list()
                .forEach(entry -> texts.put(entry.getKey(), entry.getValue()));
        return texts;
    }

    /**
     * Stores the texts given for the form's sections (a blank one clears its section; a section not given keeps its
     * text), all or none.
     *
     * @throws InvalidInputException naming each section that is too long; nothing is stored then
     */
    @Transactional
    void save(long consultationId, FormDefinition form, Map<String, String> texts) {
        List<FieldError> errors = check(texts);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The summary's texts are too long", errors);
        }
        for (String section : sections(form)) {
            if (!texts.containsKey(section)) {
                continue;
            }
            String text = normalise(texts.get(section));
            if (text == null) {
                jdbc.sql("delete from summary_text where consultation_id = ? and section = ?").params(consultationId, section).update();
            } else {
                jdbc.sql("""
                        insert into summary_text (consultation_id, section, text) values (?, ?, ?)
                        on conflict (consultation_id, section) do update set text = excluded.text, updated_at = now()""")
                        .params(consultationId, section, text).update();
            }
        }
    }

    static List<FieldError> check(Map<String, String> texts) {
        List<FieldError> errors = new ArrayList<>();
        texts.forEach((section, value) -> {
            String text = normalise(value);
            int limit = TITLE.equals(section) ? MAX_TITLE : MAX_TEXT;
            if (text != null && text.length() > limit) {
                errors.add(FieldError.of(section, "is " + text.length() + " characters long; at most " + limit + " are allowed")
                        .withCode("too-long", text.length(), limit));
            }
        });
        return errors;
    }

    /** Line breaks as {@code \n} (a browser sends {@code \r\n}), trimmed; null when blank. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return plain.isEmpty() ? null : plain;
    }
}
