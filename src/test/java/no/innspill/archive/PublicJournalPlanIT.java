package no.innspill.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import no.innspill.testing.ModuleTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The public journal's queries over a journal of 100,000 entries in 20 cases, in a database of the test's own: the pages
 * come from an index in the journal's order (no scan of the table, no sort of it), from the start and from a cursor,
 * over every case and over one. The plans are logged, to read.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@ModuleTestDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicJournalPlanIT {

    private static final Logger log = LoggerFactory.getLogger(PublicJournalPlanIT.class);
    private static final List<Long> CASES = LongStream.range(1000, 1020).boxed().toList();
    private static final LocalDate CUTOFF = LocalDate.of(2025, 6, 1);

    private final JdbcClient jdbc;

    PublicJournalPlanIT(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @BeforeAll
    void aHundredThousandEntries() {
        jdbc.sql("""
                insert into journal_entry (system_id, consultation_id, case_number, entry_number, document_number, journal_year,
                       journal_sequence, entry_type, status, journal_date, title, public_title, response_sequence, created_by)
                select gen_random_uuid(), 1000 + i % 20, '98/' || (1000 + i % 20), i / 20 + 1, '98/' || (1000 + i % 20) || '-' || (i / 20 + 1),
                       2021 + i / 20000, i, 'incoming', 'journalfoert', date '2021-01-01' + i / 50, 'Høringssvar fra Part ' || i,
                       'Høringssvar fra Part ' || i, i / 20 + 1, 'test'
                  from generate_series(1, 100000) i""").update();
        // and a small case, its 30 entries spread over the five years
        jdbc.sql("""
                insert into journal_entry (system_id, consultation_id, case_number, entry_number, document_number, journal_year,
                       journal_sequence, entry_type, status, journal_date, title, public_title, response_sequence, created_by)
                select gen_random_uuid(), 2000, '98/2000', i, '98/2000-' || i, 2021, 200000 + i, 'incoming', 'journalfoert',
                       date '2021-01-01' + i * 60, 'Høringssvar fra Liten ' || i, 'Høringssvar fra Liten ' || i, i, 'test'
                  from generate_series(1, 30) i""").update();
        jdbc.sql("""
                insert into journal_party (entry_id, position, party_type, name, private_person)
                select id, 1, 'avsender', 'Part ' || journal_sequence, journal_sequence % 3 = 0 from journal_entry""").update();
        jdbc.sql("analyze journal_entry").update();
        jdbc.sql("analyze journal_party").update();
    }

    @Test
    void the_first_page_of_every_case_is_read_from_the_date_index() {
        String plan = explain(PublicJournalRepository.pageStatement(CASES, query(null, null), CUTOFF, 51));
        assertThat(plan).contains("Index Scan Backward using journal_entry_by_date").doesNotContain("Seq Scan on journal_entry");
    }

    @Test
    void a_page_from_a_cursor_is_read_from_the_date_index() {
        var cursor = new PublicJournalQuery.Cursor(true, LocalDate.of(2024, 3, 1), 2023, 55_000);
        assertThat(explain(PublicJournalRepository.pageStatement(CASES, query(null, cursor), CUTOFF, 51)))
                .contains("Index Scan Backward using journal_entry_by_date").doesNotContain("Seq Scan on journal_entry");
        var newer = new PublicJournalQuery.Cursor(false, LocalDate.of(2024, 3, 1), 2023, 55_000);
        assertThat(explain(PublicJournalRepository.pageStatement(CASES, query(null, newer), CUTOFF, 51)))
                .contains("Index Scan using journal_entry_by_date").doesNotContain("Seq Scan on journal_entry");
    }

    @Test
    void one_case_is_read_in_order_from_an_index() {
        var cursor = new PublicJournalQuery.Cursor(true, LocalDate.of(2024, 3, 1), 2023, 55_000);
        // a large case (a twentieth of the journal): the date index, its other cases filtered out on the way
        assertThat(explain(PublicJournalRepository.pageStatement(List.of(1007L), query(null, cursor), CUTOFF, 51)))
                .contains("Index Scan Backward").doesNotContain("Seq Scan on journal_entry").doesNotContain("Sort");
        // a small one: only the case's own entries, from the case and date index (V42) — read in order, or (the planner's
        // choice for a few rows) by a bitmap of that index and sorted; either way no other case's rows are read
        assertThat(explain(PublicJournalRepository.pageStatement(List.of(2000L), query(null, cursor), CUTOFF, 51)))
                .containsPattern("(Index Scan Backward|Bitmap Index Scan) (using|on) journal_entry_by_case_and_date")
                .doesNotContain("Seq Scan on journal_entry");
        assertThat(explain(PublicJournalRepository.countStatement(List.of(2000L), query(null, null), CUTOFF)))
                .contains("journal_entry_by_case_and_date");
    }

    @Test
    void counts_and_name_searches_are_logged_to_read() {
        explain(PublicJournalRepository.countStatement(CASES, query(null, null), CUTOFF));
        explain(PublicJournalRepository.pageStatement(CASES, query("part 4711", null), CUTOFF, 51));
        explain(PublicJournalRepository.countStatement(CASES, query("part 4711", null), CUTOFF));
        explain(PublicJournalRepository.pageStatement(CASES, query("part", null), CUTOFF, 51));
    }

    private static PublicJournalQuery query(String name, PublicJournalQuery.Cursor cursor) {
        return new PublicJournalQuery(null, null, null, name, cursor, 50);
    }

    private String explain(PublicJournalRepository.Statement statement) {
        String plan = String.join("\n", jdbc.sql("explain (analyze, costs off) " + statement.sql()).params(statement.params())
                .query(String.class).list());
        log.info("Plan of {}\n{}", statement.sql().replaceAll("\\s+", " "), plan);
        return plan;
    }
}
