-- After V10 moved every definition into form versions: the new columns are required, the YAML goes.
update response r set form_version = c.form_version from consultation c where c.id = r.consultation_id;

alter table consultation
    alter column response_email set not null,
    alter column form_id set not null,
    alter column form_version set not null,
    add constraint consultation_form_version_fkey foreign key (form_id, form_version) references form_version (form_id, version),
    drop column definition_yaml;

alter table response alter column form_version set not null;
