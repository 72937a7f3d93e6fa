-- Extraction warnings were stored as bokmål sentences; they are now notices, a code and its
-- arguments ({"code": "question-not-found", "args": ["3"]}), worded by the page in the reader's
-- language from the intake bundle (intake.notice.<code>). Sentences the readers wrote become their
-- codes, the values in them (a question's number, a field's tag) the arguments; any other sentence
-- becomes the code "text" with the sentence as its one argument.
with sentence (code, text) as (values
        ('not-the-form', 'Dokumentet ser ikke ut til å være høringsskjemaet; all teksten er lagt under «ikke plassert».'),
        ('unplaced-text', 'Tekst som ikke hører til noe spørsmål, er lagt under «ikke plassert».'),
        ('pdf-protected', 'PDF-en er beskyttet mot endringer; teksten er lest likevel.'),
        ('pdf-no-text', 'PDF-en har ingen tekst (kanskje skannet); svarene må registreres for hånd.'),
        ('macros', 'Dokumentet inneholder makroer; de er ikke kjørt, bare teksten er lest.'),
        ('macros', 'Dokumentet inneholder makroer; de ble ikke kjørt.'),
        ('no-form-controls', 'Dokumentet har ingen felt fra Word-skjemaet til denne høringen; svarene må registreres for hånd.')),
     pattern (code, pattern) as (values
        ('question-not-found', '^Spørsmål (\d+) ble ikke funnet i dokumentet; svaret kan stå under et annet spørsmål\.$'),
        ('no-check-boxes', '^Spørsmål (\d+): fant ingen avkrysningsbokser\.$'),
        ('several-choices', '^Spørsmål (\d+): flere valg er krysset av \((.*)\); valget er ikke registrert\.$'),
        ('name-mismatch-pdf', '^Filen heter «(.*)», men er en PDF; den er lest etter innholdet\.$'),
        ('name-mismatch-word', '^Filen heter «(.*)», men er et Word-dokument; den er lest etter innholdet\.$'),
        ('unknown-control', '^Feltet «(.*)» hører ikke til skjemaet og ble ikke lest\.$'),
        ('missing-control', '^Feltet «(.*)» mangler i dokumentet\.$'),
        ('duplicate-control', '^Feltet «(.*)» finnes flere ganger i dokumentet; tekstene er slått sammen\.$'),
        ('placeholder-with-text', '^Feltet «(.*)» var merket som ikke utfylt, men har tekst; teksten er lest som svar\.$'),
        ('other-case', '^Dokumentet er skjemaet for sak (.+), ikke for sak (.+)\.$'))
update intake_item
   set warnings = (
       select coalesce(jsonb_agg(
                  case when jsonb_typeof(warning) <> 'string' then warning
                       else coalesce(
                           (select jsonb_build_object('code', s.code, 'args', '[]'::jsonb)
                              from sentence s where s.text = warning #>> '{}' limit 1),
                           (select jsonb_build_object('code', p.code, 'args', to_jsonb(regexp_match(warning #>> '{}', p.pattern)))
                              from pattern p where warning #>> '{}' ~ p.pattern limit 1),
                           jsonb_build_object('code', 'text', 'args', jsonb_build_array(warning #>> '{}')))
                  end order by position), '[]'::jsonb)
         from jsonb_array_elements(warnings) with ordinality as element(warning, position))
 where jsonb_path_exists(warnings, 'strict $[*] ? (@.type() == "string")', '{}', true);
