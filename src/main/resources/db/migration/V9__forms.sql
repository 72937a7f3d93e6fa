-- Forms and their versions, owned by the form module. A version never changes once stored; a
-- response records the version it answered, so it is always shown against the questions it saw.
create table form (
    id         bigint generated always as identity primary key,
    created_at timestamptz not null default now()
);

create table form_version (
    form_id    bigint      not null references form (id),
    version    integer     not null check (version > 0),
    -- the form's fields of a definition (intro, themes, questions) as JSON; docs/forms.md
    definition jsonb       not null,
    created_at timestamptz not null default now(),
    primary key (form_id, version)
);

-- The consultation keeps its own case data and points at the form version new responses answer;
-- the definition's YAML is no longer stored (V10 moves it, V11 drops it).
alter table consultation
    add column response_email     text,
    add column email_instructions text,
    add column form_id            bigint,
    add column form_version       integer,
    -- when ConsultationDeadlinePassed was published for the current deadline
    add column deadline_passed_at timestamptz;

alter table response add column form_version integer;
