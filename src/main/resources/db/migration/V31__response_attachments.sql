-- Files a respondent attached to a response (PDF, Word, OpenDocument, recognised by content), stored
-- in the transaction that stores the response. question_id is the attachments question they answer,
-- or null for files attached to the response as a whole (a form without such a question).
create table response_attachment (
    response_id  bigint  not null references response (id) on delete cascade,
    position     integer not null check (position > 0),
    question_id  text,
    -- the name as uploaded, without path or control characters: shown and offered on download
    name         text    not null check (length(name) between 1 and 255),
    content_type text    not null,
    format       text    not null check (format in ('pdf', 'docx', 'odt')),
    size_bytes   integer not null check (size_bytes > 0),
    sha256       text    not null,
    content      bytea   not null,
    primary key (response_id, position)
);
