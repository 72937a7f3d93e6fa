-- "Ingen merknader": a complete response that says the respondent has no comments; its answers may be empty.
alter table response add column no_comments boolean not null default false;

-- The høringsliste: who is invited to answer a consultation, owned by the invitation module.
-- kind: statlig (a state body), kommune (a municipality or county), organisasjon, privat (a business), annet.
create table invitee (
    id                  bigint generated always as identity primary key,
    consultation_id     bigint      not null references consultation (id) on delete cascade,
    name                text        not null check (length(name) between 1 and 300),
    organisation_number text        check (organisation_number ~ '^[0-9]{9}$'),
    email               text        check (length(email) <= 254),
    kind                text        not null check (kind in ('statlig', 'kommune', 'organisasjon', 'privat', 'annet')),
    -- the personal link's key: unguessable, like receipt and draft tokens
    token               text        not null unique,
    -- set once, in the transaction that puts the mail in the outbox: the claim that makes it once
    invited_at          timestamptz,
    reminded_at         timestamptz,
    -- the draft the personal link opened, so coming back resumes it
    draft_token         text,
    created_at          timestamptz not null default now(),
    unique (consultation_id, organisation_number)
);
create unique index invitee_email on invitee (consultation_id, lower(email));

-- Which registered responses answer which invitee: matched (by organisation number, then e-mail) or
-- linked by hand. A response answers at most one invitee.
create table invitee_response (
    consultation_id bigint  not null references consultation (id) on delete cascade,
    sequence_number integer not null,
    invitee_id      bigint  not null references invitee (id) on delete cascade,
    document_number text    not null,
    manual          boolean not null,
    primary key (consultation_id, sequence_number)
);
create index invitee_response_invitee on invitee_response (invitee_id);

-- The reminder: how many days before the deadline it goes to those who have not answered.
create table invitation_setting (
    consultation_id bigint  primary key references consultation (id) on delete cascade,
    reminder_days   integer check (reminder_days between 1 and 90)
);
