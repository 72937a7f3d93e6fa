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

    /** Stores the next version after the newest one; two saves at once cannot get the same number (primary key). */
    int insertNextVersion(long formId, String definitionJson) {
        return jdbc.sql("""
                        insert into form_version (form_id, version, definition)
                        select ?, coalesce(max(version), 0) + 1, ?::jsonb from form_version where form_id = ?
                        returning version""")
                .params(formId, definitionJson, formId).query(Integer.class).single();
    }

    Optional<String> findVersion(long formId, int version) {
        return jdbc.sql("select definition::text from form_version where form_id = ? and version = ?")
                .params(formId, version).query(String.class).optional();
    }
}
