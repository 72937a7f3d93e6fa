package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import no.innspill.form.FormDefinitions;
import no.innspill.testing.DemoDefinition;
import no.innspill.testing.FreshDatabase;
import no.innspill.testing.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database made before forms were versions of their own (schema V1–V8, the definition's YAML in
 * the consultation row) is migrated with its data: the form becomes version 1, the case data moves
 * to the consultation, and every response records that it answered version 1.
 */
@IntegrationTest
class FormsFromDefinitionsMigrationIT {

    @Autowired
    DataSource applicationDatabase;

    @Test
    void consultations_and_responses_of_an_older_database_are_migrated() {
        DataSource old = FreshDatabase.beside(applicationDatabase);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(old);
        String yaml = ConsultationDefinitions.bundledYaml("22/414").orElseThrow();
        long id = jdbc.sql("""
                        insert into consultation (case_number, title, owner, status, deadline, definition_yaml)
                        values ('22/414', 'Høringssvarskjema', 'Direktoratet for e-helse', 'open', now() + interval '30 days', ?)
                        returning id""").param(yaml).query(Long.class).single();
        jdbc.sql("""
                        insert into response (consultation_id, sequence_number, document_number, respondent_name, respondent_kind, answers,
                                              channel, received_at, receipt_token)
                        values (?, 1, '22/414-1', 'Legemiddelverket', 'organisation', '{"q4": {"choice": null, "text": "Ja"}}', 'email', now(), 'token-1')""")
                .param(id).update();

        Flyway.configure().dataSource(old).locations("classpath:db/migration")
                .javaMigrations(new FormsFromDefinitionsMigration()).load().migrate();

        var row = jdbc.sql("select form_id, form_version, response_email, email_instructions from consultation where id = ?")
                .param(id).query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)}).single();
        assertThat(row[1]).isEqualTo(1);
        assertThat(row[2]).isEqualTo("postmottak@ehelse.no");
        assertThat(row[3]).isEqualTo(DemoDefinition.DEFINITION.emailInstructions());
        String stored = jdbc.sql("select definition::text from form_version where form_id = ? and version = 1")
                .param(row[0]).query(String.class).single();
        assertThat(FormDefinitions.fromJson(stored)).isEqualTo(DemoDefinition.FORM);
        assertThat(jdbc.sql("select form_version from response where document_number = '22/414-1'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'consultation'"
                + " and column_name = 'definition_yaml'").query(Integer.class).single()).isZero();
    }
}
