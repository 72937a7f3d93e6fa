-- What a respondent says about publication when sending (issue 9 item 3): whether a private person's
-- name is published or replaced by "Privatperson", and whether the response may be published online
-- (a request not to, with its reason; the response stays in the journal either way). Responses stored
-- before had no such choice and were treated as publishable; they get that as their value.
alter table response
    add column publication_name   text    not null default 'publish' check (publication_name in ('publish', 'withhold')),
    add column publish_online     boolean not null default true,
    add column publication_reason text,
    add constraint response_publication_reason_check check (publish_online or publication_reason is not null),
    -- an organisation's contact person (issue 9 item 5), both optional
    add column contact_name       text,
    add column contact_phone      text;

-- Which choice a consultation offers private persons about their name: to choose (the default),
-- names always published, or always shown as "Privatperson".
alter table consultation
    add column private_names text not null default 'choice' check (private_names in ('choice', 'publish', 'withhold'));

alter table consultation_change drop constraint consultation_change_field_check;
alter table consultation_change add constraint consultation_change_field_check
    check (field in ('deadline', 'status', 'caseNumber', 'title', 'owner', 'contactName', 'contactEmail', 'contactPhone',
                     'responseEmail', 'emailInstructions', 'publicationDate', 'titleNn', 'introNn', 'titleEn', 'introEn',
                     'form', 'privateNames'));
