-- Archive copies belong to the archive module now (archive_copy, V13 moved intake's there); intake
-- keeps the original as received.
alter table intake_item drop column if exists archive_pdf;
