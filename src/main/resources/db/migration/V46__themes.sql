-- Themes of the answers to one question or part (issue 14): suggested by a run, finalised by the analysts, and the
-- analysts' tags. Owned by the analysis module; responses are referred to by their sequence number in the case.

create table theme (
    id              bigint generated always as identity primary key,
    consultation_id bigint      not null references consultation (id),
    answer_id       text        not null check (length(answer_id) between 1 and 200),
    label           text        not null check (length(label) between 1 and 200),
    terms           text[]      not null default '{}',
    -- suggested: made by a suggestion run and not yet worked on; analyst: made or changed by an analyst
    origin          text        not null check (origin in ('suggested', 'analyst')),
    confirmed       boolean     not null default false,
    sort_order      int         not null,
    created_at      timestamptz not null default now(),
    changed_at      timestamptz not null default now()
);
create index theme_by_answer on theme (consultation_id, answer_id, sort_order, id);

create table theme_quote (
    theme_id        bigint not null references theme (id) on delete cascade,
    position        int    not null,
    sequence_number int    not null,
    respondent      text,
    text            text   not null,
    primary key (theme_id, position)
);

-- One analyst's coding of one answer: that they decided its themes (the tags below), with the text they saw, which the
-- classifier learns from. A suggestion run's own tags have no coding.
create table theme_coding (
    consultation_id bigint      not null references consultation (id),
    answer_id       text        not null,
    sequence_number int         not null,
    analyst         text        not null,
    text            text        not null,
    coded_at        timestamptz not null default now(),
    primary key (consultation_id, answer_id, sequence_number, analyst)
);
create index theme_coding_by_analyst on theme_coding (consultation_id, answer_id, analyst, coded_at desc);

-- A theme on an answer, or explicitly no theme (theme_id null). analyst null: suggested by a suggestion run, for all.
create table theme_tag (
    id              bigint generated always as identity primary key,
    consultation_id bigint           not null references consultation (id),
    answer_id       text             not null,
    sequence_number int              not null,
    theme_id        bigint references theme (id) on delete cascade,
    analyst         text,
    state           text             not null check (state in ('suggested', 'confirmed', 'rejected')),
    score           double precision,
    tagged_at       timestamptz      not null default now(),
    check (analyst is not null or (state = 'suggested' and theme_id is not null))
);
create unique index theme_tag_once on theme_tag (consultation_id, answer_id, sequence_number, coalesce(analyst, ''), coalesce(theme_id, 0));
create index theme_tag_by_theme on theme_tag (theme_id);

-- The latest suggestion run of each consultation: requested, running (started), finished or failed.
create table theme_run (
    consultation_id bigint primary key references consultation (id),
    requested_by    text        not null,
    requested_at    timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    failed          boolean     not null default false,
    themes          int
);
