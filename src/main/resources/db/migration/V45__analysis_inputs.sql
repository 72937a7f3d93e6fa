-- Coding per input (issue 14): a passage of one answer of one response that the analyst marked as an input
-- (innspill), what part of the proposal it concerns, and the body's disposition with its assessment.
-- The response is named by its sequence number in the case (responses are never deleted: the journal keeps them);
-- the response module's table is not referenced, as modules share services, not tables.
create table analysis_input (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id) on delete cascade,
    sequence_number integer     not null check (sequence_number > 0),
    answer_id       text        not null check (answer_id ~ '^[A-Za-z0-9_-]{1,100}(\.[A-Za-z0-9_-]{1,100})?$'),
    -- offsets in code points of the answer's text, end exclusive, as the publication API counts them
    passage_start   integer     not null check (passage_start >= 0),
    passage_end     integer     not null,
    passage         text        not null,
    -- what it concerns: answer ids of the form's questions and parts ("q2.goal2"), and references found ("Mål 2")
    concerns_parts  text[]      not null default '{}',
    concerns_refs   text[]      not null default '{}',
    -- null until decided
    disposition     text        check (disposition in ('adopted', 'partly-adopted', 'not-adopted', 'noted')),
    assessment      text        check (char_length(assessment) between 1 and 20000),
    analyst         text        not null check (char_length(analyst) between 1 and 200),
    created_at      timestamptz not null default now(),
    changed_at      timestamptz not null default now(),
    check (passage_end > passage_start),
    check (char_length(passage) = passage_end - passage_start),
    check (cardinality(concerns_parts) <= 100 and array_position(concerns_parts, null) is null),
    check (cardinality(concerns_refs) <= 100 and array_position(concerns_refs, null) is null),
    check (changed_at >= created_at)
);

-- the list and the export page by (sequence_number, id) within a case; the coding page reads one response's inputs
create index analysis_input_by_response on analysis_input (consultation_id, sequence_number, id);
create index analysis_input_by_disposition on analysis_input (consultation_id, disposition, sequence_number, id);
create index analysis_input_by_part on analysis_input using gin (concerns_parts);
