-- Keyset pagination of the staff response list (issue 13): one index per sort, with the sequence number as
-- tie-breaker, so the first page at any size reads a few index entries instead of sorting every response.
-- The document-number sort uses the primary key and response_latest (V41).
create index response_by_received on response (consultation_id, received_at, sequence_number);
create index response_by_name on response (consultation_id, respondent_name, sequence_number);
create index response_by_kind on response (consultation_id, respondent_kind, sequence_number);
create index response_by_channel on response (consultation_id, channel, sequence_number);
