-- Intake (innkommende): files received by upload or in the watched mailbox, each read against the
-- consultation's form and waiting for a case worker to confirm or reject it; owned by the intake module.

-- One e-mail taken from the watched mailbox. The Message-ID is unique, so a message is taken once
-- even when the application stops between storing it and marking it in the mailbox.
create table intake_message (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id),
    message_id      text        not null unique,
    sender          text,
    subject         text,
    sent_at         timestamptz,
    body_text       text,
    received_at     timestamptz not null default now()
);

create table intake_item (
    id                bigint generated always as identity primary key,
    consultation_id   bigint           not null references consultation (id),
    source            text             not null check (source in ('upload', 'mailbox')),
    message_id        bigint           references intake_message (id),
    file_name         text             not null,
    content_type      text,
    size_bytes        bigint           not null check (size_bytes >= 0),
    -- the original as received; null only for an attachment refused for its size
    content           bytea,
    sha256            text,
    -- the earliest item with the same bytes, when this file was taken in before
    duplicate_of      bigint           references intake_item (id),
    -- needs_review: waiting for a case worker; registered: confirmed as a response; rejected
    status            text             not null check (status in ('needs_review', 'registered', 'rejected')),
    -- what the extraction read: answers in the PRODUCT.md shape by answer id, warnings as a JSON array
    respondent        text,
    answers           jsonb,
    unplaced          text,
    warnings          jsonb            not null default '[]',
    confidence        double precision check (confidence between 0 and 1),
    -- why the file could not be read (a stable code for the page) and the reader's own words
    error_code        text,
    error_detail      text,
    rejection_reason  text,
    received_at       timestamptz      not null default now(),
    document_number   text,
    registered_at     timestamptz,
    -- a PDF/A copy made from the confirmed answers when the original is not PDF/A, and a note of it
    archive_pdf       bytea,
    conversion_note   text,
    check ((source = 'mailbox') = (message_id is not null)),
    check ((status = 'registered') = (document_number is not null)),
    check (content is not null or status = 'rejected')
);

create index intake_item_consultation on intake_item (consultation_id, id);
create index intake_item_sha256 on intake_item (sha256, id);
create index intake_item_message on intake_item (message_id);
