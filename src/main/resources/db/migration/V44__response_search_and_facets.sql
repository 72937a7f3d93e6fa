-- Reading at scale (issue 13): Norwegian full-text search, per-choice counts and statistics from narrow columns,
-- and a generation per case that cached counts are keyed on. All of it is kept by the database itself
-- (generated columns and triggers), so no code path that writes a response can forget it.

-- The text of a response's answers, one per line in answer-id order ("q1", "q2.goal1", …), for search.
create function innspill_answer_text(answers jsonb) returns text
    language sql immutable parallel safe
    return (select coalesce(string_agg(value ->> 'text', E'\n' order by key), '')
              from jsonb_each(answers) where jsonb_typeof(value) = 'object' and value ->> 'text' is not null);

-- The text of one question's answer, with its parts' ("q2" holds "q2", "q2.goal1", …, "q2.goal5").
create function innspill_question_text(answers jsonb, question text) returns text
    language sql immutable parallel safe
    return (select coalesce(string_agg(value ->> 'text', E'\n' order by key), '')
              from jsonb_each(answers)
             where (key = question or starts_with(key, question || '.'))
               and jsonb_typeof(value) = 'object' and value ->> 'text' is not null);

-- What a response chose, as "question:option" ("q1:yes", and each option of a multiple choice).
create function innspill_choice_keys(answers jsonb) returns text[]
    language sql immutable parallel safe
    return (select coalesce(array_agg(key || ':' || option order by key, option), '{}')
              from jsonb_each(answers),
                   lateral (select value ->> 'choice'
                             union
                            select jsonb_array_elements_text(case when jsonb_typeof(value -> 'choices') = 'array'
                                                                  then value -> 'choices' else '[]'::jsonb end)) o(option)
             where jsonb_typeof(value) = 'object' and option is not null);

-- Which answers a response gave at all: a choice, some choices or a text that is not blank.
create function innspill_answered_keys(answers jsonb) returns text[]
    language sql immutable parallel safe
    return (select coalesce(array_agg(key order by key), '{}')
              from jsonb_each(answers)
             where jsonb_typeof(value) = 'object'
               and (value ->> 'choice' is not null
                    or (jsonb_typeof(value -> 'choices') = 'array' and jsonb_array_length(value -> 'choices') > 0)
                    or btrim(coalesce(value ->> 'text', '')) <> ''));

alter table response
    add column choice_keys   text[] generated always as (innspill_choice_keys(answers)) stored,
    add column answered_keys text[] generated always as (innspill_answered_keys(answers)) stored,
    add column search_vector tsvector;

-- The search document: the respondent's name (weight A), the answers (B), the attached files' text (C).
create function innspill_response_search(response_id bigint, name text, answers jsonb) returns tsvector
    language sql stable parallel safe
    return setweight(to_tsvector('norwegian', coalesce(name, '')), 'A')
        || setweight(to_tsvector('norwegian', innspill_answer_text(answers)), 'B')
        || setweight(to_tsvector('norwegian', coalesce((select string_agg(a.text, E'\n' order by a.position)
                                                          from response_attachment a
                                                         where a.response_id = innspill_response_search.response_id), '')), 'C');

create function innspill_response_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := innspill_response_search(new.id, new.respondent_name, new.answers);
    return new;
end $$;

create trigger response_search before insert or update of respondent_name, answers on response
    for each row execute function innspill_response_search_row();

-- An attached file's text is extracted after the response is stored (V36): then the response's document grows.
create function innspill_attachment_search() returns trigger language plpgsql as $$
begin
    update response r set search_vector = innspill_response_search(r.id, r.respondent_name, r.answers)
     where r.id = coalesce(new.response_id, old.response_id);
    return null;
end $$;

create trigger response_attachment_search after insert or delete or update of text on response_attachment
    for each row execute function innspill_attachment_search();

update response r set search_vector = innspill_response_search(r.id, r.respondent_name, r.answers);

create index response_search on response using gin (search_vector);
create index response_choices on response using gin (choice_keys);

-- A case's generation grows with every response stored (revisions included: a revision supersedes its original in
-- the transaction that stores it). Counts and statistics are cached under it, so a cached figure is never one
-- response behind. Only inserts bump it: they already hold the case's counter row (numbering), so this takes no
-- new lock and cannot deadlock with the updates of other transactions.
alter table document_counter add column generation bigint not null default 0;

create function innspill_response_generation() returns trigger language plpgsql as $$
begin
    update document_counter c set generation = c.generation + 1
     where c.consultation_id in (select distinct consultation_id from changed_rows);
    return null;
end $$;

create trigger response_generation after insert on response
    referencing new table as changed_rows for each statement execute function innspill_response_generation();
