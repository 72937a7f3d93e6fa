-- What staff changed in a consultation after creating it, with who, when and why: the deadline
-- (old and new value, a reason is required), opening, closing. Deleting a draft removes its rows.
create table consultation_change (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id) on delete cascade,
    changed_at      timestamptz not null default now(),
    changed_by      text        not null,
    -- deadline, status
    field           text        not null check (field in ('deadline', 'status')),
    old_value       text,
    new_value       text        not null,
    reason          text
);

create index consultation_change_by_consultation on consultation_change (consultation_id, changed_at);

-- The deadline a draft's respondent was last told about (response module): a redelivered
-- ConsultationDeadlineChanged mails nobody twice.
alter table draft add column deadline_notified_for timestamptz;
