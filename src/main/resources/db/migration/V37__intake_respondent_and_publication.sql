-- What intake reads of the respondent block and the publication choices of our own blank forms (the
-- fillable PDF's fields, the Word form's controls), kept with the item so the review form starts from
-- it (issue 9, items 3 and 6). Each is null where the file said nothing: a letter, a scanned form, an
-- empty field. respondent (the name) was there before.
alter table intake_item
    add column respondent_kind                text check (respondent_kind in ('organisation', 'person')),
    add column respondent_organisation_number text,
    add column respondent_email               text,
    add column contact_name                   text,
    add column contact_phone                  text,
    -- publish or withhold: a private person's choice of name; publish_online false when the box "do not
    -- publish online" was ticked, else null; publication_reason as written, also without the box
    add column publication_name               text check (publication_name in ('publish', 'withhold')),
    add column publish_online                 boolean,
    add column publication_reason             text;
