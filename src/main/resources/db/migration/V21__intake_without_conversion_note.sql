-- The note on what an archive copy was made from was a stored bokmål sentence; the review page now
-- words it from the item (its content type and whether an archive copy was made) in the reader's
-- language. "if exists": the archive copy itself may have moved to a module of its own by now.
alter table intake_item drop column if exists conversion_note;
