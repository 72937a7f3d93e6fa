-- The text of every attached file, for search (issue 13), extracted in the background after the response
-- is registered: text_extracted_at is null until then, so the rows themselves are the queue (none is missed,
-- also after a crash). text_method says how it was got (pdf-text, docx-text, odt-text, none); text_notes
-- holds codes for what a reader should know (no-text: a scan that needs OCR, truncated, unreadable, …).
alter table response_attachment
    add column text              text,
    add column text_method       text check (text_method in ('pdf-text', 'docx-text', 'odt-text', 'none')),
    add column text_notes        text[] not null default '{}',
    add column text_extracted_at timestamptz,
    add check ((text_extracted_at is null) = (text is null) and (text is null) = (text_method is null)),
    add check (length(text) <= 1000000);

create index response_attachment_text_due on response_attachment (response_id, position) where text_extracted_at is null;

-- The PDF/A archive copy of every attached file, owned by the archive module like archive_copy (no foreign
-- keys to other modules' tables, for the same reason). conversion says how it was made: kept (the file
-- claims PDF/A-1/2 and is kept byte for byte; conversion_detail the flavour, 2b), page-images (a PDF's
-- pages as images in a PDF/A-2b with an invisible text layer), from-text (a Word or OpenDocument file's
-- text structure as PDF/A-2a + PDF/UA-1).
create table attachment_archive_copy (
    consultation_id   bigint      not null,
    sequence_number   integer     not null,
    position          integer     not null check (position > 0),
    document_number   text        not null,
    status            text        not null check (status in ('pending', 'stored', 'failed')),
    pdf               bytea,
    conversion        text check (conversion in ('kept', 'page-images', 'from-text')),
    conversion_detail text,
    attempts          integer     not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null default now(),
    last_error        text,
    created_at        timestamptz not null default now(),
    rendered_at       timestamptz,
    primary key (consultation_id, sequence_number, position),
    check ((status = 'stored') = (pdf is not null) and (pdf is null) = (conversion is null))
);

create index attachment_archive_copy_due on attachment_archive_copy (next_attempt_at, consultation_id, sequence_number, position)
    where status = 'pending';

-- Files attached before this migration get their copies from the job too.
insert into attachment_archive_copy (consultation_id, sequence_number, position, document_number, status)
select r.consultation_id, r.sequence_number, a.position, r.document_number, 'pending'
  from response_attachment a join response r on r.id = a.response_id;
