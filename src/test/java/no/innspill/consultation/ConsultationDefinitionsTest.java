package no.innspill.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import no.innspill.form.FormDefinition;
import no.innspill.form.Question;
import no.innspill.form.Question.Option;
import no.innspill.form.Question.Part;
import no.innspill.form.QuestionKind;
import no.innspill.platform.DateFormats;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.yaml.YamlErrorTexts;
import no.innspill.platform.yaml.YamlReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading YAML definitions (docs/forms.md) — the case fields by this module, the form's by the form
 * module, errors of both in one list: the bundled 22/414 and broken definitions.
 */
class ConsultationDefinitionsTest {

    /** Lines 1–6 of a valid definition; the first question starts on line 7. */
    static final String HEADER = """
            caseNumber: "25/120"
            title: "Høring om testskjema"
            owner: "Eksempeldirektoratet"
            deadline: "2025-06-15T12:00"
            responseEmail: "postmottak@example.no"
            questions:
            """;

    /** One text question on lines 7–10. */
    static final String TEXT_QUESTION = """
              - id: q1
                number: 1
                kind: text
                text: "Andre innspill?"
            """;

    static final String VALID = HEADER + TEXT_QUESTION;

    static ConsultationDefinition bundled() {
        return ConsultationDefinitions.parse(ConsultationDefinitions.bundledYaml("22/414").orElseThrow());
    }

