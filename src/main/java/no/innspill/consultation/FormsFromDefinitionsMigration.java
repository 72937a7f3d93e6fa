package no.innspill.consultation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.innspill.form.FormDefinitions;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V10: the consultations stored before forms were versions of their own kept their whole
 * YAML definition. Reads each with today's parser and stores its form as version 1 and its case
 * data in the consultation's new columns. Plain JDBC on Flyway's connection: it runs before the
 * application's beans may touch the database. Found by Spring Boot as a {@link JavaMigration} bean.
 */
@Component
class FormsFromDefinitionsMigration implements JavaMigration {

    private record Row(long id, String yaml) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "forms from definitions";
    }

    @Override
    public Integer getChecksum() {
        return 10;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Row row : definitions(connection)) {
            ConsultationDefinition definition = ConsultationDefinitions.parse(row.yaml());
            long formId;
            try (PreparedStatement form = connection.prepareStatement("insert into form default values returning id");
                 ResultSet keys = form.executeQuery()) {
                keys.next();
                formId = keys.getLong(1);
            }
            try (PreparedStatement version = connection.prepareStatement(
                    "insert into form_version (form_id, version, definition) values (?, 1, ?::jsonb)")) {
                version.setLong(1, formId);
                version.setString(2, FormDefinitions.toJson(definition.form()));
                version.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update consultation set form_id = ?, form_version = 1, response_email = ?, email_instructions = ? where id = ?")) {
                update.setLong(1, formId);
                update.setString(2, definition.responseEmail());
                update.setString(3, definition.emailInstructions());
                update.setLong(4, row.id());
                update.executeUpdate();
            }
        }
    }

    private static List<Row> definitions(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, definition_yaml from consultation order by id");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2)));
            }
        }
        return rows;
    }
}
