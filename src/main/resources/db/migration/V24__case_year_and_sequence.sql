-- A case number may be written 22/414 or 2022/414; both are the case with year 2022 and sequence
-- number 414, which are now stored apart. The case number keeps its short form (22/414), which the
-- pages, URLs and document numbers show. Two spellings of one case are one consultation: the year and
-- sequence number are unique. Rows made before get them from their case number, which V1's check
-- keeps as two digits, a slash and one to six digits; a number written with leading zeros (22/0414)
-- keeps its spelling, since its responses' document numbers carry it.
alter table consultation
    add column case_year     smallint,
    add column case_sequence integer;

update consultation
   set case_year     = 2000 + split_part(case_number, '/', 1)::smallint,
       case_sequence = split_part(case_number, '/', 2)::integer;

-- Before the unique constraint, so that an upgrade that cannot go on says why.
do $$
declare
    twice text;
begin
    select string_agg(numbers, '; ') into twice
      from (select string_agg(case_number, ' and ' order by id) as numbers
              from consultation group by case_year, case_sequence having count(*) > 1) as same_case;
    if twice is not null then
        raise exception 'These consultations are one case written in two ways: %. Give all but one of each another case number, then start again.', twice;
    end if;
end $$;

alter table consultation
    alter column case_year set not null,
    alter column case_sequence set not null,
    add constraint consultation_case_year_sequence_key unique (case_year, case_sequence),
    add constraint consultation_case_year_check check (case_year between 2000 and 2099),
    -- 0 only in rows made before; new case numbers start at 1
    add constraint consultation_case_sequence_check check (case_sequence between 0 and 999999),
    add constraint consultation_case_number_parts_check check (
        case_year % 100 = split_part(case_number, '/', 1)::integer
        and case_sequence = split_part(case_number, '/', 2)::integer);
