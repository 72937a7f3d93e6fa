package no.innspill.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsultationRepository {

    private static final String COLUMNS = "id, case_number, title, owner, status, deadline, definition_yaml, created_at";

    private final JdbcClient jdbc;
    /** Definitions never change once stored, so each is parsed once per node. */
    private final Map<Long, FormDefinition> forms = new ConcurrentHashMap<>();

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Consultation> findAll() {
        return jdbc.sql("select " + COLUMNS + " from consultation order by created_at desc, id desc")
                .query(this::map).list();
    }

    Optional<Consultation> findByCaseNumber(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from consultation where case_number = ?")
                .param(caseNumber).query(this::map).optional();
    }

    Optional<Consultation> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id = ?").param(id).query(this::map).optional();
    }

    /** @return the new consultation, or empty when the case number is taken */
    Optional<Consultation> insert(String yaml, FormDefinition form, ConsultationStatus status, Instant deadline) {
        return jdbc.sql("""
                        insert into consultation (case_number, title, owner, status, deadline, definition_yaml)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (case_number) do nothing
                        returning """ + " " + COLUMNS)
                .params(form.caseNumber(), form.title(), form.owner(), status.dbValue(), Timestamp.from(deadline), yaml)
                .query(this::map).optional();
    }

    boolean updateStatus(long id, ConsultationStatus from, ConsultationStatus to) {
        return jdbc.sql("update consultation set status = ?, status_changed_at = now() where id = ? and status = ?")
                .params(to.dbValue(), id, from.dbValue()).update() == 1;
    }

    void updateDeadline(long id, Instant deadline) {
        jdbc.sql("update consultation set deadline = ? where id = ?").params(Timestamp.from(deadline), id).update();
    }

    private Consultation map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String yaml = rs.getString("definition_yaml");
        FormDefinition form = forms.computeIfAbsent(id, key -> FormDefinitions.parse(yaml));
        return new Consultation(id, rs.getString("case_number"), rs.getString("title"), rs.getString("owner"),
                ConsultationStatus.fromDb(rs.getString("status")), rs.getTimestamp("deadline").toInstant(), form,
                rs.getTimestamp("created_at").toInstant());
    }
}
