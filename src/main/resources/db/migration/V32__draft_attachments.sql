-- A draft keeps the files uploaded with it, so an upload is not lost to a validation error, a
-- language switch or a later visit; they move to response_attachment when the draft is sent.
create table draft_attachment (
    draft_token  text    not null references draft (token) on delete cascade,
    position     integer not null check (position > 0),
    question_id  text,
    name         text    not null check (length(name) between 1 and 255),
    format       text    not null check (format in ('pdf', 'docx', 'odt')),
    size_bytes   integer not null check (size_bytes > 0),
    sha256       text    not null,
    content      bytea   not null,
    primary key (draft_token, position)
);
