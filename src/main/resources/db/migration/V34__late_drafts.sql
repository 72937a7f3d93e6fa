-- A draft its respondent tried to send after the deadline: kept (never thrown away), shown to staff,
-- who may register it as a late response. Null for every other draft.
alter table draft add column late_at timestamptz;

create index draft_late on draft (consultation_id, late_at) where late_at is not null and submitted_receipt_token is null;
