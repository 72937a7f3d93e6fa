package no.innspill.form;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code form} and {@code form_version}. */
@Repository
class FormRepository {

    private final JdbcClient jdbc;

    FormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertForm() {
        return jdbc.sql("insert into form default values returning id").query(Long.class).single();
    }

    void delete(long formId) {
        jdbc.sql("delete from form_version where form_id = ?").param(formId).update();
        jdbc.sql("delete from form where id = ?").param(formId).update();
    }

    void insertVersion(long formId, int version, String definitionJson) {
        jdbc.sql("insert into form_version (form_id, version, definition) values (?, ?, ?::jsonb)")
                .params(formId, version, definitionJson).update();
    }

    Optional<String> findVersion(long formId, int version) {
        return jdbc.sql("select definition::text from form_version where form_id = ? and version = ?")
                .params(formId, version).query(String.class).optional();
    }
}
