-- The consultation's own documents (høringsbrev, høringsnotat, høringsliste, other), in the order
-- staff give them, listed on the public page and kept in the case. A replaced file keeps its place.
create table consultation_document (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id) on delete cascade,
    position        integer     not null check (position > 0),
    kind            text        not null check (kind in ('horingsbrev', 'horingsnotat', 'horingsliste', 'other')),
    title           text        not null check (length(title) between 1 and 300),
    file_name       text        not null,
    -- the format read from the content, not the name
    format          text        not null check (format in ('pdf', 'docx', 'odt')),
    size_bytes      integer     not null check (size_bytes > 0),
    sha256          text        not null,
    content         bytea       not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint consultation_document_position unique (consultation_id, position) deferrable initially deferred
);
