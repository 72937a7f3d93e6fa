-- The case file's journal (journalposter), owned by the archive module: one entry for every registered
-- response (incoming) and every document the consulting body sends in the case (outgoing). The number in
-- the case (journalpostnummer, 7 in 22/414-7) is the case's document number; the journal's own running
-- number (journalår + journalsekvensnummer) comes from journal_counter, locked by the transaction that
-- journals a batch. No foreign keys to other modules' tables (see V13's note on archive_copy).

create table journal_counter (
    journal_year  integer primary key check (journal_year between 2000 and 2099),
    last_sequence integer not null default 0 check (last_sequence >= 0)
);

create table journal_entry (
    id                        bigint generated always as identity primary key,
    system_id                 uuid        not null unique,
    consultation_id           bigint      not null,
    case_number               text        not null,
    entry_number              integer     not null check (entry_number > 0),
    document_number           text        not null,
    journal_year              integer     not null,
    journal_sequence          integer     not null check (journal_sequence > 0),
    entry_type                text        not null check (entry_type in ('incoming', 'outgoing')),
    status                    text        not null check (status in ('journalfoert', 'ekspedert', 'arkivert', 'utgaar')),
    journal_date              date        not null,
    document_date             date,
    received_at               timestamptz,
    sent_at                   timestamptz,
    title                     text        not null check (title <> ''),
    public_title              text        not null check (public_title <> ''),
    -- skjerming: the sender's name, and words of the title (public_title then has them as ******)
    screen_sender_name        boolean     not null default false,
    screen_title_words        boolean     not null default false,
    screening_basis           text,
    -- what the entry is: a registered response (incoming) or one of the consultation's documents (outgoing)
    response_sequence         integer,
    consultation_document_id  bigint,
    -- the entry number of the revised response that supersedes this one
    superseded_by             integer,
    created_at                timestamptz not null default now(),
    created_by                text        not null,
    unique (journal_year, journal_sequence),
    unique (consultation_id, entry_number),
    check ((screen_sender_name or screen_title_words) = (screening_basis is not null)),
    check ((entry_type = 'incoming') = (response_sequence is not null))
);

create unique index journal_entry_response on journal_entry (consultation_id, response_sequence) where response_sequence is not null;
create index journal_entry_by_date on journal_entry (journal_date, journal_year, journal_sequence);

-- korrespondanseparter: the sender of an incoming entry, the recipients of an outgoing one
create table journal_party (
    entry_id            bigint  not null references journal_entry (id),
    position            integer not null check (position > 0),
    party_type          text    not null check (party_type in ('avsender', 'mottaker', 'kopimottaker')),
    name                text    not null check (name <> ''),
    organisation_number text    check (organisation_number ~ '^[0-9]{9}$'),
    email               text,
    private_person      boolean not null default false,
    primary key (entry_id, position)
);

create index journal_party_name on journal_party (lower(name) text_pattern_ops);

-- dokumentbeskrivelser: 1 is the main document, the rest attachments; each names where its PDF/A comes from
create table journal_document (
    entry_id              bigint  not null references journal_entry (id),
    document_number       integer not null check (document_number > 0),
    role                  text    not null check (role in ('hoveddokument', 'vedlegg')),
    title                 text    not null check (title <> ''),
    -- response: the response's archive copy; attachment: the copy of file source_ref of the response;
    -- intake-original: the copy of intake item source_ref's file; consultation-document: document source_ref
    source                text    not null check (source in ('response', 'attachment', 'intake-original', 'consultation-document')),
    source_ref            bigint,
    description_system_id uuid    not null unique,
    object_system_id      uuid    not null unique,
    primary key (entry_id, document_number),
    check ((source = 'response') = (source_ref is null))
);

-- endringslogg: every change of a journal field, with the Noark element's name
create table journal_change (
    id          bigint generated always as identity primary key,
    system_id   uuid        not null unique,
    entry_id    bigint      not null references journal_entry (id),
    field       text        not null,
    old_value   text,
    new_value   text,
    changed_at  timestamptz not null default now(),
    changed_by  text        not null
);

create index journal_change_by_entry on journal_change (entry_id, id);

-- the case (saksmappe) of a consultation with a journal: its systemID, kept so every extract of the case names it alike
create table journal_case (
    consultation_id bigint      primary key,
    system_id       uuid        not null unique,
    created_at      timestamptz not null default now()
);