    static List<FieldError> errorsOf(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConsultationDefinitions.parse(yaml),
                "expected the definition to be rejected");
        assertThat(e.errors()).as("an invalid definition names at least one error").isNotEmpty();
        e.errors().forEach(ConsultationDefinitionsTest::isWordedInEveryLanguage);
        return e.errors();
    }

    /** Every error is a code with its arguments that the staff page can word in bokmål, nynorsk and English. */
    static void isWordedInEveryLanguage(FieldError error) {
        assertThat(error.code()).as("code of %s", error).isNotNull();
        assertThat(YamlErrorTexts.text(error.code(), error.args(), Locale.ENGLISH)).as("the API's message is the English text")
                .isEqualTo(error.message());
        String bokmal = YamlErrorTexts.text(error, "definition", Locale.forLanguageTag("nb"));
        String nynorsk = YamlErrorTexts.text(error, "definition", Locale.forLanguageTag("nn"));
        String english = YamlErrorTexts.text(error, "definition", Locale.ENGLISH);
        assertThat(List.of(bokmal, nynorsk, english)).as("%s in every language", error)
                .allSatisfy(text -> assertThat(text).doesNotContain("{", "}"));
        assertThat(bokmal).as("%s in bokmål", error).isNotEqualTo(english); // nynorsk may read as bokmål does
        if (!error.field().equals("definition")) {
            assertThat(List.of(bokmal, nynorsk, english)).allSatisfy(text -> assertThat(text).startsWith(error.field()));
        }
        if (error.line() != null) {
            assertThat(List.of(bokmal, nynorsk, english)).allSatisfy(text -> assertThat(text).contains(" " + error.line()));
        }
    }

    /** The definition has exactly one error, on this field and line, and its message contains the fragments. */
    static FieldError singleError(String yaml, String field, Integer line, String... messageFragments) {
        List<FieldError> errors = errorsOf(yaml);
        assertThat(errors).as("errors of%n%s", yaml).hasSize(1);
        FieldError error = errors.get(0);
        assertThat(error.field()).as("field of %s", error).isEqualTo(field);
        assertThat(error.line()).as("line of %s", error).isEqualTo(line);
        assertThat(error.message()).as("message of %s", error).contains(messageFragments);
        return error;
    }

    @Nested
    class Bundled224144 {

        @Test
        void parses() {
            ConsultationDefinition definition = bundled();

            assertThat(definition.caseNumber()).isEqualTo("22/414");
            assertThat(definition.title()).isEqualTo("Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren");
            assertThat(definition.owner()).isEqualTo("Direktoratet for e-helse");
            assertThat(definition.responseEmail()).isEqualTo("postmottak@ehelse.no");
            assertThat(definition.emailInstructions())
                    .isEqualTo("Merk skjemaet med «Saksnummer 22/414», lagre som PDF og send på e-post til postmottak@ehelse.no");
            assertThat(definition.form().themes()).containsExactly(
                    "Strategiens rolle",
                    "Visjon, overordnende mål og målgrupper",
                    "Fem prioriterte strategiske mål med målindikatorer",
                    "Strategisk styring og oppfølging av strategien");
            assertThat(definition.form().intro()).isEqualTo("""
                    Det vedlagte høringsdokumentet oppsummerer fire tema som vi ønsker tilbakemelding på:
                    • Strategiens rolle
                    • Visjon, overordnende mål og målgrupper
                    • Fem prioriterte strategiske mål med målindikatorer
                    • Strategisk styring og oppfølging av strategien
                    Der høringsinstansen har innspill, er det ønskelig med begrunnelse og eventuelt forslag til endringer.""");
        }

        @Test
        void answerIdsAreTheContractOfProductMd() {
            assertThat(bundled().form().answerIds()).containsExactly(
                    "q1", "q2", "q2.goal1", "q2.goal2", "q2.goal3", "q2.goal4", "q2.goal5", "q3", "q4");
        }

        @Test
        void questionsAreNumberedAndOfTheRightKind() {
            List<Question> questions = bundled().form().questions();

            assertThat(questions).extracting(Question::id).containsExactly("q1", "q2", "q3", "q4");
            assertThat(questions).extracting(Question::number).containsExactly(1, 2, 3, 4);
            assertThat(questions).extracting(Question::kind).containsExactly(
                    QuestionKind.CHOICE, QuestionKind.TEXT_WITH_PARTS, QuestionKind.TEXT, QuestionKind.TEXT);
            assertThat(questions).extracting(Question::maxLength).containsOnly(20_000);
        }

        @Test
        void q1IsAChoiceOfJaNeiVetIkkeWithElaboration() {
            Question q1 = bundled().form().questions().get(0);

            assertThat(q1.kind()).isEqualTo(QuestionKind.CHOICE);
            assertThat(q1.options()).containsExactly(
                    new Option("yes", "Ja"), new Option("no", "Nei"), new Option("dont_know", "Vet ikke"));
            assertThat(q1.elaboration()).isNotNull();
            assertThat(q1.elaboration().hint()).isEqualTo("utdyp gjerne");
            assertThat(q1.elaboration().maxLength()).isEqualTo(20_000);
            assertThat(q1.parts()).isEmpty();
        }

        @Test
        void q2HasTheFiveGoalsAsParts() {
            Question q2 = bundled().form().questions().get(1);

            assertThat(q2.parts()).extracting(Part::id).containsExactly("goal1", "goal2", "goal3", "goal4", "goal5");
            assertThat(q2.parts()).extracting(Part::fullId)
                    .containsExactly("q2.goal1", "q2.goal2", "q2.goal3", "q2.goal4", "q2.goal5");
            assertThat(q2.parts()).extracting(Part::title).containsExactly(
                    "Mål 1: Aktiv medvirkning i egen og næres helse",
                    "Mål 2: Enklere arbeidshverdag",
                    "Mål 3: Helsedata til fornying og forbedring",
                    "Mål 4: Tilgjengelig informasjon og styrket samhandling",
                    "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft");
            assertThat(q2.parts()).extracting(Part::maxLength).containsOnly(20_000);
            assertThat(q2.options()).isEmpty();
            assertThat(q2.elaboration()).isNull();
        }

        @Test
        void questionTextsAreTheSeedsWordForWord() {
            // Copied from seed/hoeringssvarskjema-22-414-legemiddelverket.txt with the PDF's line wrapping undone.
            assertThat(bundled().form().questions()).extracting(Question::text).containsExactly(
                    "Kan dere stille dere bak de fem strategiske målene, gitt strategiens rolle for å skape en "
                            + "felles langsiktig og forutsigbar retning for digitalisering på tvers av aktørene i helse- og "
                            + "omsorgssektoren?",
                    "Har dere tilbakemelding på de fem strategiske målene med målindikatorer?",
                    "Har dere tilbakemeldinger på prosessen for hvordan strategien skal følges opp?",
                    "Andre innspill og tilbakemeldinger?");
        }

        @Test
        void deadlineDateMeansTheEndOfThatDayInOslo() {
            ConsultationDefinition definition = bundled();

            assertThat(definition.deadline()).isEqualTo(LocalDateTime.of(2022, 10, 1, 23, 59, 59));
            assertThat(definition.deadlineInstant())
                    .isEqualTo(ZonedDateTime.of(2022, 10, 1, 23, 59, 59, 0, DateFormats.OSLO).toInstant())
                    .isEqualTo(Instant.parse("2022-10-01T21:59:59Z"));
        }

        @Test
        void targetsFindQuestionsAndParts() {
            ConsultationDefinition definition = bundled();

            assertThat(definition.form().target("q1")).hasValueSatisfying(t -> {
                assertThat(t.takesChoice()).isTrue();
                assertThat(t.textLimit()).isEqualTo(20_000);
            });
            assertThat(definition.form().target("q2.goal3")).hasValueSatisfying(t -> {
                assertThat(t.part().title()).startsWith("Mål 3");
                assertThat(t.takesChoice()).isFalse();
            });
            assertThat(definition.form().target("q9")).isEmpty();
            assertThat(definition.form().target("q2.")).isEmpty();
        }
    }

    @Nested
    class ValidDefinitions {

        @Test
        void minimalDefinitionGetsDefaults() {
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID);

            assertThat(definition.form().intro()).isNull();
            assertThat(definition.emailInstructions()).isNull();
            assertThat(definition.form().themes()).isEmpty();
            assertThat(definition.form().questions()).singleElement().satisfies(q -> {
                assertThat(q.maxLength()).isEqualTo(20_000);
                assertThat(q.text()).isEqualTo("Andre innspill?");
            });
        }

        @Test
        void localDateTimeDeadlineIsOsloTime() {
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID);

            assertThat(definition.deadline()).isEqualTo(LocalDateTime.of(2025, 6, 15, 12, 0));
            assertThat(definition.deadlineInstant()).isEqualTo(Instant.parse("2025-06-15T10:00:00Z"));
        }

        @Test
        void deadlineInTheSpringForwardGapMovesForward() {
            // 2025-03-30 02:00 → 03:00 in Oslo; 02:30 does not exist and becomes 03:30 CEST.
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID.replace("2025-06-15T12:00", "2025-03-30T02:30"));

            assertThat(definition.deadlineInstant()).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
        }

        @Test
        void unquotedYesAndNoStayStrings() {
            ConsultationDefinition definition = ConsultationDefinitions.parse(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                        options:
                          - id: yes
                            label: Ja
                          - id: no
                            label: Nei
                          - id: off
                            label: Av
                    """);

            assertThat(definition.form().questions().get(0).options()).extracting(Option::id).containsExactly("yes", "no", "off");
            assertThat(definition.form().questions().get(0).options()).extracting(Option::label).containsExactly("Ja", "Nei", "Av");
        }

        @ParameterizedTest
        @ValueSource(strings = {"25/120", "2025/120", "25/0120", "2025/000120", " 2025/120 "})
        void caseNumberWithATwoOrFourDigitYearIsStoredInItsShortForm(String caseNumber) {
            assertThat(ConsultationDefinitions.parse(VALID.replace("25/120", caseNumber)).caseNumber()).isEqualTo("25/120");
        }

        @Test
        void unquotedFourDigitCaseNumberIsReadAsWritten() {
            assertThat(ConsultationDefinitions.parse(VALID.replace("\"25/120\"", "2026/1234")).caseNumber()).isEqualTo("26/1234");
        }

        @Test
        void unquotedDateAndCaseNumberStayStrings() {
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID
                    .replace("\"25/120\"", "25/120")
                    .replace("\"2025-06-15T12:00\"", "2025-06-15"));

            assertThat(definition.caseNumber()).isEqualTo("25/120");
            assertThat(definition.deadline()).isEqualTo(LocalDateTime.of(2025, 6, 15, 23, 59, 59));
        }

        @Test
        void theDocsCompleteExampleParses() {
            ConsultationDefinition definition = ConsultationDefinitions.parse("""
                    # Fictional example consultation for docs/forms.md (not a real case).
                    caseNumber: "25/120"
                    title: "Høring om endringer i forskrift om universell utforming av digitale tjenester"
                    owner: "Eksempeldirektoratet"
                    deadline: "2025-06-15T12:00"
                    responseEmail: "postmottak@eksempeldirektoratet.example"
                    intro: |-
                      Eksempeldirektoratet sender forslag til endringer på høring. Vi ønsker særlig tilbakemelding på:
                      • Nye krav til mobilapper
                      • Tidsfrister for å rette avvik
                    emailInstructions: "Merk skjemaet med «Saksnummer 25/120», lagre som PDF og send på e-post til postmottak@eksempeldirektoratet.example"
                    themes:
                      - "Nye krav til mobilapper"
                      - "Tidsfrister for å rette avvik"
                    questions:
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget om å la kravene gjelde også for mobilapper?"
                        options:
                          - id: "yes"
                            label: "Ja"
                          - id: "partly"
                            label: "Delvis"
                          - id: "no"
                            label: "Nei"
                        elaboration:
                          hint: "begrunn gjerne"
                          maxLength: 5000
                      - id: q2
                        number: 2
                        kind: text-with-parts
                        text: "Har dere merknader til de enkelte paragrafene?"
                        maxLength: 10000
                        parts:
                          - id: section3
                            title: "§ 3 Virkeområde"
                            maxLength: 10000
                          - id: section7
                            title: "§ 7 Frist for retting av avvik"
                      - id: q3
                        number: 3
                        kind: text
                        text: "Andre innspill?"
                        maxLength: 20000
                    """);

            assertThat(definition.form().answerIds()).containsExactly("q1", "q2", "q2.section3", "q2.section7", "q3");
            assertThat(definition.form().questions().get(0).elaboration().maxLength()).isEqualTo(5000);
            assertThat(definition.form().questions().get(1).parts().get(1).maxLength()).isEqualTo(20_000);
            assertThat(definition.form().intro()).doesNotEndWith("\n").contains("\n• Nye krav til mobilapper\n");
        }

        @Test
        void byteOrderMarkAndCrlfLineEndingsAreAccepted() {
            ConsultationDefinition definition = ConsultationDefinitions.parse("\uFEFF" + VALID.replace("\n", "\r\n"));

            assertThat(definition.caseNumber()).isEqualTo("25/120");
            assertThat(definition.form().answerIds()).containsExactly("q1");
        }

        @Test
        void aLargeDefinitionUnderTheLimitParses() {
            String intro = "a".repeat(YamlReader.MAX_CHARS - 1_000);
            String yaml = VALID + "intro: \"" + intro + "\"\n";
            assertThat(yaml.length()).isLessThanOrEqualTo(YamlReader.MAX_CHARS);

            assertThat(ConsultationDefinitions.parse(yaml).form().intro()).hasSize(intro.length());
        }
    }

    @Nested
    class BrokenDocument {

        @Test
        void emptyString() {
            singleError("", "definition", null, "empty");
        }

        @Test
        void onlyWhitespaceAndComments() {
            List<FieldError> errors = errorsOf("   \n");
            assertThat(errors).singleElement().extracting(FieldError::field).isEqualTo("definition");

            // A file with only a comment is not blank, but holds no document at all.
            assertThat(errorsOf("# nothing here\n")).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("definition"));
        }

        @Test
        void unbalancedQuotes() {
            // The quoted scalar runs on to the next quote (line 4), where the parser finds junk after it.
            singleError(VALID.replace("\"Eksempeldirektoratet\"", "\"Eksempeldirektoratet"),
                    "definition", 4, "not valid YAML");
        }

        @Test
        void unterminatedQuoteAtTheEnd() {
            singleError(VALID.replace("\"Andre innspill?\"", "\"Andre innspill?"),
                    "definition", 11, "not valid YAML", "end of stream");
        }

        @Test
        void tabIndentation() {
            FieldError error = errorsOf(VALID.replace("    number: 1", "\tnumber: 1")).get(0);

            assertThat(error.field()).isEqualTo("definition");
            assertThat(error.line()).isEqualTo(8);
            assertThat(error.message()).contains("not valid YAML").containsIgnoringCase("tab");
        }

        @Test
        void listAtTheRoot() {
            singleError("""
                    - caseNumber: "25/120"
                    - title: "Test"
                    """, "definition", 1, "must be a mapping");
        }

        @Test
        void scalarAtTheRoot() {
            singleError("just some text\n", "definition", 1, "must be a mapping");
        }

        @Test
        void overAMillionCharacters() {
            String yaml = VALID + "intro: \"" + "a".repeat(YamlReader.MAX_CHARS) + "\"\n";

            singleError(yaml, "definition", null, "larger than 1000000 characters");
        }

        @Test
        void billionLaughsIsRejectedQuickly() {
            String bomb = """
                    caseNumber: "25/120"
                    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                    themes: *i
                    """;

            List<FieldError> errors = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> errorsOf(bomb));

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("definition");
                assertThat(e.message()).contains("not valid YAML").containsIgnoringCase("aliases");
            });
        }

        @Test
        void recursiveAliasIsRejectedWithoutStackOverflow() {
            List<FieldError> errors = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> errorsOf(VALID + "themes: &t [*t]\n"));

            assertThat(errors).isNotEmpty();
        }

        @Test
        void deepNestingIsRejectedWithoutStackOverflow() {
            String deep = "[".repeat(10_000) + "]".repeat(10_000);

            List<FieldError> errors = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> errorsOf(VALID + "themes: " + deep + "\n"));

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("definition");
                assertThat(e.message()).contains("not valid YAML");
            });
        }

        @Test
        void duplicateKey() {
            singleError(VALID + "title: \"Igjen\"\n", "title", 11, "appears twice");
        }

        @Test
        void unknownFieldIsATypo() {
            List<FieldError> errors = errorsOf(VALID.replace("title:", "titel:"));

            assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("titel", "title");
            assertThat(errors).filteredOn(e -> e.field().equals("titel")).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.message()).contains("not a known field", "title");
            });
            assertThat(errors).filteredOn(e -> e.field().equals("title")).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.message()).contains("missing");
            });
        }
    }

    @Nested
    class BrokenTopLevelFields {

        @ParameterizedTest
        @ValueSource(strings = {"caseNumber", "title", "owner", "deadline", "responseEmail"})
        void missingRequiredField(String field) {
            String yaml = VALID.lines().filter(line -> !line.startsWith(field + ":"))
                    .map(line -> line + "\n").reduce("", String::concat);

            singleError(yaml, field, 1, "missing");
        }

        @Test
        void missingQuestions() {
            String yaml = HEADER.replace("questions:\n", "");

            singleError(yaml, "questions", 1, "missing", "at least one question");
        }

        @Test
        void emptyQuestions() {
            singleError(HEADER.replace("questions:\n", "questions: []\n"), "questions", 6, "empty");
        }

        @Test
        void emptyTitle() {
            singleError(VALID.replace("\"Høring om testskjema\"", "\"  \""), "title", 2, "empty");
        }

        @ParameterizedTest
        @ValueSource(strings = {"~", "null"})
        void nullTitle(String nullValue) {
            singleError(VALID.replace("\"Høring om testskjema\"", nullValue), "title", 2, "empty");
        }

        @Test
        void titleAsAList() {
            singleError(VALID.replace("\"Høring om testskjema\"", "[\"a\", \"b\"]"), "title", 2, "single value");
        }

        @ParameterizedTest
        @ValueSource(strings = {"22-414", "22/", "/414", "22/414/1", "22/414-7", "22/0", "2022/0", "22/1234567",
                "22/99999999999999999999", "ab/414", " 22 /414", "22 / 414"})
        void otherBadCaseNumbers(String caseNumber) {
            singleError(VALID.replace("\"25/120\"", "\"" + caseNumber + "\""), "caseNumber", 1,
                    "is not a case number like 22/414 or 2022/414");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1999/5", "2100/5", "0022/414"})
        void caseNumberWithAYearOutsideThisCentury(String caseNumber) {
            singleError(VALID.replace("25/120", caseNumber), "caseNumber", 1, "\"" + caseNumber + "\"", "year outside 2000–2099");
        }

        @Test
        void deadlineInWords() {
            singleError(VALID.replace("2025-06-15T12:00", "1. oktober"), "deadline", 4, "\"1. oktober\"", "not a date");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-10-01T12:00+02:00", "2022-10-01T12:00Z", "2022-10-01T12:00[Europe/Oslo]",
                "2022-02-30", "2022-10-01T25:00", "01.10.2022"})
        void deadlineWithAZoneOrThatDoesNotExist(String deadline) {
            singleError(VALID.replace("2025-06-15T12:00", deadline), "deadline", 4, "not a date");
        }

        @ParameterizedTest
        @ValueSource(strings = {"postmottak.example.no", "post mottak@example.no", "postmottak@", "@example.no",
                "a@b@example.no"})
        void badEmail(String email) {
            singleError(VALID.replace("postmottak@example.no", email), "responseEmail", 5, "not an e-mail address");
        }

        @Test
        void emptyTheme() {
            singleError(VALID + """
                    themes:
                      - "Mobilapper"
                      - ""
                    """, "themes[1]", 13, "empty");
        }

        @Test
        void duplicateTheme() {
            singleError(VALID + """
                    themes:
                      - "Mobilapper"
                      - "Mobilapper"
                    """, "themes[1]", 13, "duplicate");
        }
    }

    @Nested
    class BrokenQuestions {

        @Test
        void unknownKind() {
            singleError(VALID.replace("kind: text", "kind: essay"), "questions[0].kind", 9,
                    "\"essay\"", "not a kind");
        }

        @Test
        void missingKindAndText() {
            List<FieldError> errors = errorsOf(HEADER + """
                      - id: q1
                        number: 1
                    """);

            assertThat(errors).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("questions[0].kind", "questions[0].text");
            assertThat(errors).extracting(FieldError::line).containsOnly(7);
            assertThat(errors).extracting(FieldError::message).allSatisfy(m -> assertThat(m).contains("missing"));
        }

        @Test
        void questionThatIsNotAMapping() {
            singleError(HEADER + "  - \"Andre innspill?\"\n", "questions[0]", 7, "must be a mapping");
        }

        @Test
        void duplicateQuestionId() {
            singleError(VALID + """
                      - id: q1
                        number: 2
                        kind: text
                        text: "Enda flere innspill?"
                    """, "questions[1].id", 11, "duplicate question id \"q1\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Q 1", "Q1", "1a", "dont-know", "ikke_sikker?", "q.1", "spørsmål"})
        void invalidQuestionId(String id) {
            singleError(VALID.replace("id: q1", "id: \"" + id + "\""), "questions[0].id", 7,
                    "\"" + id + "\"", "not a valid id");
        }

        @Test
        void duplicateOptionId() {
            singleError(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                        options:
                          - id: "yes"
                            label: "Ja"
                          - id: "yes"
                            label: "Nei"
                    """, "questions[0].options[1].id", 14, "duplicate option id \"yes\"");
        }

        @Test
        void choiceWithOneOption() {
            singleError(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                        options:
                          - id: "yes"
                            label: "Ja"
                    """, "questions[0].options", 12, "1 option", "at least two");
        }

        @Test
        void choiceWithoutOptions() {
            singleError(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                    """, "questions[0].options", 7, "missing");
        }

        @Test
        void optionWithoutLabel() {
            singleError(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                        options:
                          - id: "yes"
                            label: "Ja"
                          - id: "no"
                    """, "questions[0].options[1].label", 14, "missing");
        }

        @Test
        void partsOnATextQuestion() {
            singleError(VALID + """
                        parts:
                          - id: goal1
                            title: "Mål 1"
                    """, "questions[0].parts", 11, "not allowed", "text");
        }

        @Test
        void optionsOnATextQuestion() {
            singleError(VALID + """
                        options:
                          - id: "yes"
                            label: "Ja"
                          - id: "no"
                            label: "Nei"
                    """, "questions[0].options", 11, "not allowed");
        }

        @Test
        void maxLengthDirectlyOnAChoice() {
            singleError(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                        maxLength: 5000
                        options:
                          - id: "yes"
                            label: "Ja"
                          - id: "no"
                            label: "Nei"
                    """, "questions[0].maxLength", 11, "not allowed");
        }

        @Test
        void textWithPartsWithoutParts() {
            singleError(VALID.replace("kind: text", "kind: text-with-parts"), "questions[0].parts", 7,
                    "missing", "at least one part");
        }

        @Test
        void textWithPartsWithAnEmptyList() {
            singleError(VALID.replace("kind: text", "kind: text-with-parts") + "    parts: []\n",
                    "questions[0].parts", 11, "empty", "at least one part");
        }

        @Test
        void duplicatePartId() {
            singleError(VALID.replace("kind: text", "kind: text-with-parts") + """
                        parts:
                          - id: goal1
                            title: "Mål 1"
                          - id: goal1
                            title: "Mål 2"
                    """, "questions[0].parts[1].id", 14, "duplicate part id \"goal1\"");
        }

        @Test
        void partWithoutTitle() {
            singleError(VALID.replace("kind: text", "kind: text-with-parts") + """
                        parts:
                          - id: goal1
                    """, "questions[0].parts[0].title", 12, "missing");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "100001", "1000000"})
        void maxLengthOutOfRange(String maxLength) {
            singleError(VALID + "    maxLength: " + maxLength + "\n", "questions[0].maxLength", 11,
                    maxLength + " is outside 1–100000");
        }

        @Test
        void maxLengthNotANumber() {
            singleError(VALID + "    maxLength: many\n", "questions[0].maxLength", 11, "\"many\"", "not a whole number");
        }

        @Test
        void maxLengthAtTheBounds() {
            assertThat(ConsultationDefinitions.parse(VALID + "    maxLength: 1\n").form().questions().get(0).maxLength()).isEqualTo(1);
            assertThat(ConsultationDefinitions.parse(VALID + "    maxLength: 100000\n").form().questions().get(0).maxLength())
                    .isEqualTo(100_000);
        }

        @Test
        void elaborationMaxLengthAndPartMaxLengthAreChecked() {
            List<FieldError> errors = errorsOf(HEADER + """
                      - id: q1
                        number: 1
                        kind: choice
                        text: "Støtter dere forslaget?"
                        options:
                          - id: "yes"
                            label: "Ja"
                          - id: "no"
                            label: "Nei"
                        elaboration:
                          maxLength: 0
                      - id: q2
                        number: 2
                        kind: text-with-parts
                        text: "Merknader?"
                        parts:
                          - id: a
                            title: "A"
                            maxLength: 1000000
                    """);

            assertThat(errors).extracting(FieldError::field, FieldError::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("questions[0].elaboration.maxLength", 17),
                    org.assertj.core.groups.Tuple.tuple("questions[1].parts[0].maxLength", 25));
        }

        @Test
        void unknownFieldInAQuestion() {
            singleError(VALID + "    maxlength: 5000\n", "questions[0].maxlength", 11, "not a known field", "maxLength");
        }

        @Test
        void missingNumberIsThePosition() {
            assertThat(ConsultationDefinitions.parse(VALID.replace("    number: 1\n", "")).form().questions().get(0).number()).isEqualTo(1);
        }

        @Test
        void duplicateNumber() {
            singleError(VALID + """
                      - id: q2
                        number: 1
                        kind: text
                        text: "Enda flere innspill?"
                    """, "questions[1].number", 11, "duplicate");
        }
    }

    @Nested
    class SeveralErrors {

        @Test
        void areReportedTogetherInFileOrder() {
            String yaml = """
                    caseNumber: "2025/12O"
                    title: "Høring om testskjema"
                    owner: "Eksempeldirektoratet"
                    deadline: "1. oktober"
                    responseEmail: "postmottak"
                    questions:
                      - id: q1
                        number: 1
                        kind: essay
                        text: "Andre innspill?"
                      - id: "Q 2"
                        number: 2
                        kind: text
                        text: "Mer?"
                        maxLength: 0
                    """;

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConsultationDefinitions.parse(yaml));

            assertThat(e.errors()).extracting(FieldError::field, FieldError::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("caseNumber", 1),
                    org.assertj.core.groups.Tuple.tuple("deadline", 4),
                    org.assertj.core.groups.Tuple.tuple("responseEmail", 5),
                    org.assertj.core.groups.Tuple.tuple("questions[0].kind", 9),
                    org.assertj.core.groups.Tuple.tuple("questions[1].id", 11),
                    org.assertj.core.groups.Tuple.tuple("questions[1].maxLength", 15));
            assertThat(e.getMessage()).contains("6 errors");
            assertThat(e.errors().get(0).toString()).startsWith("caseNumber (line 1): ");
        }
    }

    @Nested
    class Export {

        @Test
        void theBundledDefinitionExportsToYamlThatReadsBackTheSame() {
            ConsultationDefinition definition = bundled();

            String yaml = ConsultationDefinitions.toYaml(definition);

            assertThat(ConsultationDefinitions.parse(yaml)).isEqualTo(definition);
            assertThat(yaml).startsWith("caseNumber: 22/414\n").contains("deadline: '2022-10-01'", "- id: 'yes'");
        }

        @Test
        void aFourDigitYearIsExportedInTheShortForm() {
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID.replace("25/120", "2025/120"));

            assertThat(ConsultationDefinitions.toYaml(definition)).startsWith("caseNumber: 25/120\n");
            assertThat(ConsultationDefinitions.parse(ConsultationDefinitions.toYaml(definition))).isEqualTo(definition);
        }

        @Test
        void aDeadlineWithATimeKeepsIt() {
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID);

            assertThat(ConsultationDefinitions.toYaml(definition)).contains("deadline: 2025-06-15T12:00");
            assertThat(ConsultationDefinitions.parse(ConsultationDefinitions.toYaml(definition))).isEqualTo(definition);
        }

        @Test
        void textThatLooksLikeYamlStaysText() {
            String odd = "yes: no # «sitat» \"x\" \\ ~ null 😀";
            ConsultationDefinition definition = ConsultationDefinitions.parse(VALID.replace("Høring om testskjema", "x")
                    .replace("title: \"x\"", "title: '" + odd.replace("'", "''") + "'"));

            assertThat(definition.title()).isEqualTo(odd);
            assertThat(ConsultationDefinitions.parse(ConsultationDefinitions.toYaml(definition))).isEqualTo(definition);
        }
    }
}
