-- The archive copy (PDF/A) of every registered response, owned by the archive module. A row is made
-- when the response is registered (pending) and gets its PDF from a background job. No foreign keys to
-- the consultation's and the response's tables: they are other modules', and each insert would take a
-- key-share lock on the one consultation row that the response writer's inserts lock at the same time,
-- which made PostgreSQL share the lock through MultiXacts and cost more than the submissions themselves.
create table archive_copy (
    consultation_id bigint      not null,
    sequence_number integer     not null,
    document_number text        not null,
    -- pending: to be rendered; stored; failed: given up after repeated failures (last_error says why)
    status          text        not null check (status in ('pending', 'stored', 'failed')),
    pdf             bytea,
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    rendered_at     timestamptz,
    primary key (consultation_id, sequence_number),
    check ((status = 'stored') = (pdf is not null))
);

create index archive_copy_due on archive_copy (next_attempt_at, consultation_id, sequence_number) where status = 'pending';

-- Responses registered before: intake's copies (made from the confirmed answers) move here; every other
-- response gets its copy from the job.
insert into archive_copy (consultation_id, sequence_number, document_number, status, pdf, rendered_at, attempts)
select r.consultation_id, r.sequence_number, r.document_number, 'stored', i.archive_pdf, i.registered_at, 1
  from response r join intake_item i on i.consultation_id = r.consultation_id and i.document_number = r.document_number
 where i.archive_pdf is not null;

insert into archive_copy (consultation_id, sequence_number, document_number, status)
select r.consultation_id, r.sequence_number, r.document_number, 'pending'
  from response r
 where not exists (select 1 from archive_copy a where a.consultation_id = r.consultation_id and a.sequence_number = r.sequence_number);
