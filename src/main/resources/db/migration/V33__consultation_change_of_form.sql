-- The form builder logs a change of an opened consultation's form: old and new form version, with a reason.
alter table consultation_change drop constraint consultation_change_field_check;
alter table consultation_change add constraint consultation_change_field_check
    check (field in ('deadline', 'status', 'caseNumber', 'title', 'owner', 'contactName', 'contactEmail', 'contactPhone',
                     'responseEmail', 'emailInstructions', 'publicationDate', 'titleNn', 'introNn', 'titleEn', 'introEn',
                     'form'));
