-- Campaigns and duplicates (issue 14), owned by the analysis module. A batch run replaces a consultation's campaigns
-- in one transaction; responses that arrive later join them one by one. Responses are referred to by their sequence
-- number in the case, never by a foreign key into the response module's tables.

create table campaign (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id) on delete cascade,
    kind            text        not null check (kind in ('campaign', 'duplicate')),
    template        text        not null,
    -- the template's sorted shingle hashes, what an arriving response is compared with
    fingerprint     bigint[]    not null,
    found_at        timestamptz not null default now()
);
create index campaign_of_consultation on campaign (consultation_id, kind);

create table campaign_member (
    campaign_id     bigint  not null references campaign (id) on delete cascade,
    consultation_id bigint  not null,
    sequence_number integer not null check (sequence_number > 0),
    -- exactly the text the sender added to the template; null when none
    added_text      text,
    joined          text    not null check (joined in ('batch', 'arrived')),
    primary key (campaign_id, sequence_number)
);
-- "which campaign is response n in" (the response page, and arrivals already taken)
create index campaign_member_of_response on campaign_member (consultation_id, sequence_number);

-- Who sent each response, as a SHA-256 of AnalysedResponse.sender(): a later response from the same sender is compared
-- with the earlier ones to find a repeated submission, without copying names or addresses out of the response module.
create table campaign_sender (
    consultation_id bigint  not null references consultation (id) on delete cascade,
    sequence_number integer not null,
    sender_hash     text    not null,
    primary key (consultation_id, sequence_number)
);
create index campaign_sender_lookup on campaign_sender (consultation_id, sender_hash);

-- One row per consultation: the last batch run, and the row whose lock serialises a run's replacement of the
-- campaigns with the arrivals that add to them.
create table campaign_run (
    consultation_id bigint primary key references consultation (id) on delete cascade,
    requested_at    timestamptz,
    started_at      timestamptz,
    finished_at     timestamptz,
    analysed        integer,
    failed          boolean not null default false
);
