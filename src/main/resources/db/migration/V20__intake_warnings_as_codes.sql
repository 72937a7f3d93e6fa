-- Extraction warnings were stored as bokmål sentences; they are now notices, a code and its
-- arguments ({"code": "question-not-found", "args": ["3"]}), worded by the page in the reader's
-- language from the intake bundle (intake.notice.<code>). Sentences the readers wrote are turned
-- into their codes; any other becomes the code "text" with the sentence as its one argument.

-- a notice whose arguments are the pattern's groups in the sentence
create function intake_notice_of(code text, sentence text, pattern text) returns jsonb language sql immutable as $$
    select jsonb_build_object('code', code, 'args', to_jsonb(regexp_match(sentence, pattern)))
$$;

create function intake_notice(sentence text) returns jsonb language sql immutable as $$
    select case
        when sentence = 'Dokumentet ser ikke ut til å være høringsskjemaet; all teksten er lagt under «ikke plassert».'
            then jsonb_build_object('code', 'not-the-form', 'args', '[]'::jsonb)
        when sentence = 'Tekst som ikke hører til noe spørsmål, er lagt under «ikke plassert».'
            then jsonb_build_object('code', 'unplaced-text', 'args', '[]'::jsonb)
        when sentence = 'PDF-en er beskyttet mot endringer; teksten er lest likevel.'
            then jsonb_build_object('code', 'pdf-protected', 'args', '[]'::jsonb)
        when sentence = 'PDF-en har ingen tekst (kanskje skannet); svarene må registreres for hånd.'
            then jsonb_build_object('code', 'pdf-no-text', 'args', '[]'::jsonb)
        when sentence in ('Dokumentet inneholder makroer; de er ikke kjørt, bare teksten er lest.',
                          'Dokumentet inneholder makroer; de ble ikke kjørt.')
            then jsonb_build_object('code', 'macros', 'args', '[]'::jsonb)
        when sentence = 'Dokumentet har ingen felt fra Word-skjemaet til denne høringen; svarene må registreres for hånd.'
            then jsonb_build_object('code', 'no-form-controls', 'args', '[]'::jsonb)
        when sentence ~ '^Spørsmål \d+ ble ikke funnet i dokumentet; svaret kan stå under et annet spørsmål\.$'
            then intake_notice_of('question-not-found', sentence, '^Spørsmål (\d+) ble ikke funnet')
        when sentence ~ '^Spørsmål \d+: fant ingen avkrysningsbokser\.$'
            then intake_notice_of('no-check-boxes', sentence, '^Spørsmål (\d+):')
        when sentence ~ '^Spørsmål \d+: flere valg er krysset av \(.*\); valget er ikke registrert\.$'
            then intake_notice_of('several-choices', sentence, '^Spørsmål (\d+): flere valg er krysset av \((.*)\); valget er ikke registrert\.$')
        when sentence ~ '^Filen heter «.*», men er en PDF; den er lest etter innholdet\.$'
            then intake_notice_of('name-mismatch-pdf', sentence, '^Filen heter «(.*)», men er en PDF;')
        when sentence ~ '^Filen heter «.*», men er et Word-dokument; den er lest etter innholdet\.$'
            then intake_notice_of('name-mismatch-word', sentence, '^Filen heter «(.*)», men er et Word-dokument;')
        when sentence ~ '^Feltet «.*» hører ikke til skjemaet og ble ikke lest\.$'
            then intake_notice_of('unknown-control', sentence, '^Feltet «(.*)» hører ikke til')
        when sentence ~ '^Feltet «.*» mangler i dokumentet\.$'
            then intake_notice_of('missing-control', sentence, '^Feltet «(.*)» mangler')
        when sentence ~ '^Feltet «.*» finnes flere ganger i dokumentet; tekstene er slått sammen\.$'
            then intake_notice_of('duplicate-control', sentence, '^Feltet «(.*)» finnes flere ganger')
        when sentence ~ '^Feltet «.*» var merket som ikke utfylt, men har tekst; teksten er lest som svar\.$'
            then intake_notice_of('placeholder-with-text', sentence, '^Feltet «(.*)» var merket som ikke utfylt')
        when sentence ~ '^Dokumentet er skjemaet for sak .+, ikke for sak .+\.$'
            then intake_notice_of('other-case', sentence, '^Dokumentet er skjemaet for sak (.+), ikke for sak (.+)\.$')
        else jsonb_build_object('code', 'text', 'args', jsonb_build_array(sentence))
    end
$$;

update intake_item
   set warnings = (select coalesce(jsonb_agg(case when jsonb_typeof(warning) = 'string' then intake_notice(warning #>> '{}')
                                                  else warning end order by position), '[]'::jsonb)
                     from jsonb_array_elements(warnings) with ordinality as element(warning, position))
 where jsonb_typeof(warnings) = 'array'
   and exists (select 1 from jsonb_array_elements(warnings) as element(warning) where jsonb_typeof(warning) = 'string');

drop function intake_notice(text);
drop function intake_notice_of(text, text, text);
