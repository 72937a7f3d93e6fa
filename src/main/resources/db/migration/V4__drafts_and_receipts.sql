-- Web answering: drafts that respondents come back to, and receipts that only the respondent can open.

-- An unguessable token per response, for its receipt page and PDF copy. Existing rows get one too.
alter table response add column receipt_token text;
update response set receipt_token = md5(random()::text || clock_timestamp()::text || id::text) || md5(random()::text);
alter table response alter column receipt_token set not null;
alter table response add constraint response_receipt_token_key unique (receipt_token);

-- A draft is never a response: it has no document number and is not counted.
create table draft (
    token            text primary key,
    consultation_id  bigint      not null references consultation (id),
    content          jsonb       not null,
    email            text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    submitted_receipt_token text
);
create index draft_consultation on draft (consultation_id);
