-- Spring Modulith's event publication registry (JDBC, schema version 2), owned by platform.events.
-- An event published in a transaction gets one row per listener in that same transaction, so a
-- committed change and its pending side effects are stored together. A listener's row is deleted
-- when it completes (spring.modulith.events.completion-mode=delete), so the table holds only what is
-- still to do or has failed; the platform's retry job resubmits failed rows (docs/decisions.md).
-- event_type and listener_id are Modulith's: a class name and a listener id that must stay stable
-- while rows for them are outstanding.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

-- what the retry job and the staleness check look for
create index event_publication_by_status on event_publication (status, publication_date);
