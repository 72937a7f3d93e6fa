-- Revised responses (revidert høringssvar): a revision is a response of its own, with its own document
-- number, that names the earlier response of the same case it replaces; the earlier one is kept and
-- marked with the revision's number. Both are sequence numbers in the case (3 and 9 for 22/414-3 and 22/414-9).
alter table response add column revises integer;
alter table response add column superseded_by integer;
alter table response add constraint response_revises_earlier check (revises is null or revises < sequence_number);
alter table response add constraint response_superseded_by_later check (superseded_by is null or superseded_by > sequence_number);
-- a response is revised at most once: a second revision of it is refused by the database too
create unique index response_revises_once on response (consultation_id, revises) where revises is not null;
-- lists, counts and exports read the latest versions: those not superseded, in document-number order
create index response_latest on response (consultation_id, sequence_number) where superseded_by is null;

-- a draft begun from a response (the receipt's "send a revised response") remembers which one it revises
alter table draft add column revises integer;
