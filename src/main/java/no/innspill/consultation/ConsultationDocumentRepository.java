package no.innspill.consultation;

import no.innspill.document.DocumentFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code consultation_document}; lists never read the content. */
@Repository
class ConsultationDocumentRepository {

    private static final String COLUMNS = "id, consultation_id, position, kind, title, file_name, format, size_bytes, sha256, updated_at";

    private final JdbcClient jdbc;

    ConsultationDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsultationDocument> list(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_document where consultation_id = ? order by position")
                .param(consultationId).query(this::map).list();
    }

    Optional<ConsultationDocument> find(long consultationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation_document where consultation_id = ? and id = ?")
                .params(consultationId, id).query(this::map).optional();
    }

    Optional<byte[]> content(long consultationId, long id) {
        return jdbc.sql("select content from consultation_document where consultation_id = ? and id = ?")
                .params(consultationId, id).query((rs, row) -> rs.getBytes(1)).optional();
    }

    /** Appends after the last one; the consultation's row lock keeps two uploads from taking one place. */
    ConsultationDocument insert(long consultationId, DocumentKind kind, String title, String fileName, DocumentFormat format,
                                byte[] content, String sha256) {
        jdbc.sql("select id from consultation where id = ? for update").param(consultationId).query(Long.class).single();
        return jdbc.sql("""
                        insert into consultation_document (consultation_id, position, kind, title, file_name, format, size_bytes, sha256, content)
                        values (?, (select coalesce(max(position), 0) + 1 from consultation_document where consultation_id = ?),
                                ?, ?, ?, ?, ?, ?, ?)
                        returning""" + " " + COLUMNS)
                .params(consultationId, consultationId, kind.jsonName(), title, fileName, format.jsonName(), content.length, sha256, content)
                .query(this::map).single();
    }

    boolean replace(long consultationId, long id, String fileName, DocumentFormat format, byte[] content, String sha256) {
        return jdbc.sql("""
                        update consultation_document set file_name = ?, format = ?, size_bytes = ?, sha256 = ?, content = ?, updated_at = now()
                         where consultation_id = ? and id = ?""")
                .params(fileName, format.jsonName(), content.length, sha256, content, consultationId, id).update() == 1;
    }

    /** Swaps the places of two documents of one consultation (the unique position is checked at commit). */
    void swap(long consultationId, ConsultationDocument a, ConsultationDocument b) {
        jdbc.sql("update consultation_document set position = ? where consultation_id = ? and id = ?")
                .params(b.position(), consultationId, a.id()).update();
        jdbc.sql("update consultation_document set position = ? where consultation_id = ? and id = ?")
                .params(a.position(), consultationId, b.id()).update();
    }

    private ConsultationDocument map(ResultSet rs, int row) throws SQLException {
        return new ConsultationDocument(rs.getLong("id"), rs.getLong("consultation_id"), rs.getInt("position"),
                DocumentKind.fromJson(rs.getString("kind")).orElseThrow(), rs.getString("title"), rs.getString("file_name"),
                DocumentFormat.fromJson(rs.getString("format")), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
