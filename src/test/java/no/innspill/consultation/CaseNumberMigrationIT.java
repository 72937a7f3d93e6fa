package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import no.innspill.testing.FreshDatabase;
import no.innspill.testing.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Consultations stored when a case number was only its short form (before V24) get their year and
 * sequence number from it; their case number keeps its spelling, and one case cannot be stored twice.
 */
@IntegrationTest
class CaseNumberMigrationIT {

    private static final MigrationVersion BEFORE = MigrationVersion.fromVersion("22");

    @Autowired
    DataSource applicationDatabase;

    @Autowired
    Flyway flyway;

    record Row(String caseNumber, int caseYear, int caseSequence) {
    }

    @Test
    void existing_consultations_get_the_year_and_sequence_number_of_their_case_number() {
        DataSource old = FreshDatabase.beside(applicationDatabase);
        migrate(old, BEFORE);
        JdbcClient jdbc = JdbcClient.create(old);
        for (String caseNumber : List.of("22/414", "00/1", "99/999999", "21/0415", "23/0")) {
            insert(jdbc, caseNumber);
        }

        migrate(old, MigrationVersion.LATEST);

        assertThat(jdbc.sql("select case_number, case_year, case_sequence from consultation order by id")
                .query(Row.class).list()).containsExactly(
                new Row("22/414", 2022, 414),
                new Row("00/1", 2000, 1),
                new Row("99/999999", 2099, 999999),
                new Row("21/0415", 2021, 415),
                new Row("23/0", 2023, 0));
        assertThatThrownBy(() -> insert(jdbc, "21/415", 2021, 415))
                .as("one case, two spellings").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(jdbc, "21/416", 2022, 416))
                .as("year and case number disagree").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(jdbc, "21/417", 1921, 417))
                .as("a year outside 2000–2099").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_upgrade_with_one_case_stored_twice_stops_and_names_both() {
        DataSource old = FreshDatabase.beside(applicationDatabase);
        migrate(old, BEFORE);
        JdbcClient jdbc = JdbcClient.create(old);
        insert(jdbc, "22/414");
        insert(jdbc, "22/0414");

        assertThatThrownBy(() -> migrate(old, MigrationVersion.LATEST))
                .hasStackTraceContaining("one case written in two ways: 22/414 and 22/0414");
    }

    private void migrate(DataSource database, MigrationVersion target) {
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(database).target(target).load().migrate();
    }

    /** As before V24: the case number alone. */
    private static void insert(JdbcClient jdbc, String caseNumber) {
        jdbc.sql("""
                        insert into consultation (case_number, title, owner, status, deadline, response_email, form_id, form_version)
                        values (?, 'Høring', 'Direktoratet', 'draft', now() + interval '30 days', 'post@test.example', ?, 1)""")
                .params(caseNumber, newForm(jdbc)).update();
    }

    private static void insert(JdbcClient jdbc, String caseNumber, int year, int sequence) {
        jdbc.sql("""
                        insert into consultation (case_number, case_year, case_sequence, title, owner, status, deadline, response_email,
                                                  form_id, form_version)
                        values (?, ?, ?, 'Høring', 'Direktoratet', 'draft', now() + interval '30 days', 'post@test.example', ?, 1)""")
                .params(caseNumber, year, sequence, newForm(jdbc)).update();
    }

    private static long newForm(JdbcClient jdbc) {
        long form = jdbc.sql("insert into form default values returning id").query(Long.class).single();
        jdbc.sql("insert into form_version (form_id, version, definition) values (?, 1, '{}')").param(form).update();
        return form;
    }
}
