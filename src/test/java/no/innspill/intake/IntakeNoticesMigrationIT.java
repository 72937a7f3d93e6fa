package no.innspill.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.document.Notice;
import no.innspill.testing.FreshDatabase;
import no.innspill.testing.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake items stored when warnings were bokmål sentences and the archive copy's note was one too:
 * after the migration every warning is a code with its arguments (a sentence no reader wrote is kept
 * under the code "text"), and the note is gone.
 */
@IntegrationTest
class IntakeNoticesMigrationIT {

    @Autowired
    DataSource applicationDatabase;

    @Autowired
    Flyway flyway;

    @Test
    void stored_sentences_become_codes_with_their_arguments() {
        DataSource old = FreshDatabase.beside(applicationDatabase);
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(old).target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(old);
        long consultation = jdbc.sql("""
                        insert into consultation (case_number, title, owner, status, deadline, definition_yaml)
                        values ('22/414', 'Høringssvarskjema', 'Direktoratet for e-helse', 'open', now() + interval '30 days', ?)
                        returning id""").param(ConsultationDefinitions.bundledYaml("22/414").orElseThrow()).query(Long.class).single();
        String sentences = """
                ["Spørsmål 3 ble ikke funnet i dokumentet; svaret kan stå under et annet spørsmål.",
                 "Spørsmål 1: flere valg er krysset av (Ja, Vet ikke); valget er ikke registrert.",
                 "Filen heter «svar.docx», men er en PDF; den er lest etter innholdet.",
                 "Dokumentet inneholder makroer; de ble ikke kjørt.",
                 "Feltet «q9» hører ikke til skjemaet og ble ikke lest.",
                 "Dokumentet er skjemaet for sak 21/999, ikke for sak 22/414.",
                 "Tekst som ikke hører til noe spørsmål, er lagt under «ikke plassert».",
                 "Et varsel ingen leser skrev."]""";
        long item = jdbc.sql("""
                        insert into intake_item (consultation_id, source, file_name, content_type, size_bytes, content, status,
                                                 warnings, conversion_note)
                        values (?, 'upload', 'svar.docx', 'application/pdf', 3, '\\x010203', 'needs_review', ?::jsonb,
                                'Arkivkopi laget fra bekreftede svar; originalen var Word (.docx)')
                        returning id""").params(consultation, sentences).query(Long.class).single();

        // the application's own migrations, its Java ones included
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(old).target("latest").load().migrate();

        List<Notice> warnings = JsonMapper.builder().build().readValue(
                jdbc.sql("select warnings::text from intake_item where id = ?").param(item).query(String.class).single(),
                new TypeReference<List<Notice>>() {
                });
        assertThat(warnings).containsExactly(Notice.of("question-not-found", 3), Notice.of("several-choices", 1, "Ja, Vet ikke"),
                Notice.of("name-mismatch-pdf", "svar.docx"), Notice.of("macros"), Notice.of("unknown-control", "q9"),
                Notice.of("other-case", "21/999", "22/414"), Notice.of("unplaced-text"), Notice.of("text", "Et varsel ingen leser skrev."));
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'intake_item'"
                + " and column_name = 'conversion_note'").query(Integer.class).single()).isZero();
    }
}
