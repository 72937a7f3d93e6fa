-- A consultation's own details beside those of its definition: a contact person, the date it is
-- (or was) published, and its title and introduction in nynorsk and English (the bokmål
-- introduction is the form version's). A draft with a publication date ahead can be scheduled: it
-- stays hidden and opens by itself on that date (Europe/Oslo).
alter table consultation
    add column contact_name     text,
    add column contact_email    text,
    add column contact_phone    text,
    add column publication_date date,
    add column title_nn         text,
    add column intro_nn         text,
    add column title_en         text,
    add column intro_en         text;

alter table consultation drop constraint consultation_status_check;
alter table consultation add constraint consultation_status_check
    check (status in ('draft', 'scheduled', 'open', 'closed'));
alter table consultation add constraint consultation_scheduled_has_date_check
    check (status <> 'scheduled' or publication_date is not null);

-- Every detail a case worker changes after opening is logged, under its definition field's name.
alter table consultation_change drop constraint consultation_change_field_check;
alter table consultation_change add constraint consultation_change_field_check
    check (field in ('deadline', 'status', 'caseNumber', 'title', 'owner', 'contactName', 'contactEmail', 'contactPhone',
                     'responseEmail', 'emailInstructions', 'publicationDate', 'titleNn', 'introNn', 'titleEn', 'introEn'));

-- The publication watch looks for scheduled consultations whose day has come.
create index consultation_scheduled on consultation (publication_date) where status = 'scheduled';
