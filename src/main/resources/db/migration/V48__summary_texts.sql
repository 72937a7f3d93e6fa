-- The texts a case worker writes for the summary report (høringsnotat, issue 14) before generating it: one row per
-- consultation and section ('title', 'intro', 'closing', or 'answer:' and an answer id such as 'answer:q2.goal1').
-- The report's figures, themes and inputs are read when it is generated; only the typed texts are stored.
create table summary_text (
    consultation_id bigint not null references consultation (id) on delete cascade,
    section text not null,
    text text not null,
    updated_at timestamptz not null default now(),
    primary key (consultation_id, section),
    constraint summary_text_length check (length(text) <= 50000)
);
