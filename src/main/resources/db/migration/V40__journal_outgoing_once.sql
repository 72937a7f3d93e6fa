-- Each of a consultation's own documents is journalled once, as one outgoing entry: the listener of the
-- opening, the listener of an added document and the start-up backfill may meet, and the case's lock
-- orders them; this makes a second entry for one document impossible even so.
create unique index journal_entry_consultation_document on journal_entry (consultation_document_id)
    where consultation_document_id is not null;
