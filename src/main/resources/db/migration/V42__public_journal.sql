-- The public journal (PublicJournalRepository) pages through the journal newest first by (journal_date, journal_year,
-- journal_sequence). With one case filtered, this index gives the case's entries in that order (an index scan from
-- the keyset, no sort); without, it answers the count of hits over the public cases by an index-only scan.
create index journal_entry_by_case_and_date on journal_entry (consultation_id, journal_date, journal_year, journal_sequence);
