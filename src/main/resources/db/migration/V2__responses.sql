-- Responses (høringssvar) and document numbering, owned by the response module.

-- The last document number used in each case. Locked by the one transaction that numbers a batch
-- of responses, so numbers are gapless and unique across application nodes (docs/decisions.md).
create table document_counter (
    consultation_id bigint  primary key references consultation (id),
    last_number     integer not null default 0 check (last_number >= 0)
);

create table response (
    id                  bigint generated always as identity primary key,
    consultation_id     bigint      not null references consultation (id),
    sequence_number     integer     not null check (sequence_number > 0),
    document_number     text        not null unique,
    respondent_name     text        not null,
    respondent_kind     text        not null check (respondent_kind in ('organisation', 'person')),
    organisation_number text        check (organisation_number ~ '^[0-9]{9}$'),
    email               text,
    answers             jsonb       not null,
    channel             text        not null check (channel in ('web', 'api', 'email', 'paper')),
    received_at         timestamptz not null,
    registered_at       timestamptz not null default now(),
    late                boolean     not null default false,
    idempotency_key     text,
    request_hash        text,
    unique (consultation_id, sequence_number),
    unique (consultation_id, idempotency_key)
);
