-- E-mail waiting to be sent, and what became of it; owned by the mail module. A feature stores its
-- mail here in its own transaction (transactional outbox), and a background job sends it, so a
-- mail exists if and only if the change that caused it was committed (docs/decisions.md).
create table outbox_mail (
    id              bigint generated always as identity primary key,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    -- [{"source": "response-pdf", "reference": "…", "fileName": "…", "contentType": "…"}]; the bytes are
    -- fetched from the named source when the mail is sent
    attachments     jsonb       not null default '[]',
    -- pending: to be sent; held: no SMTP server configured where it was written, sent once there is one;
    -- sent; failed: given up after the maximum number of attempts
    status          text        not null check (status in ('pending', 'held', 'sent', 'failed')),
    attempts        integer     not null default 0 check (attempts >= 0),
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    last_error      text,
    check ((status in ('pending', 'held')) = (next_attempt_at is not null)),
    check ((status = 'sent') = (sent_at is not null))
);

-- The deliverer's queue: only mail still to be sent, in the order it falls due.
create index outbox_mail_due on outbox_mail (next_attempt_at, id) where status in ('pending', 'held');
