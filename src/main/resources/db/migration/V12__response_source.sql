-- What registered each response, and from what (response.ResponseSource): the web form, an API client,
-- an intake item (source_reference = its id) or the demo loader. Responses registered before are
-- recognised by the idempotency keys their sources used.
alter table response
    add column source           text check (source in ('web-form', 'api', 'intake', 'demo')),
    add column source_reference text,
    -- when the receipt e-mail was put in the outbox, so a redelivered event never mails twice
    add column receipt_enqueued_at timestamptz;

update response set source = case
        when idempotency_key like 'intake-%' then 'intake'
        when idempotency_key like 'web-%' then 'web-form'
        when idempotency_key like 'demo-%' then 'demo'
        when channel = 'web' then 'web-form'
        else 'api' end,
    source_reference = case when idempotency_key like 'intake-%' then substring(idempotency_key from 8) end,
    receipt_enqueued_at = case when email is not null then registered_at end;

alter table response alter column source set not null;
create index response_source on response (consultation_id, source, source_reference) where source = 'intake';
