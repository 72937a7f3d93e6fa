-- Consultations (høringer), owned by the consultation module.
create table consultation (
    id              bigint generated always as identity primary key,
    case_number     text        not null unique check (case_number ~ '^[0-9]{2}/[0-9]{1,6}$'),
    title           text        not null,
    owner           text        not null,
    status          text        not null check (status in ('draft', 'open', 'closed')),
    deadline        timestamptz not null,
    definition_yaml text        not null,
    created_at      timestamptz not null default now(),
    status_changed_at timestamptz not null default now()
);
